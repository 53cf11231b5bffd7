/**
 * The start screen when the data file will not open: the harness is started on
 * a damaged file (as `npm run web -- --db damaged.sqlite` would), the Chinese
 * screen says what is wrong, and restoring the good backup beside it brings up
 * the normal app over the backup's data, without restarting anything.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { createBackup } from '../core/backup/service';
import { openDatabase } from '../db/open';
import { upsertBranchInfo } from '../db/settings/queries';
import { startHarness, type Harness } from '../harness/server';

const BRANCH = { street: '幸福里街道', fondsCode: '', contact: '', phone: '' };

async function goodFile(path: string, name: string) {
  const opened = await openDatabase(path);
  await upsertBranchInfo(opened.db, { name, ...BRANCH }, new Date().toISOString());
  return opened;
}

/** Fails the test on any script error in the page, as the app fixture does. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  return errors;
}

let dir = '';
let harness: Harness | undefined;

test.beforeEach(({ browserName }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'starts the browser harness on a damaged file; the desktop app runs the same core code');
  void browserName;
  dir = mkdtempSync(join(tmpdir(), 'fulian-startup-'));
});

test.afterEach(async () => {
  await harness?.close();
  harness = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

test('数据文件损坏：中文说明，从最近的完好备份恢复，正常界面显示备份中的数据', async ({ page }) => {
  const dbPath = join(dir, 'fulian.sqlite');
  const opened = await goodFile(dbPath, '幸福里社区妇联');
  const backup = await createBackup(opened, { kind: 'manual', now: new Date() });
  await opened.close();
  const damaged = readFileSync(dbPath);
  damaged.fill(0x5a, 4096, Math.min(damaged.length, 4096 * 6));
  writeFileSync(dbPath, damaged);

  harness = await startHarness({ dbPath, rendererDir: process.env.FULIAN_RENDERER_DIR });
  const errors = watchErrors(page);
  await page.goto(`${harness.url}#/`);

  const screen = page.getByTestId('startup-problem');
  await expect(screen.getByRole('heading', { name: '数据文件已损坏' })).toBeVisible();
  await expect(screen).toContainText(`数据文件“${dbPath}”已损坏或不完整`);
  await expect(screen).toContainText('幸福里社区妇联');
  await page.screenshot({ path: test.info().outputPath('startup-corrupt.png') });

  await screen.getByRole('button', { name: '从最近的备份恢复' }).click();
  await expect(page.getByText(/打不开的文件会先原样复制保存/)).toBeVisible();
  await page.getByRole('button', { name: '确定恢复' }).click();

  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await expect(page.getByText(/已从 .* 的备份恢复/)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('startup-restored.png') });
  // The damaged file was kept, byte for byte, and the backup itself is untouched.
  const kept = readdirSync(join(dir, 'backups', 'fulian')).filter((n) => n.startsWith('damaged-') && n.endsWith('.sqlite'));
  expect(kept).toHaveLength(1);
  expect(readFileSync(join(dir, 'backups', 'fulian', kept[0]!)).equals(damaged)).toBe(true);
  expect(readdirSync(join(dir, 'backups', 'fulian'))).toContain(backup.name);
  expect(errors).toEqual([]);
});

test('其他软件的数据库、没有备份：说明原因，输入其他数据文件的位置后打开', async ({ page }) => {
  const dbPath = join(dir, 'fulian.sqlite');
  const foreign = await openDatabase(join(dir, 'scratch.sqlite'));
  await foreign.close();
  writeFileSync(dbPath, readFileSync(join(dir, 'scratch.sqlite')));
  // Make it another program's file: a table of its own and no version table.
  const { default: sqlite3 } = await import('sqlite3');
  await new Promise<void>((ok, no) => {
    const db = new sqlite3.Database(dbPath, (e) => {
      if (e) return no(e);
      db.exec("pragma journal_mode = delete; drop table schema_migration; create table orders (id integer)", (err) => db.close(() => (err ? no(err) : ok())));
    });
  });
  const otherPath = join(dir, 'other', 'fulian.sqlite');
  await (await goodFile(otherPath, '另一个社区妇联')).close();

  harness = await startHarness({ dbPath, rendererDir: process.env.FULIAN_RENDERER_DIR });
  const errors = watchErrors(page);
  await page.goto(`${harness.url}#/`);
  const screen = page.getByTestId('startup-problem');
  await expect(screen.getByRole('heading', { name: '这不是本软件的数据文件' })).toBeVisible();
  await expect(screen).toContainText('数据文件夹里没有可用的备份');

  await screen.getByLabel('其他数据文件的位置').fill(join(dir, 'missing.sqlite'));
  await screen.getByRole('button', { name: /^打 ?开$/ }).click();
  await expect(screen).toContainText('找不到数据文件');

  await screen.getByLabel('其他数据文件的位置').fill(otherPath);
  await screen.getByRole('button', { name: /^打 ?开$/ }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('另一个社区妇联');
  expect(errors).toEqual([]);
});
