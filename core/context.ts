import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** What every API handler receives besides its input. */
export interface AppContext {
  db: Kysely<Database>;
  dbPath: string;
  now(): Date;
}
