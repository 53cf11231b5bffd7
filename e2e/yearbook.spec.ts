/**
 * 年度工作台账 in the browser: open the page, choose the year, the preview cards show
 * every part with its figures; 打印预览 counts the 目录's page numbers (the harness's
 * PDF service) and shows the cover, the 目录 and every part; the page exports the .xlsx.
 * No 身份证号 or mobile on the screen or in the printout (the fixture plants them).
 */
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { PLANTED_ID, PLANTED_PHONES, seedYearbookFixture } from '../core/yearbook/fixture';
import { partHeading, YEARBOOK_PARTS } from '../core/yearbook/parts';
import { withDb } from './db';
import { expect, test } from './fixtures';
import { printToPdf } from './print';

const shot = (name: string) => (process.env.FULIAN_SHOTS_DIR ? `${process.env.FULIAN_SHOTS_DIR}/${name}` : test.info().outputPath(name));
const ID_RUN = /(?<![0-9])\d{17}[\dXx](?![0-9Xx])/;
const MOBILE_RUN = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;

function expectNothingPersonal(text: string) {
  expect(ID_RUN.exec(text)?.[0]).toBeUndefined();
  expect(MOBILE_RUN.exec(text)?.[0]).toBeUndefined();
  for (const planted of [PLANTED_ID, ...PLANTED_PHONES]) expect(text).not.toContain(planted);
}

test('年度工作台账：选年度，预览六个部分，打印预览有封面、带页码的目录和各部分，导出 Excel（无身份证号和手机号）', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await withDb(app.harness.dbPath, async (ctx) => {
    await seedYearbookFixture(ctx);
  });
  await app.open('/');
  await page.getByRole('menuitem', { name: '年度工作台账' }).click();
  await expect(page.getByRole('heading', { name: '年度工作台账' })).toBeVisible();

  // Another year first: the parts are there, empty.
  const year = page.getByLabel('年度');
  await year.click();
  await page.locator('.ant-select-item-option', { hasText: '2025年' }).click();
  const parts = page.getByTestId('yearbook-parts');
  await expect(parts.locator('[data-part="meetings"]')).toContainText('0次');
  await year.click();
  await page.locator('.ant-select-item-option', { hasText: '2026年' }).click();
  for (const [i] of YEARBOOK_PARTS.entries()) await expect(parts).toContainText(partHeading(i));
  await expect(parts.locator('[data-part="branch"]')).toContainText('幸福里社区妇联');
  await expect(parts.locator('[data-part="members"]')).toContainText('6人');
  await expect(parts.locator('[data-part="meetings"]')).toContainText('3次');
  await expect(parts.locator('[data-part="study"]')).toContainText('1次');
  await expect(parts.locator('[data-part="deliberation"]')).toContainText('100.0%');
  await expect(parts.locator('[data-part="archive"]')).toContainText('1件');
  expectNothingPersonal(await page.locator('main, body').first().innerText());
  await page.screenshot({ path: shot('15-yearbook.png') });

  // The .xlsx: one sheet per part.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('2026年度工作台账.xlsx');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((s) => s.name)).toEqual(YEARBOOK_PARTS.map((p) => p.title));

  await page.getByRole('button', { name: '打印预览' }).click();
  const sheet = page.getByTestId('print-sheet');
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 30_000 });
  await expect(page).toHaveURL(/print\/yearbook\?year=2026&pages=3%2C/);
  await expect(sheet.getByTestId('yearbook-cover')).toContainText('2026年度工作台账');
  await expect(sheet.getByTestId('yearbook-toc')).toContainText('一、基本情况第3页');
  for (const [i] of YEARBOOK_PARTS.entries()) await expect(sheet.locator('.yearbook-part h1').nth(i)).toHaveText(partHeading(i));
  await expect(sheet).toContainText('第四季度执委会议');
  expectNothingPersonal(await sheet.innerText());
  await page.screenshot({ path: shot('15-yearbook-preview.png') });

  // What the browser's own print (the harness's 打印 button) gives: the same pages the 目录 counted.
  const printed = await printToPdf(page, new URL(page.url()).hash.slice(1), test.info().outputPath('yearbook.pdf'));
  const tocLine = (i: number) => printed.text.split('\n').find((l) => l.includes(partHeading(i)) && l.includes('页'));
  expect(tocLine(YEARBOOK_PARTS.length - 1)).toContain(`第${printed.pages}页`); // 档案归档, one page, is the last
  expectNothingPersonal(printed.text);
});
