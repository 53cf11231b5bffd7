/**
 * The database side of backups: SQLite's online backup API (consistent while
 * the app keeps running) and reading the facts of a backup file without
 * changing it. Which files to make, keep and restore is decided in core/backup.
 */
import { closeSync, fsyncSync, openSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type sqlite3 from 'sqlite3';
import sqlite from 'sqlite3';
import type { OpenDatabase } from './open';

/** app_setting key of the random id that tells this data file's backups from another file's (core/backup). */
export const DATA_FILE_ID_KEY = 'data_file_id';

/** node-sqlite3 has `Database#backup` but its typings do not declare it. */
interface Sqlite3Backup {
  step(pages: number, callback: (err: Error | null, done?: boolean) => void): void;
  finish(callback?: () => void): void;
  readonly completed: boolean;
  readonly failed: boolean;
}
type WithBackup = sqlite3.Database & { backup(filename: string, callback: (err: Error | null) => void): Sqlite3Backup };

/** Row counts of every ordinary table, by name. */
export type TableCounts = Record<string, number>;

const PAGES_PER_STEP = 1024;
const BUSY_RETRIES = 50;

function all(raw: sqlite3.Database, query: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) =>
    raw.all(query, params, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[]))),
  );
}

function exec(raw: sqlite3.Database, statements: string): Promise<void> {
  return new Promise((resolve, reject) => raw.exec(statements, (err) => (err ? reject(err) : resolve())));
}

function close(raw: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => raw.close((err) => (err ? reject(err) : resolve())));
}

function open(path: string, mode: number): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite.Database(path, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Ordinary tables (virtual tables such as the full-text index are left out: their shadow tables are counted). */
export async function tableNames(raw: sqlite3.Database): Promise<string[]> {
  const rows = await all(
    raw,
    `select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'
       and coalesce(sql, '') not like 'create virtual%' order by name`,
  );
  return rows.map((r) => String(r.name));
}

export async function countRows(raw: sqlite3.Database): Promise<TableCounts> {
  const counts: TableCounts = {};
  for (const name of await tableNames(raw)) {
    const [row] = await all(raw, `select count(*) as n from ${quoteName(name)}`);
    counts[name] = Number(row?.n ?? 0);
  }
  return counts;
}

function runBackup(raw: sqlite3.Database, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let busyRetries = 0;
    const backup = (raw as WithBackup).backup(target, (err) => (err ? reject(err) : step()));
    const fail = (err: Error) => backup.finish(() => reject(err));
    const step = () =>
      backup.step(PAGES_PER_STEP, (err) => {
        const code = (err as { code?: string } | null)?.code;
        if (err && (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') && busyRetries++ < BUSY_RETRIES) {
          return setTimeout(step, 20);
        }
        if (err) return fail(err);
        if (backup.completed) return backup.finish(() => resolve());
        setImmediate(step);
      });
  });
}

/**
 * Copies the open database to `target` with the online backup API. The Kysely
 * connection is held for the whole copy, so no transaction of the app is half
 * way through it; the counts are taken under the same hold and so describe
 * exactly what was copied. The copy is switched to a rollback journal so it is
 * one self-contained file (no -wal beside it on a USB stick).
 */
export async function onlineBackup(source: Pick<OpenDatabase, 'db' | 'raw'>, target: string): Promise<TableCounts> {
  const counts = await source.db.connection().execute(async () => {
    const before = await countRows(source.raw);
    await runBackup(source.raw, target);
    return before;
  });
  const copy = await open(target, sqlite.OPEN_READWRITE);
  try {
    await exec(copy, 'pragma journal_mode = delete');
  } finally {
    await close(copy);
  }
  fsyncFile(target);
  return counts;
}

export function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** What a database file holds, read without changing it. */
export interface DatabaseFacts {
  /** 'ok', or what integrity_check reported. */
  integrity: string;
  /** False when the file has no schema_migration table: some other program's SQLite file. */
  isOurs: boolean;
  /** The newer of the version table's and the file header's (`user_version`) version. */
  schemaVersion: number;
  /** The random id the data file was given (db/open.ts), null in files made before ids. */
  dataFileId: string | null;
  branchName: string | null;
  /** Members not deleted. */
  memberCount: number;
  counts: TableCounts;
  /** The newest created_at / updated_at / applied_at found in any table (ISO text), if any. */
  lastChange: string | null;
}

export interface ReadFactsOptions {
  /** Full `integrity_check` (slow on big files) instead of none. */
  integrity?: boolean;
  /**
   * Open with `immutable=1`: no lock, no -wal/-shm files created beside it. Only
   * for files nobody writes meanwhile (backups, a copy in a temp folder).
   */
  immutable?: boolean;
}

async function newestChange(raw: sqlite3.Database, tables: string[]): Promise<string | null> {
  let newest: { text: string; time: number } | null = null;
  for (const table of tables) {
    const columns = (await all(raw, `pragma table_info(${quoteName(table)})`)).map((c) => String(c.name));
    for (const column of ['updated_at', 'created_at', 'applied_at'].filter((c) => columns.includes(c))) {
      const [row] = await all(raw, `select max(${quoteName(column)}) as v from ${quoteName(table)}`);
      const text = row?.v == null ? null : String(row.v);
      const time = text ? Date.parse(text) : NaN;
      if (text && !Number.isNaN(time) && (!newest || time > newest.time)) newest = { text, time };
    }
  }
  return newest?.text ?? null;
}

async function idIn(raw: sqlite3.Database): Promise<string | null> {
  const [row] = await all(raw, 'select value from app_setting where key = ?', [DATA_FILE_ID_KEY]);
  try {
    return row ? String(JSON.parse(String(row.value))) : null;
  } catch {
    return null;
  }
}

/** Only the data file id of a file nobody writes meanwhile (a backup); null when it has none or cannot be read. */
export async function readDataFileId(path: string): Promise<string | null> {
  try {
    const raw = await open(`${pathToFileURL(path).href}?immutable=1`, sqlite.OPEN_READONLY | sqlite.OPEN_URI);
    try {
      const tables = await tableNames(raw);
      return tables.includes('app_setting') ? await idIn(raw) : null;
    } finally {
      await close(raw);
    }
  } catch {
    return null;
  }
}

/** Throws the driver's error when the file is not a readable SQLite database. */
export async function readDatabaseFacts(path: string, options: ReadFactsOptions = {}): Promise<DatabaseFacts> {
  const raw = options.immutable
    ? await open(`${pathToFileURL(path).href}?immutable=1`, sqlite.OPEN_READONLY | sqlite.OPEN_URI)
    : await open(path, sqlite.OPEN_READONLY);
  try {
    const integrity = options.integrity
      ? (await all(raw, 'pragma integrity_check')).map((r) => String(Object.values(r)[0])).join('; ')
      : 'ok';
    const tables = await tableNames(raw);
    const counts = await countRows(raw);
    const isOurs = tables.includes('schema_migration');
    const version = isOurs ? await all(raw, 'select max(version) as v from schema_migration') : [];
    const [header] = await all(raw, 'pragma user_version');
    const branch = tables.includes('branch_info') ? await all(raw, 'select name from branch_info order by id limit 1') : [];
    const members = tables.includes('member')
      ? await all(raw, 'select count(*) as n from member where deleted_at is null')
      : [];
    return {
      integrity,
      isOurs,
      schemaVersion: Math.max(Number(version[0]?.v ?? 0), Number(header?.user_version ?? 0)),
      dataFileId: tables.includes('app_setting') ? await idIn(raw) : null,
      branchName: branch[0]?.name ? String(branch[0].name) : null,
      memberCount: Number(members[0]?.n ?? 0),
      counts,
      lastChange: await newestChange(raw, tables),
    };
  } finally {
    await close(raw);
  }
}

/** `pragma foreign_key_check` rows: which table has a row pointing at nothing. */
export async function foreignKeyProblems(path: string): Promise<{ table: string; rowid: number; parent: string }[]> {
  const raw = await open(path, sqlite.OPEN_READONLY);
  try {
    const rows = await all(raw, 'pragma foreign_key_check');
    return rows.map((r) => ({ table: String(r.table), rowid: Number(r.rowid), parent: String(r.parent) }));
  } finally {
    await close(raw);
  }
}
