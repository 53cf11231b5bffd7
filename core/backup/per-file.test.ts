/**
 * Backups belong to their data file: each file's own folder, its id inside
 * every backup, so a renamed file still finds its backups and another file's
 * backup is never offered as this one's.
 */
import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { openDatabase } from '../../db/open';
import { upsertBranchInfo } from '../../db/settings/queries';
import { tempDir } from '../../db/test-helpers';
import { createAppContext, DatabaseHolder } from './holder';
import { backupsDirFor, backupsRootFor } from './names';
import { autoBackupIfDue, createBackup, listBackups, newestBackupDate } from './service';

const NOW = new Date('2026-11-29T08:00:00+08:00');
const BRANCH = { street: '', fondsCode: '', contact: '', phone: '' };

async function dataFile(dir: string, file: string, name: string) {
  const opened = await openDatabase(join(dir, file));
  onTestFinished(() => opened.close().catch(() => undefined));
  await upsertBranchInfo(opened.db, { name, ...BRANCH }, NOW.toISOString());
  return opened;
}

async function running(path: string) {
  const holder = new DatabaseHolder(await openDatabase(path));
  onTestFinished(() => holder.close().catch(() => undefined));
  const ctx = createAppContext(holder, () => NOW);
  return async (method: string, input?: unknown) => {
    const answer = await dispatch(apiTable, ctx, method, input, () => undefined);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    return answer.value as never;
  };
}

describe('每个数据文件有自己的备份', () => {
  it('同一文件夹的两个文件：各自的文件夹、各自的“今天该备份了”、各自的列表', async () => {
    const dir = tempDir();
    const a = await dataFile(dir, '幸福里.sqlite', '幸福里社区妇联');
    const b = await dataFile(dir, '和平里.sqlite', '和平里社区妇联');
    const madeA = await autoBackupIfDue(a, NOW);
    expect(madeA.made?.path.startsWith(backupsDirFor(a.path))).toBe(true);
    expect(newestBackupDate(b.path)).toBeUndefined();
    const madeB = await autoBackupIfDue(b, NOW);
    expect(madeB.made?.path.startsWith(backupsDirFor(b.path))).toBe(true);
    expect(backupsDirFor(a.path)).not.toBe(backupsDirFor(b.path));
    expect((await listBackups(b.path, null)).map((x) => x.holds?.branchName)).toEqual(['和平里社区妇联']);
    expect((await listBackups(a.path, null)).map((x) => x.holds?.branchName)).toEqual(['幸福里社区妇联']);
  });

  it('改了名的数据文件凭文件里的编号仍认出自己的旧备份；旧版放在 backups 根下的备份标为“未标明”', async () => {
    const dir = tempDir();
    const a = await dataFile(dir, 'fulian.sqlite', '幸福里社区妇联');
    const own = await createBackup(a, { kind: 'manual', now: NOW });
    // As an older version left it: a backup straight in backups/, without an id inside.
    const legacy = join(backupsRootFor(a.path), 'manual-20260101-080000.sqlite');
    const old = await dataFile(tempDir(), 'old.sqlite', '旧版的备份');
    await old.db.deleteFrom('app_setting').execute();
    await old.close();
    mkdirSync(backupsRootFor(a.path), { recursive: true });
    copyFileSync(old.path, legacy);
    await a.close();

    const renamed = join(dir, '幸福里台账.sqlite');
    renameSync(a.path, renamed);
    const call = await running(renamed);
    const list: { backups: { path: string; owner: string; ownerNote?: string }[] } = await call('backup.list');
    expect(list.backups.map((x) => [x.path, x.owner])).toEqual([
      [own.path, 'this'],
      [legacy, 'unknown'],
    ]);
    expect(list.backups[1]!.ownerNote).toMatch(/未标明/);
  });

  it('另一个数据文件的备份：不在它的列表里；拿来恢复要明确确认，恢复后仍是这个数据文件', async () => {
    const dir = tempDir();
    const a = await dataFile(dir, 'a.sqlite', '幸福里社区妇联');
    const b = await dataFile(dir, 'b.sqlite', '和平里社区妇联');
    const backupOfA = await createBackup(a, { kind: 'manual', now: NOW });
    const ownOfB = await createBackup(b, { kind: 'manual', now: NOW });
    await a.close();
    await b.close();

    const call = await running(b.path);
    const list: { backups: { path: string }[] } = await call('backup.list');
    expect(list.backups.map((x) => x.path)).toEqual([ownOfB.path]);

    const inspected: { owner: string } = await call('backup.inspect', { path: backupOfA.path });
    expect(inspected.owner).toBe('other');
    await expect(call('backup.restore', { path: backupOfA.path })).rejects.toThrow(/是另一个数据文件的备份.*请先勾选确认/);
    expect(((await call('settings.getBranchInfo')) as { name: string }).name).toBe('和平里社区妇联');

    await call('backup.restore', { path: backupOfA.path, confirmOtherFile: true });
    expect(((await call('settings.getBranchInfo')) as { name: string }).name).toBe('幸福里社区妇联');
    // The restored data goes on as b.sqlite: b's own backups are still its own, a's are still not.
    const after: { backups: { path: string; owner: string }[] } = await call('backup.list');
    expect(after.backups.find((x) => x.path === ownOfB.path)?.owner).toBe('this');
    expect(after.backups.some((x) => x.path === backupOfA.path)).toBe(false);
  });
});
