import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { createAppContext, type DatabaseHolder } from '../backup/holder';
import { createBackup } from '../backup/service';
import { openDatabase } from '../../db/open';
import { upsertBranchInfo } from '../../db/settings/queries';
import { tempDir } from '../../db/test-helpers';
import { openAtStartup } from './recover';

const NOW = new Date('2026-11-29T08:00:00+08:00');
const BRANCH = { street: '', fondsCode: '', contact: '', phone: '' };

function exec(path: string, statements: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      db.exec(statements, (e) => db.close(() => (e ? reject(e) : resolve())));
    });
  });
}

/** A good data file named `name`, with a good backup of it (made at `NOW`) in backups/. */
async function dataFileWithBackup(name = '幸福里社区妇联') {
  const path = join(tempDir(), 'fulian.sqlite');
  const opened = await openDatabase(path);
  await upsertBranchInfo(opened.db, { name, ...BRANCH }, NOW.toISOString());
  const backup = await createBackup(opened, { kind: 'manual', now: NOW });
  await opened.close();
  return { path, backup };
}

function app(holder: DatabaseHolder) {
  onTestFinished(() => holder.close().catch(() => undefined));
  const ctx = createAppContext(holder, () => NOW);
  return (method: string, input?: unknown) => dispatch(apiTable, ctx, method, input, () => undefined);
}

async function expectRecoveryScreen(path: string, kind: string, title: RegExp) {
  const holder = await openAtStartup(path);
  const call = app(holder);
  const status = await call('startup.status');
  expect(status.ok).toBe(true);
  const value = (status as { value: { state: string; problem: { kind: string; title: string; message: string; path: string } } }).value;
  expect(value.state).toBe('problem');
  expect(value.problem.kind).toBe(kind);
  expect(value.problem.title).toMatch(title);
  expect(value.problem.message).toContain(path);
  // Every method that needs the data answers DB_NOT_OPEN, with a Chinese message, instead of crashing.
  const info = await call('settings.getBranchInfo');
  expect(info).toMatchObject({ ok: false, error: { code: 'DB_NOT_OPEN', message: expect.stringMatching(/没有打开/) } });
  const write = await call('settings.saveBranchInfo', { name: 'x', ...BRANCH });
  expect(write).toMatchObject({ ok: false, error: { code: 'DB_NOT_OPEN' } });
  return { holder, call, value };
}

describe('启动时数据文件打不开', () => {
  it('损坏的文件：显示原因，列出完好的备份，恢复后保留损坏文件并立即可用', async () => {
    const { path, backup } = await dataFileWithBackup();
    const original = readFileSync(path);
    // Overwrite pages after the first: the header still says SQLite, the b-trees are garbage.
    const damaged = Buffer.from(original);
    damaged.fill(0x5a, 4096, Math.min(damaged.length, 4096 * 6));
    writeFileSync(path, damaged);

    const { holder, call, value } = await expectRecoveryScreen(path, 'corrupt', /已损坏/);
    expect((value as unknown as { backups: { path: string }[] }).backups.map((b) => b.path)).toEqual([backup.path]);

    const restored = await call('startup.restoreBackup', { path: backup.path });
    expect(restored).toMatchObject({ ok: true, value: { restored: { branchName: '幸福里社区妇联' } } });
    const kept = (restored as { value: { damagedCopy: string } }).value.damagedCopy;
    expect(readFileSync(kept).equals(damaged)).toBe(true);
    expect(holder.isOpen).toBe(true);
    expect(await call('settings.getBranchInfo')).toMatchObject({ ok: true, value: { name: '幸福里社区妇联' } });
    expect(await call('startup.status')).toMatchObject({ ok: true, value: { state: 'ok' } });
    // Once open, the start screen's methods refuse instead of overwriting the good file.
    expect(await call('startup.restoreBackup', { path: backup.path })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('不是数据库的字节（改名的程序）', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    writeFileSync(path, Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(20000, 7)]));
    await expectRecoveryScreen(path, 'corrupt', /已损坏/);
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('MZ');
  });

  it('截断的文件（只剩前一半）', async () => {
    const { path, backup } = await dataFileWithBackup();
    // Enough rows that the half cut off holds real pages.
    const zones = Array.from({ length: 3000 }, (_, i) => `('片区${i}', ${i}, '2026-01-01')`).join(',');
    await exec(path, `insert into zone (name, sort_order, created_at) values ${zones}; pragma wal_checkpoint(truncate);`);
    expect(statSync(path).size).toBeGreaterThan(64 * 1024);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    const { call } = await expectRecoveryScreen(path, 'corrupt', /已损坏/);
    expect(await call('startup.restoreBackup', { path: backup.path })).toMatchObject({ ok: true });
  });

  it('其他软件的 SQLite 数据库：不改动它，可以打开其他数据文件', async () => {
    const dir = tempDir();
    const path = join(dir, 'fulian.sqlite');
    await exec(path, 'create table orders (id integer primary key, item text); insert into orders (item) values (\'茶叶\');');
    const before = readFileSync(path);
    const { holder, call } = await expectRecoveryScreen(path, 'foreign', /不是本软件/);
    expect(readFileSync(path).equals(before)).toBe(true);

    const other = join(dir, 'other.sqlite');
    const good = await openDatabase(other);
    await upsertBranchInfo(good.db, { name: '另一个妇联', ...BRANCH }, NOW.toISOString());
    await good.close();
    expect(await call('startup.openFile', { path: join(dir, 'missing.sqlite') })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND', message: expect.stringMatching(/找不到数据文件/) },
    });
    expect(await call('startup.openFile', { path: other })).toMatchObject({ ok: true, value: { dataPath: other } });
    expect(holder.path).toBe(other);
    expect(await call('settings.getBranchInfo')).toMatchObject({ ok: true, value: { name: '另一个妇联' } });
  });

  it('更新版本软件的数据库：不迁移、不改动', async () => {
    const { path } = await dataFileWithBackup();
    await exec(path, "insert into schema_migration (version, name, applied_at) values (999, 'future', 'x')");
    const before = readFileSync(path);
    const { call } = await expectRecoveryScreen(path, 'too-new', /更新版本/);
    expect(readFileSync(path).equals(before)).toBe(true);
    // Another file that is also too new is refused with the same plain reason.
    expect(await call('startup.openFile', { path })).toMatchObject({ ok: false, error: { code: 'DB_TOO_NEW', message: expect.stringMatching(/升级/) } });
  });

  it('被其他程序以独占方式锁住：说明被占用，不覆盖；对方释放后“重新尝试”即可打开', { timeout: 30_000 }, async () => {
    const { path, backup } = await dataFileWithBackup();
    const other = await new Promise<sqlite3.Database>((ok, no) => {
      const db = new sqlite3.Database(path, (e) => (e ? no(e) : ok(db)));
    });
    await new Promise<void>((ok, no) => other.exec('pragma locking_mode = exclusive; begin exclusive;', (e) => (e ? no(e) : ok())));

    const { call } = await expectRecoveryScreen(path, 'locked', /占用/);
    expect(await call('startup.restoreBackup', { path: backup.path })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(readdirSync(join(path, '..', 'backups')).some((n) => n.startsWith('damaged-'))).toBe(false);

    await new Promise<void>((ok, no) => other.exec('commit', (e) => (e ? no(e) : ok())));
    await new Promise<void>((ok) => other.close(() => ok()));
    expect(await call('startup.retry')).toMatchObject({ ok: true });
    expect(await call('settings.getBranchInfo')).toMatchObject({ ok: true, value: { name: '幸福里社区妇联' } });
  });

  it('数据文件位置是文件夹：说明原因，可以打开其他数据文件', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    mkdirSync(path);
    const { call } = await expectRecoveryScreen(path, 'cannot-open', /无法打开/);
    expect(await call('startup.restoreBackup', { path: join(path, 'x.sqlite') })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('正常打开时启动页面报告 ok，没有备份也不出错', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const holder = await openAtStartup(path);
    const call = app(holder);
    expect(await call('startup.status')).toEqual({ ok: true, value: { state: 'ok', dataPath: path } });
    expect(existsSync(path)).toBe(true);
  });

  it('程序锁定时 startup.status 仍然回答 ok（启动页先问它），数据方法仍然 LOCKED', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const holder = await openAtStartup(path);
    const call = app(holder);
    const wang = await call('operators.save', { name: '王主席', role: '管理员' });
    expect(wang.ok).toBe(true);
    await call('operators.setPassword', { id: (wang as { value: { id: number } }).value.id, password: '1234' });
    holder.session.reset(); // as at the next start: locked
    expect(await call('settings.getBranchInfo')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('startup.status')).toEqual({ ok: true, value: { state: 'ok', dataPath: path } });
    expect(await call('startup.retry')).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});
