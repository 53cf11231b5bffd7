/**
 * Every migration, in order. Statically imported so they survive bundling and asar.
 * Forward-only: never edit a migration that has shipped; add the next number.
 */
import type { Kysely } from 'kysely';
import * as m001 from './001_branch_info';
import * as m002 from './002_members';
import * as m004 from './004_roster_indexes';
import * as m005 from './005_meetings';
import * as m006 from './006_audit_operators_recycle';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'branch_info', ...m001 },
  { version: 2, name: 'members', ...m002 },
  { version: 4, name: 'roster_indexes', ...m004 },
  { version: 5, name: 'meetings', ...m005 },
  { version: 6, name: 'audit_operators_recycle', ...m006 },
];

export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
