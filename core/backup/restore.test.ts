import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { describe, expect, it } from 'vitest';
import sqlite3 from 'sqlite3';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { createAppContext, DatabaseHolder } from './holder';
import { backupsDirFor } from './names';

const NOW = new Date('2026-11-29T08:00:00+08:00');

/** The running app as Electron and the harness build it: a holder and a context reading through it. */
async function runningApp() {
  const path = join(tempDir(), 'fulian.sqlite');
  const holder = new DatabaseHolder(await openDatabase(path));
  onTestFinished(() => holder.close().catch(() => undefined));
  const ctx = createAppContext(holder, () => NOW);
  const call = async (method: string, input?: unknown) => {
    const answer = await dispatch(apiTable, ctx, method, input);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    return answer.value as never;
  };
  const setName = (name: string) =>
    call('settings.saveBranchInfo', { name, street: '', fondsCode: '', contact: '', phone: '' });
  return { path, holder, ctx, call, setName };
}

function sqliteExec(path: string, statements: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      db.exec(statements, (e) => db.close(() => (e ? reject(e) : resolve())));
    });
  });
}

function sqliteAll(path: string, query: string): Promise<Record<string, unknown>[]> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, (err) => {
      if (err) return reject(err);
      db.all(query, (e, rows) => db.close(() => (e ? reject(e) : resolve(rows as Record<string, unknown>[]))));
    });
  });
}

/** Turns a backup into what version 1 of the app wrote: only branch_info and the version table. */
async function makeVersionOne(path: string) {
  const tables = await sqliteAll(
    path,
    `select name, sql like 'create virtual%' as virtual from sqlite_schema
      where type = 'table' and name not like 'sqlite_%' and name not in ('schema_migration', 'branch_info')`,
  );
  const virtual = tables.filter((t) => t.virtual).map((t) => String(t.name));
  await sqliteExec(path, virtual.map((n) => `drop table "${n}";`).join('\n'));
  const rest = (await sqliteAll(path, `select name from sqlite_schema where type = 'table' and name not like 'sqlite_%'
      and name not in ('schema_migration', 'branch_info')`)).map((t) => String(t.name));
  await sqliteExec(path, `pragma foreign_keys = off; ${rest.map((n) => `drop table "${n}";`).join('\n')}
    delete from schema_migration where version > 1;`);
}

describe('从备份恢复', () => {
  it('先显示备份内容；恢复前做安全备份；恢复后正在运行的程序立即看到旧数据', async () => {
    const app = await runningApp();
    await app.setName('幸福里社区妇联');
    await app.call('members.create', { name: '王秀英', idNumber: '11010519491231002X' });
    const backup: { path: string } = await app.call('backup.create');

    await app.setName('改过的名字');
    await app.call('members.create', { name: '李红', idNumber: '110105194912310046' });

    const inspected: { holds: { branchName: string; memberCount: number } } = await app.call('backup.inspect', {
      path: backup.path,
    });
    expect(inspected.holds).toMatchObject({ branchName: '幸福里社区妇联', memberCount: 1 });

    const result: { safetyBackup: { path: string; holds: { branchName: string; memberCount: number } } } =
      await app.call('backup.restore', { path: backup.path });
    expect(result.safetyBackup.holds).toMatchObject({ branchName: '改过的名字', memberCount: 2 });

    const info: { name: string } = await app.call('settings.getBranchInfo');
    expect(info.name).toBe('幸福里社区妇联');
    const members = await app.ctx.db.selectFrom('member').select('name').execute();
    expect(members).toEqual([{ name: '王秀英' }]);
    // The app keeps working on the restored file, and the file on disk is the restored one.
    await app.setName('恢复后再改');
    await app.holder.close();
    const reopened = await openDatabase(app.path);
    onTestFinished(() => reopened.close().catch(() => undefined));
    expect((await reopened.db.selectFrom('branch_info').select('name').executeTakeFirst())?.name).toBe('恢复后再改');
    expect(readdirSync(join(app.path, '..')).filter((n) => n.endsWith('.restoring'))).toEqual([]);
  });

  it('拒绝不是本软件数据库的文件、损坏的文件和不存在的文件，数据不变', async () => {
    const app = await runningApp();
    await app.setName('幸福里社区妇联');
    const dir = tempDir();

    const text = join(dir, '照片.sqlite');
    writeFileSync(text, 'this is not a database at all'.repeat(100));
    await expect(app.call('backup.inspect', { path: text })).rejects.toThrow(/不是本软件的数据文件或备份/);
    await expect(app.call('backup.restore', { path: text })).rejects.toThrow(/不是本软件的数据文件或备份/);

    const foreign = join(dir, 'other.sqlite');
    await sqliteExec(foreign, 'create table customers(id integer primary key, name text); insert into customers values (1, "x");');
    await expect(app.call('backup.restore', { path: foreign })).rejects.toThrow(/其他软件的 SQLite 数据库/);

    const good: { path: string } = await app.call('backup.create', { targetDir: dir });
    const damaged = join(dir, 'damaged.sqlite');
    copyFileSync(good.path, damaged);
    await sqliteExec(damaged, 'pragma writable_schema = on; update sqlite_schema set rootpage = 9999 where name = \'member\';');
    await expect(app.call('backup.restore', { path: damaged })).rejects.toMatchObject({ code: 'DB_CORRUPT' });

    await expect(app.call('backup.restore', { path: join(dir, 'missing.sqlite') })).rejects.toThrow(/找不到文件/);
    await expect(app.call('backup.restore', { path: app.path })).rejects.toThrow(/当前正在使用的数据文件/);

    const info: { name: string } = await app.call('settings.getBranchInfo');
    expect(info.name).toBe('幸福里社区妇联');
    // Refused before any safety backup was made.
    expect(existsSync(backupsDirFor(app.path))).toBe(false);
  });

  it('拒绝更新版本软件做的备份（DB_TOO_NEW）', async () => {
    const app = await runningApp();
    const dir = tempDir();
    const good: { path: string } = await app.call('backup.create', { targetDir: dir });
    await sqliteExec(good.path, "insert into schema_migration values (999, 'future', '2030-01-01T00:00:00Z');");
    await expect(app.call('backup.inspect', { path: good.path })).rejects.toMatchObject({ code: 'DB_TOO_NEW' });
    await expect(app.call('backup.restore', { path: good.path })).rejects.toThrow(/更新版本的软件/);
  });

  it('恢复较旧版本的备份时自动升级（迁移）', async () => {
    const app = await runningApp();
    await app.setName('旧版本的妇联');
    const dir = tempDir();
    const backup: { path: string } = await app.call('backup.create', { targetDir: dir });
    await makeVersionOne(backup.path);
    // A version-1 file carries no data file id, and this one lies outside the file's own backups folder:
    // whose it is cannot be told, so restoring it takes the explicit confirmation.
    await expect(app.call('backup.restore', { path: backup.path })).rejects.toThrow(/无法确认属于哪个数据文件/);
    const result: { migration: { from: number; applied: number[] } } = await app.call('backup.restore', {
      path: backup.path,
      confirmOtherFile: true,
    });
    expect(result.migration.from).toBe(1);
    expect(result.migration.applied.length).toBeGreaterThan(0);
    expect(((await app.call('settings.getBranchInfo')) as { name: string }).name).toBe('旧版本的妇联');
    expect(await app.ctx.db.selectFrom('member').selectAll().execute()).toEqual([]);
  });

  it('检查数据文件：完整性、外键、版本和记录数', async () => {
    const app = await runningApp();
    await app.call('members.create', { name: '王秀英', idNumber: '11010519491231002X' });
    const report: { ok: boolean; integrity: string; foreignKeyProblems: number; counts: Record<string, number> } =
      await app.call('backup.check');
    expect(report).toMatchObject({ ok: true, integrity: 'ok', foreignKeyProblems: 0 });
    expect(report.counts.member).toBe(1);
  });

  it('同时只能进行一个备份或恢复', async () => {
    const app = await runningApp();
    const [a, b] = await Promise.allSettled([app.call('backup.create'), app.call('backup.create')]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = [a, b].find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(rejected.reason)).toMatch(/另一个备份或恢复操作正在进行/);
  });

  it('没有 DatabaseHolder 的运行方式给出中文错误，不崩溃', async () => {
    const app = await runningApp();
    const bare = { db: app.ctx.db, dbPath: app.path, now: () => NOW };
    const answer = await dispatch(apiTable, bare, 'backup.create', undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '此运行方式不支持备份与恢复。' } });
    expect(existsSync(backupsDirFor(app.path))).toBe(false);
  });
});
