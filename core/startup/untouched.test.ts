/**
 * A file the app has not accepted stays exactly as it was: the start screen
 * explains, the bytes of the file and of its -wal are unchanged, and nothing
 * new appears beside it. Only a path where no file exists becomes a new database.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { createAppContext } from '../backup/holder';
import { backupsDirFor, backupsRootFor } from '../backup/names';
import { createBackup } from '../backup/service';
import { openDatabase } from '../../db/open';
import { upsertBranchInfo } from '../../db/settings/queries';
import { tempDir } from '../../db/test-helpers';
import { openAtStartup } from './recover';

const NOW = new Date('2026-11-29T08:00:00+08:00');
const BRANCH = { street: '', fondsCode: '', contact: '', phone: '' };

function rawOpen(path: string): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => (err ? reject(err) : resolve(db)));
  });
}
const rawExec = (db: sqlite3.Database, sql: string) =>
  new Promise<void>((resolve, reject) => db.exec(sql, (err) => (err ? reject(err) : resolve())));
const rawClose = (db: sqlite3.Database) => new Promise<void>((resolve) => db.close(() => resolve()));

async function exec(path: string, sql: string) {
  const db = await rawOpen(path);
  try {
    await rawExec(db, sql);
  } finally {
    await rawClose(db);
  }
}

/** A good data file with members, a good backup of it, closed. */
async function goodDataFile(dir = tempDir()) {
  const path = join(dir, 'fulian.sqlite');
  const opened = await openDatabase(path);
  await upsertBranchInfo(opened.db, { name: '幸福里社区妇联', ...BRANCH }, NOW.toISOString());
  await opened.db
    .insertInto('zone')
    .values(Array.from({ length: 400 }, (_, i) => ({ name: `片区${i}`, sort_order: i, created_at: '2026-01-01' })))
    .execute();
  const backup = await createBackup(opened, { kind: 'manual', now: NOW });
  await opened.close();
  return { dir, path, backup };
}

/** Bytes of the file and whatever lies beside it (-wal, -shm, -journal). */
function snapshot(path: string) {
  const beside = readdirSync(join(path, '..')).filter((n) => n.startsWith(`${path.split(/[\\/]/).pop()}`)).sort();
  return { beside, bytes: Object.fromEntries(beside.map((n) => [n, readFileSync(join(path, '..', n)).toString('base64')])) };
}

async function startScreen(path: string) {
  const holder = await openAtStartup(path);
  onTestFinished(() => holder.close().catch(() => undefined));
  const ctx = createAppContext(holder, () => NOW);
  const status = await dispatch(apiTable, ctx, 'startup.status', undefined, () => undefined);
  expect(status.ok).toBe(true);
  return (status as { value: { state: string; problem?: { kind: string; title: string; message: string }; backups?: { path: string }[] } }).value;
}

/** Writes committed in WAL mode and not yet folded into the main file, as after a crash: returns the -wal's bytes. */
async function uncheckpointedWal(path: string, sql: string): Promise<Buffer> {
  const db = await rawOpen(path);
  await rawExec(db, 'pragma journal_mode = wal; pragma wal_autocheckpoint = 0;');
  await rawExec(db, sql);
  const wal = readFileSync(`${path}-wal`);
  await rawClose(db); // folds the -wal into the file and deletes it
  return wal;
}

describe('启动时不改动未被接受的文件', () => {
  it('过期的 -wal（属于这个文件的旧版本）：显示恢复页面，文件和 -wal 一字节不变', async () => {
    const { path, backup } = await goodDataFile();
    const stale = await uncheckpointedWal(path, "update zone set name = '旧' || name; insert into zone (name, sort_order, created_at) select name || '副本', sort_order, created_at from zone;");
    // The file moves on (here: rebuilt smaller), then the old -wal turns up beside it again.
    await exec(path, 'delete from zone; vacuum;');
    writeFileSync(`${path}-wal`, stale);
    const before = snapshot(path);

    const screen = await startScreen(path);
    expect(screen.state).toBe('problem');
    expect(screen.backups?.map((b) => b.path)).toContain(backup.path);
    expect(snapshot(path)).toEqual(before);
  });

  it('另一个数据库的 -wal：显示恢复页面，文件和 -wal 一字节不变', async () => {
    const { path } = await goodDataFile();
    const other = join(tempDir(), 'other.sqlite');
    await exec(other, 'create table orders (id integer primary key, item text);');
    const foreignWal = await uncheckpointedWal(
      other,
      `insert into orders (item) values ${Array.from({ length: 2000 }, (_, i) => `('茶叶${i}')`).join(',')};
       create table more (x); drop table orders;`,
    );
    writeFileSync(`${path}-wal`, foreignWal);
    const before = snapshot(path);

    const screen = await startScreen(path);
    expect(screen.state).toBe('problem');
    expect(snapshot(path)).toEqual(before);
  });

  it('0 字节的数据文件：不当作新文件，显示“数据文件是空的”并列出完好的备份，文件不变', async () => {
    const { path, backup } = await goodDataFile();
    writeFileSync(path, '');
    const screen = await startScreen(path);
    expect(screen).toMatchObject({ state: 'problem', problem: { kind: 'empty', title: '数据文件是空的' } });
    expect(screen.backups?.map((b) => b.path)).toEqual([backup.path]);
    expect(statSync(path).size).toBe(0);
    expect(snapshot(path).beside).toEqual(['fulian.sqlite']);
  });

  it('其他软件留下的空 SQLite 文件（没有任何表）：显示恢复页面，文件不变', async () => {
    const { path } = await goodDataFile();
    writeFileSync(path, '');
    await exec(path, 'pragma page_size = 4096; create table t (x); drop table t; vacuum;');
    expect(statSync(path).size).toBeGreaterThan(0);
    const before = snapshot(path);
    const screen = await startScreen(path);
    expect(screen).toMatchObject({ state: 'problem', problem: { kind: 'empty' } });
    expect(snapshot(path)).toEqual(before);
  });

  it('更新版本的文件（版本表或文件头 user_version）：显示恢复页面，文件头也不被改写', async () => {
    for (const how of ["insert into schema_migration (version, name, applied_at) values (999, 'future', 'x')", 'pragma user_version = 999']) {
      const { path } = await goodDataFile();
      // As a newer app leaves it: switched back to a rollback journal, so opening in WAL would rewrite bytes 18–19.
      await exec(path, `${how}; pragma journal_mode = delete;`);
      const before = snapshot(path);
      const screen = await startScreen(path);
      expect(screen, how).toMatchObject({ state: 'problem', problem: { kind: 'too-new' } });
      expect(snapshot(path), how).toEqual(before);
    }
  });

  it('没有文件的位置才新建数据库；新建的文件立即是完整的数据库', async () => {
    const path = join(tempDir(), 'sub', 'fulian.sqlite');
    const screen = await startScreen(path);
    expect(screen.state).toBe('ok');
    expect(existsSync(`${path}.creating`)).toBe(false);
  });

  it('启动时清理本软件留下的过期临时文件，不动用户的文件', async () => {
    const { dir, path } = await goodDataFile();
    const old = new Date(Date.now() - 3 * 60 * 60 * 1000);
    const own = backupsDirFor(path);
    const leftovers = [
      join(own, 'auto-daily-20261128-080000.sqlite.partial'),
      join(own, 'manual-20261128-080000-2.sqlite.partial'),
      join(backupsRootFor(path), 'auto-daily-20261101-080000.sqlite.partial'),
      `${path}.restoring`,
      `${path}.creating`,
    ];
    const users = [join(own, '我的备份.sqlite.partial'), join(dir, 'fulian.sqlite.bak'), join(dir, '其他.restoring'), join(own, 'notes.partial')];
    for (const file of [...leftovers, ...users]) {
      writeFileSync(file, 'x'.repeat(1000));
      utimesSync(file, old, old);
    }
    // One being written right now (another window's backup) is left alone too.
    const fresh = join(own, 'manual-20261129-080000.sqlite.partial');
    writeFileSync(fresh, 'x');
    copyFileSync(path, join(dir, 'keep.sqlite'));

    expect((await startScreen(path)).state).toBe('ok');
    for (const file of leftovers) expect(existsSync(file), file).toBe(false);
    for (const file of [...users, fresh, join(dir, 'keep.sqlite')]) expect(existsSync(file), file).toBe(true);
  });
});
