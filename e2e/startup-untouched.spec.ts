/**
 * Files the app must not accept, each started as `npm run web -- --db file`
 * would: the start screen explains in Chinese, and the file and its -wal are
 * byte for byte as they were (nothing written into them, nothing created
 * beside them).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sqlite3 from 'sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { createBackup } from '../core/backup/service';
import { openDatabase } from '../db/open';
import { upsertBranchInfo } from '../db/settings/queries';
import { startHarness, type Harness } from '../harness/server';

const BRANCH = { street: '幸福里街道', fondsCode: '', contact: '', phone: '' };

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
  await rawExec(db, sql).finally(() => rawClose(db));
}

/** The -wal of committed writes not yet folded into `path`, as a crash leaves it. */
async function uncheckpointedWal(path: string, sql: string): Promise<Buffer> {
  const db = await rawOpen(path);
  await rawExec(db, 'pragma journal_mode = wal; pragma wal_autocheckpoint = 0;');
  await rawExec(db, sql);
  const wal = readFileSync(`${path}-wal`);
  await rawClose(db);
  return wal;
}

function snapshot(dir: string) {
  const names = readdirSync(dir).filter((n) => n.startsWith('fulian.sqlite')).sort();
  return Object.fromEntries(names.map((n) => [n, readFileSync(join(dir, n)).toString('base64')]));
}

let dir = '';
let harness: Harness | undefined;

test.beforeEach(({ browserName }, testInfo) => {
  void browserName;
  test.skip(testInfo.project.name === 'electron', 'starts the browser harness on a prepared file; the desktop app runs the same core code');
  dir = mkdtempSync(join(tmpdir(), 'fulian-untouched-'));
});

test.afterEach(async () => {
  await harness?.close();
  harness = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = '';
});

/** A good data file with 400 片区 and a good backup of it; closed. */
async function goodFile() {
  const path = join(dir, 'fulian.sqlite');
  const opened = await openDatabase(path);
  await upsertBranchInfo(opened.db, { name: '幸福里社区妇联', ...BRANCH }, new Date().toISOString());
  await opened.db
    .insertInto('zone')
    .values(Array.from({ length: 400 }, (_, i) => ({ name: `片区${i}`, sort_order: i, created_at: '2026-01-01' })))
    .execute();
  await createBackup(opened, { kind: 'manual', now: new Date() });
  await opened.close();
  return path;
}

async function expectStartScreen(page: Page, path: string, heading: string, shot: string) {
  const before = snapshot(dir);
  harness = await startHarness({ dbPath: path, rendererDir: process.env.FULIAN_RENDERER_DIR });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${harness.url}#/`);
  const screen = page.getByTestId('startup-problem');
  await expect(screen.getByRole('heading', { name: heading })).toBeVisible();
  await expect(screen).toContainText(path);
  await page.screenshot({ path: test.info().outputPath(`${shot}.png`) });
  await harness.close();
  harness = undefined;
  expect(snapshot(dir)).toEqual(before);
  return screen;
}

const cases: { name: string; heading: string; prepare(path: string): Promise<void> }[] = [
  {
    name: 'stale-wal',
    heading: '数据文件已损坏',
    async prepare(path) {
      const stale = await uncheckpointedWal(path, "update zone set name = '旧' || name; insert into zone (name, sort_order, created_at) select name || '副本', sort_order, created_at from zone;");
      await exec(path, 'delete from zone; vacuum;');
      writeFileSync(`${path}-wal`, stale);
    },
  },
  {
    name: 'foreign-wal',
    // Its frames replace the schema page with the other database's: read together, they are that program's file.
    heading: '这不是本软件的数据文件',
    async prepare(path) {
      const other = join(dir, 'other.sqlite');
      await exec(other, 'create table orders (id integer primary key, item text);');
      const rows = Array.from({ length: 2000 }, (_, i) => `('茶叶${i}')`).join(',');
      writeFileSync(`${path}-wal`, await uncheckpointedWal(other, `insert into orders (item) values ${rows}; create table more (x); drop table orders;`));
    },
  },
  { name: 'zero-length', heading: '数据文件是空的', prepare: async (path) => writeFileSync(path, '') },
  {
    name: 'empty-sqlite',
    heading: '数据文件是空的',
    async prepare(path) {
      writeFileSync(path, '');
      await exec(path, 'create table t (x); drop table t; vacuum;');
    },
  },
  {
    name: 'too-new-migration-table',
    heading: '数据文件来自更新版本的软件',
    prepare: (path) => exec(path, "insert into schema_migration (version, name, applied_at) values (999, 'future', 'x'); pragma journal_mode = delete;"),
  },
  {
    name: 'too-new-user-version',
    heading: '数据文件来自更新版本的软件',
    prepare: (path) => exec(path, 'pragma user_version = 999; pragma journal_mode = delete;'),
  },
];

for (const c of cases) {
  test(`启动时文件不被接受（${c.name}）：显示恢复页面，文件和 -wal 一字节不变`, async ({ page }) => {
    const path = await goodFile();
    await c.prepare(path);
    const errors: string[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    await expectStartScreen(page, path, c.heading, `startup-${c.name}`);
    expect(errors).toEqual([]);
  });
}

test('0 字节的数据文件：恢复页面列出完好的备份，恢复后正常使用', async ({ page }) => {
  const path = await goodFile();
  writeFileSync(path, '');
  harness = await startHarness({ dbPath: path, rendererDir: process.env.FULIAN_RENDERER_DIR });
  await page.goto(`${harness.url}#/`);
  const screen = page.getByTestId('startup-problem');
  await expect(screen.getByRole('heading', { name: '数据文件是空的' })).toBeVisible();
  await expect(screen).toContainText('幸福里社区妇联');
  await screen.getByRole('button', { name: '从最近的备份恢复' }).click();
  await page.getByRole('button', { name: '确定恢复' }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
});
