/**
 * Two data files in one folder (two 台账 on one PC): each gets its own daily
 * backup and its backup page lists only its own; another file's backup put in
 * its folder is marked and restores only after an explicit confirmation.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { backupsDirFor } from '../core/backup/names';
import { openDatabase } from '../db/open';
import { upsertBranchInfo } from '../db/settings/queries';
import { startHarness, type Harness } from '../harness/server';

const BRANCH = { street: '', fondsCode: '', contact: '', phone: '' };

let dir = '';
const running: Harness[] = [];

test.beforeEach(({ browserName }, testInfo) => {
  void browserName;
  test.skip(testInfo.project.name === 'electron', 'runs two browser harnesses side by side; the desktop app runs the same core code');
  dir = mkdtempSync(join(tmpdir(), 'fulian-two-files-'));
});

test.afterEach(async () => {
  for (const h of running.splice(0)) await h.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function dataFile(name: string, branchName: string) {
  const path = join(dir, name);
  const opened = await openDatabase(path);
  await upsertBranchInfo(opened.db, { name: branchName, ...BRANCH }, new Date().toISOString());
  await opened.close();
  return path;
}

async function start(path: string) {
  const h = await startHarness({ dbPath: path, rendererDir: process.env.FULIAN_RENDERER_DIR, dailyBackupDelayMs: 0 });
  running.push(h);
  const daily = await h.dailyBackup;
  return { h, daily };
}

test('同一文件夹里的两个数据文件：各自有当天的自动备份，各自只列出自己的备份', async ({ page }) => {
  const a = await dataFile('幸福里.sqlite', '幸福里社区妇联');
  const b = await dataFile('和平里.sqlite', '和平里社区妇联');

  const first = await start(a);
  expect(first.daily?.made?.path.startsWith(backupsDirFor(a))).toBe(true);
  await first.h.close();
  running.splice(0);
  // The second file's daily backup is due too, although the first made one minutes ago in the same folder.
  const second = await start(b);
  expect(second.daily?.made?.path.startsWith(backupsDirFor(b))).toBe(true);

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${second.h.url}#/settings/backup`);
  const table = page.getByTestId('backup-table');
  await expect(table.getByRole('row').filter({ hasText: '自动备份' })).toHaveCount(1);
  await expect(table).toContainText('和平里社区妇联');
  await expect(table).not.toContainText('幸福里社区妇联');
  await page.screenshot({ path: test.info().outputPath('backups-second-file.png') });

  // Someone copies the first file's backup into the second file's folder: it is marked, and restoring needs a tick.
  const foreign = first.daily!.made!.path;
  const copied = join(backupsDirFor(b), `manual-20200101-080000.sqlite`);
  copyFileSync(foreign, copied);
  await page.reload();
  const row = table.getByRole('row').filter({ hasText: '幸福里社区妇联' });
  await expect(row).toContainText('属于另一个数据文件');
  await row.getByRole('button', { name: /恢复/ }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(dialog.getByTestId('other-file-warning')).toContainText('这份备份属于另一个数据文件');
  const restoreButton = dialog.getByRole('button', { name: '恢复这份备份…' });
  await expect(restoreButton).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('restore-other-file.png') });
  await dialog.getByRole('checkbox', { name: /确实要用这份备份替换/ }).check();
  await restoreButton.click();
  await page.getByRole('button', { name: '确定恢复' }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
});
