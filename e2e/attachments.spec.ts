import { readFileSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../db/open';
import { upsertBranchInfo } from '../db/settings/queries';
import type { AppContext } from '../core/context';
import { sampleExe, samplePdf } from '../core/attachments/test-files';
import { createFixtureMeeting } from '../core/meetings/fixture';
import { expect, test } from './fixtures';

/** Writes to the harness's database file before the page loads. */
async function withDb(dbPath: string, seed: (ctx: AppContext) => Promise<void>) {
  const opened = await openDatabase(dbPath);
  try {
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date() };
    await upsertBranchInfo(opened.db, { name: '幸福里社区妇联', street: '城关街道', fondsCode: '', contact: '', phone: '' }, new Date().toISOString());
    await seed(ctx);
  } finally {
    await opened.close();
  }
}

test('会议记录添加附件：列出、打开（下载）、改名的程序被拒绝；定稿后附件只读', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureMeeting(ctx));
  });
  const pdf = samplePdf('District notice');
  const pdfPath = test.info().outputPath('区妇联通知.pdf');
  writeFileSync(pdfPath, pdf);
  const fakePath = test.info().outputPath('会议通知.pdf');
  writeFileSync(fakePath, sampleExe());

  await app.open(`/meetings/${id}`);
  const card = page.getByTestId('attachments-card');
  await expect(card).toContainText('尚无附件');
  await card.locator('input[type=file]').setInputFiles(pdfPath);
  await expect(page.getByText('已添加附件“区妇联通知.pdf”')).toBeVisible();
  const row = card.getByRole('row', { name: /区妇联通知\.pdf/ });
  await expect(row).toContainText('PDF 文件');
  await expect(row).toContainText('1 KB');

  // A program renamed .pdf: refused by content, the reason on screen, nothing listed.
  await card.locator('input[type=file]').setInputFiles(fakePath);
  await expect(page.getByTestId('attachment-error')).toContainText('文件“会议通知.pdf”的内容不是 PDF、Word 文档或 JPG/PNG 图片（看起来是程序文件）');
  await expect(card.getByRole('row')).toHaveCount(2); // header + the PDF
  await card.locator('.ant-alert-close-icon').click();
  await page.screenshot({ path: test.info().outputPath('meeting-attachments.png'), fullPage: true });

  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: '打开区妇联通知.pdf' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('区妇联通知.pdf');
  expect(readFileSync(await file.path())).toEqual(pdf);

  await page.getByRole('button', { name: /^定\s?稿$/ }).click();
  await page.getByRole('button', { name: '确认定稿' }).click();
  await expect(page.getByText(/本记录已于 .* 定稿并锁定/)).toBeVisible();
  await expect(card).toContainText('本记录已定稿，附件只能查看和打开，不能再添加或删除。');
  await expect(card.getByRole('button', { name: '添加附件' })).toHaveCount(0);
  await expect(card.locator('input[type=file]')).toHaveCount(0);
  await expect(card.getByRole('button', { name: '删除区妇联通知.pdf' })).toHaveCount(0);
  // The attendance card is read-only too.
  await expect(page.getByLabel('刘芳的出席情况')).toHaveCount(0);
  const again = page.waitForEvent('download');
  await card.getByRole('button', { name: '打开区妇联通知.pdf' }).click();
  expect(readFileSync(await (await again).path())).toEqual(pdf);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('meeting-attachments-locked.png') });
});
