/**
 * Issue 14 (档案台账) in Chromium: finalize a meeting, file it (PDF snapshot), see its
 * 档号, put it in a box, print the 归档文件目录 and the 归档章 labels (read back: the
 * text with pdftotext, the label's true size measured in the printed page), export
 * the BagIt package and verify it in the app; a 只读 operator sees no write button.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { createManualItem } from '../core/archive/items';
import { manualItemSchema } from '../core/archive/schema';
import { samplePdf, samplePng } from '../core/attachments/test-files';
import type { AppContext } from '../core/context';
import { createFixtureMeeting, fixtureMeetingInput } from '../core/meetings/fixture';
import { createMeeting, finalizeMeeting } from '../core/meetings/service';
import { saveOperator, setOperatorPassword } from '../core/operators/service';
import { upsertBranchInfo } from '../db/settings/queries';
import { withDb } from './db';
import { dialogOpened, expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

/** Where the screenshots for the closing note go (FULIAN_SHOTS_DIR), else the test's output folder. */
const shot = (name: string) => (process.env.FULIAN_SHOTS_DIR ? `${process.env.FULIAN_SHOTS_DIR}/${name}` : test.info().outputPath(name));

const YEAR = 2026;

async function branchWithFonds(ctx: AppContext) {
  await upsertBranchInfo(ctx.db, { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '', phone: '' }, new Date().toISOString());
}

/** Paper documents of the year (D10, so the meeting's D30 category starts at 0001). */
async function paperItems(ctx: AppContext) {
  const paper = (title: string, date: string, extra: Record<string, unknown> = {}) =>
    createManualItem(ctx, manualItemSchema.parse({ docKind: '上级来文', year: YEAR, retention: 'D10', title, responsible: '区妇联', docNumber: '区妇字〔2026〕12号', date, pages: 3, ...extra }));
  await paper('关于开展2026年“三八”国际妇女节系列活动的通知', '2026-02-20');
  await paper('关于做好困难妇女冬季走访慰问工作的通知', '2026-11-02', { docNumber: '区妇字〔2026〕31号' });
  await paper('社区妇联2026年工作计划', '2026-01-15', { docKind: '计划', responsible: '幸福里社区妇联', docNumber: '', pages: null });
}

/**
 * The first printed label's outer size in mm, measured in the page as the printer
 * gets it: page 1 rasterized at 254 dpi (10 px per mm), the first dark row is the
 * top frame of the first label; along it the frame's run is the width, down its
 * left edge the run is the height.
 */
function firstLabelBox(pdfPath: string, prefix: string) {
  execFileSync('pdftoppm', ['-r', '254', '-gray', '-f', '1', '-l', '1', pdfPath, prefix]);
  const file = readdirSync(join(prefix, '..')).find((f) => f.startsWith(prefix.split('/').pop()!) && f.endsWith('.pgm'))!;
  const data = readFileSync(join(prefix, '..', file));
  // P5 header: "P5\n<w> <h>\n255\n"
  const header = data.subarray(0, 40).toString('latin1').split(/\s+/);
  const [width, height] = [Number(header[1]), Number(header[2])];
  const offset = data.indexOf(0x0a, data.indexOf(0x0a, data.indexOf(0x0a) + 1) + 1) + 1;
  const dark = (x: number, y: number) => data[offset + y * width + x]! < 128;
  let top = 0;
  while (top < height && ![...Array(width).keys()].some((x) => dark(x, top))) top++;
  let left = 0;
  while (!dark(left, top)) left++;
  let right = left;
  while (dark(right + 1, top)) right++;
  let bottom = top;
  while (dark(left + 1, bottom + 1)) bottom++;
  const mm = (px: number) => px / 10;
  return { left: mm(left), top: mm(top), width: mm(right - left + 1), height: mm(bottom - top + 1), pageWidth: mm(width), pageHeight: mm(height) };
}

test('定稿一份会议记录并归档，看到档号，装盒，打印目录和归档章（实际尺寸），导出档案包并在软件中校验', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  let meetingId = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    await branchWithFonds(ctx);
    ({ id: meetingId } = await createFixtureMeeting(ctx));
    await paperItems(ctx);
  });

  // 1. 定稿 in the UI; the 归档 button appears only then.
  await app.open(`/meetings/${meetingId}`);
  await expect(page.getByRole('button', { name: /(^|\s)归\s?档$/ })).toHaveCount(0);
  await page.getByRole('button', { name: /^定\s?稿$/ }).click();
  await page.getByRole('button', { name: '确认定稿' }).click();
  await expect(page.getByTestId('record-locked')).toBeVisible();

  // 2. 归档: the dialog shows 题名, 日期, the default 保管期限 (a routine meeting: D30).
  await page.getByRole('button', { name: /(^|\s)归\s?档$/ }).click();
  const dialog = page.getByRole('dialog', { name: '归档这份记录' });
  await dialogOpened(page);
  await expect(dialog).toContainText('第四季度执委会议记录');
  await expect(dialog).toContainText('2026-11-20');
  await expect(dialog).toContainText('幸福里社区妇联');
  await expect(dialog.getByLabel('保管期限').locator('..')).toContainText('定期30年（D30）');
  await page.screenshot({ path: test.info().outputPath('file-dialog.png') });
  await dialog.getByRole('button', { name: '确认归档' }).click();
  const code = `0194-WS\u00b7${YEAR}-D30-0001`;
  await expect(page.getByText(`已归档，档号 ${code}`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('filed-as')).toHaveText(`档号 ${code}`);
  await expect(page.getByRole('button', { name: /(^|\s)归\s?档$/ })).toHaveCount(0);

  // 3. The 档号 opens the item; the item opens its source; the snapshot is its attachment with 页数 from it.
  await page.getByTestId('filed-as').click();
  await expect(page.getByTestId('item-code')).toContainText(code);
  await expect(page.getByTestId('attachments-card')).toContainText('.pdf');
  await expect(page.getByLabel('页数')).not.toHaveValue('');
  await page.screenshot({ path: test.info().outputPath('item.png'), fullPage: true });
  await page.getByRole('button', { name: '打开来源记录' }).click();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${meetingId}$`));
  await expect(page.getByTestId('filed-as')).toBeVisible();

  // A 更正 after filing flags the item; 重新生成快照 clears it and keeps the 档号.
  await page.getByLabel('更正内容').fill('出席人员漏记赵敏');
  await page.getByLabel('更正原因').fill('核对签到表发现');
  await page.getByLabel('更正人').fill('张丽');
  await page.getByRole('button', { name: '添加更正' }).click();
  await expect(page.getByTestId('correction')).toContainText('出席人员漏记赵敏');
  await page.reload();
  await expect(page.getByTestId('source-corrected')).toHaveText('归档后有更正');
  await page.getByTestId('filed-as').click();
  await expect(page.getByTestId('corrected-after-filing')).toContainText('归档后有更正');
  await page.getByRole('button', { name: '重新生成快照' }).click();
  await expect(page.getByText(`已重新生成快照，档号 ${code} 不变`)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('corrected-after-filing')).toHaveCount(0);
  await expect(page.getByTestId('item-code')).toContainText(code);
  await page.getByRole('button', { name: '打开来源记录' }).click();
  await expect(page.getByTestId('filed-as')).toHaveText(`档号 ${code}`);
  await expect(page.getByTestId('source-corrected')).toHaveCount(0);

  // 4. A box of the year's D30 files; the meeting goes in.
  await app.open(`/archive/boxes?year=${YEAR}`);
  await page.getByRole('button', { name: '新建档案盒' }).click();
  await dialogOpened(page);
  await page.getByRole('dialog').getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText(`已新建${YEAR}年 D30 第 1 盒`)).toBeVisible();
  const box = page.getByTestId('box-1');
  await box.getByLabel('装入的档案').click();
  await page.locator('.ant-select-item-option', { hasText: code }).click();
  await page.keyboard.press('Escape');
  await box.getByRole('button', { name: '装入此盒' }).click();
  await expect(page.getByText('已装入1件')).toBeVisible();
  await expect(box.getByRole('cell', { name: code })).toBeVisible();
  await expect(page.getByTestId('archive-boxes').getByRole('row', { name: /D30 第 1 盒/ })).toContainText('0001—0001');
  await page.screenshot({ path: test.info().outputPath('boxes.png') });

  // 5. The list: search over 档号 and 题名, the 盒号 shown.
  await app.open(`/archive?year=${YEAR}`);
  const list = page.getByTestId('archive-items');

  // A D10 paper document does not go into the D30 box: refused, naming it; nothing moves.
  await list.getByRole('row', { name: /D10-0001/ }).getByRole('checkbox').check();
  await page.getByRole('button', { name: /^装盒/ }).click();
  await dialogOpened(page);
  await page.getByLabel('装入的档案盒').click();
  await page.locator('.ant-select-item-option', { hasText: `${YEAR}年 D30 第 1 盒` }).click();
  await page.getByRole('dialog').getByRole('button', { name: /^装\s?入$/ }).click();
  await expect(page.getByTestId('box-error')).toContainText(`0194-WS\u00b7${YEAR}-D10-0001`);
  await expect(page.getByTestId('box-error')).toContainText('不能混装');
  await page.getByRole('dialog').getByRole('button', { name: /^取\s?消$/ }).click();

  // 作废 keeps the number: the item stays in the list and the 目录, marked 作废.
  await list.getByText(`0194-WS\u00b7${YEAR}-D10-0003`).click();
  await page.getByRole('button', { name: /^作\s?废$/ }).click();
  await dialogOpened(page);
  await expect(page.getByRole('dialog')).toContainText('作废后档号保留');
  await page.getByLabel('作废原因').fill('重复登记');
  await page.getByRole('button', { name: '确认作废' }).click();
  await expect(page.getByText(`档案 0194-WS\u00b7${YEAR}-D10-0003 已作废，档号保留`)).toBeVisible();
  await expect(page.getByRole('button', { name: /^保\s?存$/ })).toHaveCount(0);
  await page.getByRole('button', { name: '返回列表' }).click();
  await expect(list.getByRole('row', { name: /D10-0003/ })).toContainText('作废');
  await expect(list.getByRole('row')).toHaveCount(5);
  await expect(list.getByRole('row', { name: new RegExp(code) })).toContainText('第四季度执委会议记录');
  await page.getByLabel('搜索档案').fill('冬季走访');
  await page.getByLabel('搜索档案').press('Enter');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText('关于做好困难妇女冬季走访慰问工作的通知');
  await page.getByLabel('搜索档案').fill('D30-0001');
  await page.getByLabel('搜索档案').press('Enter');
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list).toContainText(code);
  await page.getByLabel('搜索档案').fill('');
  await page.getByLabel('搜索档案').press('Enter');
  await expect(list.getByRole('row')).toHaveCount(5);
  await page.screenshot({ path: shot('14-items.png') });

  // 6. The 归档文件目录, read back.
  await page.getByRole('button', { name: '打印归档文件目录' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const catalog = await printToPdf(page, `/print/archive-catalog?year=${YEAR}`, test.info().outputPath('目录.pdf'));
  const text = catalog.text.replace(/ +/g, ' ');
  expect(execFileSync('pdfinfo', [catalog.path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/);
  expect(text).toContain('归档文件目录');
  for (const cell of ['全 宗 号', '0194', '幸福里社区妇联', '定期30年（D30）', '定期10年（D10）']) expect(text).toContain(cell);
  expect(text).toMatch(/序号 档号 文号 责任者 题名 日期 密级 页数 备注/);
  expect(text).toContain(code);
  expect(text).toContain('第四季度执委会议记录');
  expect(text).toContain('20261120');
  expect(text).toContain(`0194-WS\u00b7${YEAR}-D10-0002`);
  expect(text).toContain('区妇字〔2026〕31号');
  expect(text).toMatch(new RegExp(`0194-WS\u00b7${YEAR}-D10-0003 .*作废；重复`)); // 备注 wraps the reason
  pdfToPng(catalog.path, test.info().outputPath('catalog'));
  // The last page: the D10 part's table, the fullest one here.
  const pngs = readdirSync(test.info().outputPath()).filter((f) => /^catalog-\d+\.png$/.test(f)).sort();
  expect(pngs).toHaveLength(catalog.pages);
  copyFileSync(test.info().outputPath(pngs.at(-1)!), shot('14-catalog.png'));

  // 7. 归档章 labels: A4 portrait sheets, each label 45 × 16 mm as printed; the offset moves them.
  const labels = await printToPdf(page, `/print/archive-stamps?year=${YEAR}`, test.info().outputPath('归档章.pdf'));
  expect(execFileSync('pdfinfo', [labels.path], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(labels.pages).toBe(1);
  expect(labels.text).toMatch(/0194\s+2026\s+0001/);
  expect(labels.text, '作废的档案不打印归档章').not.toContain('0003');
  expect(labels.text).toContain('D30');
  const measured = firstLabelBox(labels.path, test.info().outputPath('label'));
  expect(Math.abs(measured.width - 45), `归档章宽 ${measured.width} mm`).toBeLessThanOrEqual(0.5);
  expect(Math.abs(measured.height - 16), `归档章高 ${measured.height} mm`).toBeLessThanOrEqual(0.5);
  const shifted = await printToPdf(page, `/print/archive-stamps?year=${YEAR}&dx=5&dy=-3`, test.info().outputPath('归档章-偏移.pdf'));
  const moved = firstLabelBox(shifted.path, test.info().outputPath('label-moved'));
  expect(Math.abs(moved.left - measured.left - 5), '向右偏移 5 mm').toBeLessThanOrEqual(0.3);
  expect(Math.abs(moved.top - measured.top + 3), '向上偏移 3 mm').toBeLessThanOrEqual(0.3);
  expect(Math.abs(moved.width - 45)).toBeLessThanOrEqual(0.5);
  // The offset remembered for this printer applies to every later sheet.
  await app.open(`/archive?year=${YEAR}`);
  await page.getByRole('button', { name: '打印本年度归档章' }).click();
  await dialogOpened(page);
  await page.getByLabel('向右偏移').fill('2');
  await page.getByText('记住这个偏移').click();
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const remembered = await printToPdf(page, `/print/archive-stamps?year=${YEAR}`, test.info().outputPath('归档章-记住偏移.pdf'));
  const stored = firstLabelBox(remembered.path, test.info().outputPath('label-stored'));
  expect(Math.abs(stored.left - measured.left - 2), '记住的偏移 2 mm').toBeLessThanOrEqual(0.3);
  pdfToPng(labels.path, test.info().outputPath('labels'));
  copyFileSync(test.info().outputPath('labels-1.png'), shot('14-labels.png'));

  // 盒脊 (20 mm spine: a strip 20 mm wide) and 备考表 of the box.
  const spines = await printToPdf(page, `/print/archive-spines?year=${YEAR}&width=20`, test.info().outputPath('盒脊.pdf'));
  expect(spines.text.replace(/\s+/g, ' ')).toMatch(/全宗号 0194 年度 2026 保管期限 D30 起止件号 0001 至 0001 盒号 1/);
  const strip = firstLabelBox(spines.path, test.info().outputPath('spine'));
  expect(Math.abs(strip.width - 20), `盒脊宽 ${strip.width} mm`).toBeLessThanOrEqual(0.5);
  const notes = await printToPdf(page, `/print/archive-box-notes?year=${YEAR}`, test.info().outputPath('备考表.pdf'));
  expect(notes.pages).toBe(1);
  for (const cell of ['备考表', '盒内文件情况说明', '整理人', '整理日期', '检查人', '检查日期', `${YEAR}年 D30 第 1 盒`, '共1件']) expect(notes.text.replace(/ +/g, '')).toContain(cell.replace(/ +/g, ''));

  // 8. The package, with progress, then 校验档案包 in the app.
  const outDir = test.info().outputPath('U盘');
  await app.open(`/archive/package?year=${YEAR}`);
  await page.getByLabel('保存到文件夹').fill(outDir);
  await page.getByRole('button', { name: '导出档案包' }).click();
  await expect(page.getByTestId('export-done')).toContainText('档案包已生成', { timeout: 60_000 });
  await expect(page.getByTestId('export-done')).toContainText('共 4 件档案');
  await expect(page.getByTestId('export-progress')).toContainText('完成');
  await page.getByRole('button', { name: '校验档案包' }).click();
  await expect(page.getByTestId('verify-summary')).toContainText('档案包完好');

  // An altered PDF is found and named.
  const bagDir = (await page.getByLabel('档案包文件夹').inputValue()).trim();
  const pdf = join(bagDir, 'data', readdirSync(join(bagDir, 'data')).find((f) => f.startsWith(code) && f.endsWith('.pdf'))!);
  writeFileSync(pdf, Buffer.concat([readFileSync(pdf), Buffer.from('\n% altered')]));
  await page.getByRole('button', { name: '校验档案包' }).click();
  await expect(page.getByTestId('verify-summary')).toContainText('已改动 1');
  await expect(page.getByTestId('verify-files').getByRole('row', { name: new RegExp(code) })).toContainText('已改动');
  await page.screenshot({ path: test.info().outputPath('package.png'), fullPage: true });
});

test('年度检查列出未归档、草稿、缺页数、未装盒，每一条都能打开对应的记录', async ({ app }) => {
  const { page } = app;
  let draftId = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    await branchWithFonds(ctx);
    const input = await fixtureMeetingInput(ctx);
    ({ id: draftId } = await createMeeting(ctx, { ...input, title: '十二月执委会议', date: '2026-12-01' }));
    await finalizeMeeting(ctx, (await createMeeting(ctx, input)).id);
    await paperItems(ctx);
  });
  await app.open(`/archive/check?year=${YEAR}`);
  await expect(page.getByTestId('check-summary')).toContainText(`${YEAR}年共3件，发现`);
  await expect(page.getByTestId('check-unfiled')).toContainText('会议记录《第四季度执委会议》（2026-11-20）已定稿，尚未归档');
  await expect(page.getByTestId('check-draft')).toContainText('十二月执委会议');
  await expect(page.getByTestId('check-no-pages')).toContainText(`0194-WS\u00b7${YEAR}-D10-0003`);
  await expect(page.getByTestId('check-not-boxed')).toContainText('还没有装盒');
  await page.screenshot({ path: shot('14-check.png'), fullPage: true });

  await page.getByTestId('check-draft').getByText('去处理').click();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${draftId}$`));
  await page.goBack();
  await page.getByTestId('check-no-pages').getByText('去处理').click();
  await expect(page.getByTestId('item-code')).toContainText(`0194-WS\u00b7${YEAR}-D10-0003`);
});

test('分类设置（机构代码、默认保管期限）；新增纸质文件并添加扫描件，内容与扩展名不符的被拒绝', async ({ app }) => {
  const { page } = app;
  // Filed before the archive assigned a 全宗号 (□□□□), then the 全宗号 arrives.
  await withDb(app.harness.dbPath, async (ctx) => {
    await createManualItem(ctx, manualItemSchema.parse({ docKind: '总结', year: YEAR, retention: 'D10', title: '2025年妇联工作总结', responsible: '幸福里社区妇联', date: '2026-01-10', pages: 4 }));
    await branchWithFonds(ctx);
  });
  await app.open('/archive/settings');
  await page.getByRole('button', { name: '补填档号中缺的全宗号' }).click();
  await expect(page.getByText('已把 1 件档案档号中的□□□□补为 0194')).toBeVisible();
  await page.getByLabel('机构代码').fill('bgs');
  await page.getByLabel('机构名称').fill('办公室');
  await page.getByRole('button', { name: /^添\s?加$/ }).click();
  await expect(page.getByText('已添加 BGS 办公室')).toBeVisible();
  await page.getByLabel('纸质文件：通知的保管期限').click();
  await page.locator('.ant-select-item-option', { hasText: '定期30年（D30）' }).filter({ visible: true }).click();
  await expect(page.getByText('纸质文件：通知的默认保管期限已改为 D30')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('settings.png'), fullPage: true });
  await page.reload();
  await expect(page.getByRole('cell', { name: '办公室' })).toBeVisible();
  await expect(page.getByLabel('纸质文件：通知的保管期限').locator('..')).toContainText('定期30年（D30）');

  await app.open(`/archive?year=${YEAR}`);
  await page.getByRole('button', { name: '新增纸质文件' }).click();
  const dialog = page.getByRole('dialog', { name: '新增纸质文件' });
  await dialogOpened(page);
  await expect(dialog.getByLabel('保管期限').locator('..')).toContainText('定期30年（D30）');
  await dialog.getByLabel('题名', { exact: true }).fill('关于召开2026年度妇女代表大会的通知');
  await dialog.getByLabel('文号').fill('幸福里妇字〔2026〕3号');
  await dialog.getByLabel('页数').fill('2');
  await dialog.getByRole('button', { name: '登记并给出档号' }).click();
  await expect(page.getByTestId('item-code')).toContainText(`0194-WS\u00b7${YEAR}-D30-0001`);
  await expect(page.getByText('纸质文件（通知）')).toBeVisible();

  const scan = test.info().outputPath('通知扫描件.png');
  writeFileSync(scan, samplePng());
  const upload = page.getByTestId('attachments-card').locator('input[type=file]');
  await upload.setInputFiles(scan);
  await expect(page.getByText('已添加附件“通知扫描件.png”')).toBeVisible();
  const fake = test.info().outputPath('假扫描件.png');
  writeFileSync(fake, samplePdf('not a picture'));
  await upload.setInputFiles(fake);
  await expect(page.getByTestId('attachments-card')).toContainText('与文件扩展名“.png”不符');
  await expect(page.getByTestId('attachments-card').getByRole('row')).toHaveCount(2);
});

async function signIn(page: Page, name: string) {
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
  await page.getByLabel('选择操作员').getByText(name).click();
  await page.getByRole('button', { name: /^进\s?入$/ }).click();
  await expect(page.getByTestId('session-control')).toContainText(name);
}

test('只读操作员看得到档案台账，但没有归档、新增、装盒、作废、保存等按钮', async ({ app }) => {
  const { page } = app;
  let meetingId = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    await branchWithFonds(ctx);
    ({ id: meetingId } = await createFixtureMeeting(ctx));
    await finalizeMeeting(ctx, meetingId);
    await paperItems(ctx);
    const wang = await saveOperator(ctx, { name: '王主席', role: '管理员' });
    await setOperatorPassword(ctx, wang.id, '1234');
    await saveOperator(ctx, { name: '赵只读', role: '只读' });
  });
  await page.goto(`${app.harness.url}#/archive?year=${YEAR}`);
  await signIn(page, '赵只读');
  await expect(page.getByRole('menuitem', { name: '档案包' })).toHaveCount(0);
  const list = page.getByTestId('archive-items');
  await expect(list.getByRole('row')).toHaveCount(4);
  for (const name of [/新增纸质文件/, /^装盒/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '打印归档文件目录' })).toBeVisible();

  await list.getByText(`0194-WS\u00b7${YEAR}-D10-0001`).click();
  await expect(page.getByTestId('item-code')).toBeVisible();
  for (const name of [/^保\s?存$/, /^作\s?废$/, /添加附件/]) await expect(page.getByRole('button', { name }), String(name)).toHaveCount(0);
  await expect(page.getByLabel('题名', { exact: true })).toBeDisabled();
  await expect(page.getByRole('button', { name: '打印归档章' })).toBeVisible();

  await page.goto(`${app.harness.url}#/meetings/${meetingId}`);
  await expect(page.getByTestId('record-locked')).toBeVisible();
  await expect(page.getByRole('button', { name: /(^|\s)归\s?档$/ })).toHaveCount(0);

  await page.goto(`${app.harness.url}#/archive/boxes?year=${YEAR}`);
  await expect(page.getByRole('button', { name: '新建档案盒' })).toHaveCount(0);
  await page.goto(`${app.harness.url}#/archive/settings`);
  await expect(page.getByLabel('机构代码')).toHaveCount(0);
  await expect(page.getByLabel('分类方案').getByRole('radio').first()).toBeDisabled();
});
