import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { attachmentsDirFor, sha256Of } from '../core/attachments/files';
import { addAttachment } from '../core/attachments/service';
import { sampleExe, sampleJpg, samplePdf } from '../core/attachments/test-files';
import { createFixtureMeeting } from '../core/meetings/fixture';
import { withDb } from './db';
import { expect, test } from './fixtures';
import { printToPdf } from './print';

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
  // The attendance card is read-only too: every mark shown, none can be changed.
  const marks = page.getByLabel('刘芳的出席情况').getByRole('radio');
  await expect(marks).toHaveCount(4);
  for (const mark of await marks.all()) await expect(mark).toBeDisabled();
  const again = page.waitForEvent('download');
  await card.getByRole('button', { name: '打开区妇联通知.pdf' }).click();
  expect(readFileSync(await (await again).path())).toEqual(pdf);
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('meeting-attachments-locked.png') });

  // The printed record names its attachments (once the toasts are gone: this test prints from the same page).
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  const printed = await printToPdf(page, `/print/meeting?id=${id}`, test.info().outputPath('meeting.pdf'));
  expect(printed.text.replace(/\s+/g, '')).toContain('附件1.区妇联通知.pdf');
});

test('附件文件在磁盘上丢失：列表标“文件缺失”，打开时用中文说明怎么办', async ({ app }) => {
  const { page } = app;
  let id = 0;
  const jpg = sampleJpg();
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureMeeting(ctx));
    await addAttachment(ctx, { owner: { type: 'meeting', id }, fileName: '走访照片.jpg', base64: jpg.toString('base64') });
  });
  rmSync(`${attachmentsDirFor(app.harness.dbPath)}/${sha256Of(jpg)}`);
  await app.open(`/meetings/${id}`);
  const card = page.getByTestId('attachments-card');
  await expect(card.getByRole('row', { name: /走访照片\.jpg/ })).toContainText('文件缺失');
  await card.getByRole('button', { name: '打开走访照片.jpg' }).click();
  await expect(page.getByTestId('attachment-error')).toContainText('附件“走访照片.jpg”的文件不见了');
  await expect(page.getByTestId('attachment-error')).toContainText('请从含有附件的备份恢复');
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('attachment-missing.png') });
});
