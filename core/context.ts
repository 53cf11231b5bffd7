import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { DatabaseHolder } from './backup/holder';

/** What every API handler receives besides its input. */
export interface AppContext {
  db: Kysely<Database>;
  dbPath: string;
  now(): Date;
  /** The running app's open file (Electron, harness, CLI): lets a restore swap `db`. Absent in narrow unit tests. */
  database?: DatabaseHolder;
  /** A native folder/file dialog, only in the desktop app; the browser harness has none. */
  choosePath?: PathChooser;
}

export type PathChooser = (kind: 'folder' | 'backup-file' | 'data-file', defaultPath: string) => Promise<string | undefined>;
