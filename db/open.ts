/**
 * Opening the one SQLite file. A file that exists is first judged without
 * writing to it (read-only, or through a copy when a -wal lies beside it): only
 * a file that passes the quick check, is ours and is not from a newer version
 * is then opened for writing (pragmas, migrations). Only a path where no file
 * exists gets a new database, built under a temporary name and then given the
 * data file's name, so a file at that name is always a whole database.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kysely, sql } from 'kysely';
import sqlite3 from 'sqlite3';
import { AppError } from '../core/errors';
import { creatingPath } from '../core/backup/names';
import { DATA_FILE_ID_KEY, fsyncFile } from './backup';
import { closeSqliteFile, openSqliteFile, Sqlite3Dialect } from './driver';
import { migrate, type MigrationReport } from './migrate';
import { LATEST_VERSION } from './migrations';
import type { Database } from './schema';

export interface OpenDatabase {
  db: Kysely<Database>;
  path: string;
  migration: MigrationReport;
  /** The node-sqlite3 handle under Kysely, for what Kysely cannot do (the online backup API). */
  raw: sqlite3.Database;
  close(): Promise<void>;
}

const BUSY_TIMEOUT_MS = 5000;
const CACHE_KIB = 64 * 1024;

function exec(raw: sqlite3.Database, statements: string): Promise<void> {
  return new Promise((resolve, reject) => raw.exec(statements, (err) => (err ? reject(err) : resolve())));
}

function all(raw: sqlite3.Database, query: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) =>
    raw.all(query, (err, rows) => (err ? reject(err) : resolve(rows as Record<string, unknown>[]))),
  );
}

const firstValue = (rows: Record<string, unknown>[]) => (rows[0] ? Object.values(rows[0])[0] : undefined);

function tooNew(path: string, version: number): AppError {
  return new AppError(
    'DB_TOO_NEW',
    `此数据库由更新版本的软件创建（数据库版本 ${version}，本软件最高支持 ${LATEST_VERSION}）。请先升级本软件再打开，以免损坏数据。`,
    { dbVersion: version, supported: LATEST_VERSION, path },
  );
}

/** The checks a file must pass before the app writes to it; `raw` must not be able to change the data file. */
async function judgeFile(raw: sqlite3.Database, path: string): Promise<void> {
  let check: Record<string, unknown>[];
  let tables: Record<string, unknown>[];
  let userVersion: number;
  try {
    check = await all(raw, 'pragma quick_check');
    tables = await all(raw, "select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'");
    userVersion = Number(firstValue(await all(raw, 'pragma user_version')) ?? 0);
  } catch (err) {
    throw new AppError('DB_CORRUPT', `无法读取数据文件“${path}”：它不是本软件的数据库，或文件已损坏。`, {
      cause: String(err),
    });
  }
  const result = check.map((r) => String(Object.values(r)[0])).join('; ');
  if (result !== 'ok') {
    throw new AppError('DB_CORRUPT', `数据文件“${path}”完整性检查未通过，文件可能已损坏。`, { quickCheck: result });
  }
  const names = tables.map((t) => String(t.name));
  if (!names.length) {
    throw new AppError('DB_OPEN_FAILED', `文件“${path}”是一个空的 SQLite 数据库（没有任何表），不是社区妇联工作台账的数据文件。`, {
      reason: 'empty',
    });
  }
  if (!names.includes('schema_migration')) {
    throw new AppError('DB_OPEN_FAILED', `文件“${path}”是其他软件的 SQLite 数据库，不是社区妇联工作台账的数据文件。`, {
      tables: names.slice(0, 10),
      reason: 'foreign',
    });
  }
  if (userVersion > LATEST_VERSION) throw tooNew(path, userVersion);
  const version = Number(firstValue(await all(raw, 'select max(version) as v from schema_migration')) ?? 0);
  if (version > LATEST_VERSION) throw tooNew(path, version);
}

/**
 * Judges an existing file without writing to it or beside it. Without a -wal
 * the file is read as immutable (no lock, no -shm). With one, the file and its
 * -wal are copied to a temp folder and the copy is judged: reading the -wal in
 * place would let SQLite fold it into the main file and delete it on close.
 */
async function judgeWithoutWriting(path: string, size: number): Promise<void> {
  if (size === 0) {
    throw new AppError('DB_OPEN_FAILED', `数据文件“${path}”是空的（0 字节），里面没有任何数据。`, { reason: 'empty' });
  }
  const wal = statSync(`${path}-wal`, { throwIfNoEntry: false });
  if (!wal?.size) {
    const raw = await openReadOnly(`${pathToFileURL(path).href}?immutable=1`, path);
    try {
      return await judgeFile(raw, path);
    } finally {
      await closeSqliteFile(raw).catch(() => undefined);
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'fulian-check-'));
  try {
    const copy = join(dir, 'check.sqlite');
    try {
      copyFileSync(path, copy);
      copyFileSync(`${path}-wal`, `${copy}-wal`);
    } catch (err) {
      // Windows refuses to read the locked bytes of a file another program holds.
      const held = ['EBUSY', 'EPERM', 'EACCES'].includes((err as NodeJS.ErrnoException).code ?? '');
      throw new AppError('DB_OPEN_FAILED', `无法读取数据文件“${path}”。`, { cause: held ? `SQLITE_BUSY: ${String(err)}` : String(err) });
    }
    const raw = await openReadOnly(copy, path, sqlite3.OPEN_READWRITE);
    try {
      await judgeFile(raw, path);
    } finally {
      await closeSqliteFile(raw).catch(() => undefined);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function openReadOnly(name: string, shownPath: string, mode = sqlite3.OPEN_READONLY | sqlite3.OPEN_URI) {
  try {
    return await openSqliteFile(name, mode);
  } catch (err) {
    throw new AppError('DB_OPEN_FAILED', `无法打开数据文件“${shownPath}”，请检查文件是否存在以及是否有读写权限。`, {
      cause: String(err),
    });
  }
}

/** Builds a new, fully migrated database beside `path` and gives it that name, unless a file appeared there meanwhile. */
async function createDatabaseFile(path: string): Promise<MigrationReport> {
  const temp = creatingPath(path);
  let raw: sqlite3.Database;
  try {
    mkdirSync(dirname(path), { recursive: true });
    for (const suffix of ['', '-journal', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
    raw = await openSqliteFile(temp);
  } catch (err) {
    throw new AppError('DB_OPEN_FAILED', `无法在“${dirname(path)}”新建数据文件，请检查文件夹是否存在以及是否有写入权限。`, {
      cause: String(err),
    });
  }
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) });
  let report: MigrationReport;
  try {
    report = await migrate(db, temp);
    await ensureDataFileId(db);
  } finally {
    await db.destroy();
  }
  fsyncFile(temp);
  try {
    linkSync(temp, path); // fails if a file is there: never replaces one
    rmSync(temp, { force: true });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      rmSync(temp, { force: true });
      return report;
    }
    // File systems without hard links (FAT32 USB sticks): rename, having checked again.
    if (statSync(path, { throwIfNoEntry: false })) rmSync(temp, { force: true });
    else renameSync(temp, path);
  }
  return report;
}

/** Gives the file its random id once; copies of the file share it (core/backup tells backups apart by it). */
async function ensureDataFileId(db: Kysely<Database>): Promise<void> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', DATA_FILE_ID_KEY).executeTakeFirst();
  if (row) return;
  await db
    .insertInto('app_setting')
    .values({ key: DATA_FILE_ID_KEY, value: JSON.stringify(randomUUID()) })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
}

export async function openDatabase(path: string): Promise<OpenDatabase> {
  let created: MigrationReport | undefined;
  if (path !== ':memory:') {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat?.isDirectory()) throw new AppError('DB_OPEN_FAILED', `“${path}”是文件夹，不是数据文件。`);
    if (stat) await judgeWithoutWriting(path, stat.size);
    else created = await createDatabaseFile(path);
  }
  let raw: sqlite3.Database;
  try {
    raw = await openSqliteFile(path, path === ':memory:' ? undefined : sqlite3.OPEN_READWRITE);
  } catch (err) {
    throw new AppError('DB_OPEN_FAILED', `无法打开数据文件“${path}”，请检查文件是否存在以及是否有读写权限。`, {
      cause: String(err),
    });
  }
  try {
    await exec(raw, `pragma busy_timeout = ${BUSY_TIMEOUT_MS}`);
    await exec(raw, 'pragma journal_mode = wal; pragma synchronous = full; pragma foreign_keys = on;');
    // SQLite's default page cache is 2 MB; a 100,000-member roster file is ~80 MB, and its
    // indexes outgrow 2 MB during an import (measured: 9.0 s → 7.1 s for 100,000 inserts).
    await exec(raw, `pragma cache_size = -${CACHE_KIB}`);
  } catch (err) {
    await closeSqliteFile(raw).catch(() => undefined);
    throw err;
  }
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) });
  try {
    const migrated = await migrate(db, path);
    const migration = created ?? migrated;
    await ensureDataFileId(db);
    return { db, path, migration, raw, close: () => db.destroy() };
  } catch (err) {
    await db.destroy().catch(() => undefined);
    throw err;
  }
}

/** Used by tests and the `check` command: the pragmas actually in force. */
export async function readPragmas(db: Kysely<Database>) {
  const one = async (name: string) => {
    const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(db);
    return rows[0] ? Object.values(rows[0])[0] : undefined;
  };
  return {
    journalMode: await one('journal_mode'),
    synchronous: await one('synchronous'),
    foreignKeys: await one('foreign_keys'),
    busyTimeout: await one('busy_timeout'),
    cacheSize: await one('cache_size'),
  };
}
