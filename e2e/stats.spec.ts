import { execFileSync } from 'node:child_process';
import { openDatabase } from '../db/open';
import { upsertBranchInfo } from '../db/settings/queries';
import { seedStatsFixture } from '../core/members/stats-fixture';
import { expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

/** The hand-computed roster of core/members/stats-fixture.ts, written before the page loads. */
async function seed(dbPath: string) {
  const opened = await openDatabase(dbPath);
  try {
    await seedStatsFixture({ db: opened.db, dbPath: opened.path, now: () => new Date('2026-11-29T08:00:00+08:00') });
    await upsertBranchInfo(opened.db, { name: '幸福里社区妇联', street: '城关街道', fondsCode: '', contact: '', phone: '' }, new Date().toISOString());
  } finally {
    await opened.close();
  }
}

test('基本情况统计：按统计截止日期统计，表格与打印的数字一致', async ({ app }) => {
  const { page } = app;
  await seed(app.harness.dbPath);
  await app.open('/members/stats');

  // Default date: today (2026-11-29 on this machine's clock, as the core sees it).
  await expect(page.getByTestId('stats-total')).toContainText('14人');
  await expect(page.getByTestId('stats-age45')).toContainText('7人 / 14人 = 50.0%');
  await expect(page.getByText('花名册中有1条男性记录，未计入统计')).toBeVisible();

  // Pick 2026年6月30日 in the date picker, as an officer would type it.
  const picker = page.getByLabel('统计截止日期：');
  await picker.click();
  await picker.fill('2026年6月30日');
  await picker.press('Enter');
  await expect(page.getByTestId('stats-total')).toContainText('13人');
  await expect(page.getByTestId('stats-age45')).toContainText('6人 / 13人 = 46.2%');
  const ageTable = page.getByTestId('stats-table-年龄结构');
  await expect(ageTable.getByRole('row', { name: '其中：45周岁及以上 6 13 46.2' })).toBeVisible();
  await expect(ageTable.getByRole('row', { name: '合计 13 13 100.0' })).toBeVisible();
  await expect(page.getByTestId('stats-table-文化程度').getByRole('row', { name: '未填 2 13 15.4' })).toBeVisible();
  await expect(page.getByTestId('stats-zones').getByRole('row', { name: '未分片区 3 23.1 3 100.0 0 0.0' })).toBeVisible();
  await expect(page.getByTestId('stats-basis')).toContainText('统计口径：截至2026年6月30日在册妇女，共13人');
  await expect(page.locator('canvas')).toHaveCount(3);
  await page.screenshot({ path: test.info().outputPath('stats-page.png'), fullPage: true });

  // 打印统计表 opens the preview for the same date.
  await page.getByRole('button', { name: '打印统计表' }).click();
  await expect(page).toHaveURL(/#\/print\/members-stats\?asOf=2026-06-30$/);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: '妇女基本情况统计表' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('stats-print-preview.png') });

  const pdf = await printToPdf(page, '/print/members-stats?asOf=2026-06-30', test.info().outputPath('stats.pdf'));
  const text = pdf.text.replace(/[ \t]+/g, ' ');
  expect(text).toContain('妇女基本情况统计表');
  expect(text).toContain('单位：幸福里社区妇联');
  expect(text).toContain('统计截止日期：2026年6月30日');
  expect(text).toContain('其中：45周岁及以上 6 13 46.2');
  expect(text).toContain('其中：大专及以上 5 13 38.5');
  expect(text).toContain('东区 5 38.5 2 40.0 2 40.0');
  expect(text).toMatch(/统计口径：截至2026年6月30日在册妇女，共13人/);
  expect(text).toContain('填表人');
  expect(text).not.toContain('打印预览'); // the toolbar stays off paper
  expect(pdf.pages).toBeGreaterThanOrEqual(1);
  // A4 portrait: 595 x 842 pt.
  expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  pdfToPng(pdf.path, test.info().outputPath('stats-page'));

  await page.getByRole('button', { name: '返回' }).click();
  await expect(page).toHaveURL(/#\/members\/stats\?asOf=2026-06-30$/);
  await expect(page.getByTestId('stats-total')).toContainText('13人');
});

test('打印路由：未知文档和加载失败都给出中文提示并标记 data-print-error', async ({ app }) => {
  const { page } = app;
  await app.open('/');
  await page.goto(`${app.harness.url}#/print/no-such-doc`);
  await expect(page.getByRole('alert')).toHaveText('无法打印：找不到要打印的文档“no-such-doc”。');
  await expect(page.locator('html')).toHaveAttribute('data-print-error', /找不到要打印的文档/);

  await page.goto(`${app.harness.url}#/print/members-stats?asOf=2099-01-01`);
  await expect(page.getByRole('alert')).toHaveText('无法打印：统计截止日期不能晚于今天');
  await expect(page.locator('html')).not.toHaveAttribute('data-print-ready', 'true');
});
