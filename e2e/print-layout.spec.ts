/**
 * The printed 统计表 and 会议记录 read back from the PDF: the statistics carry every table
 * the screen shows (民族（分民族） too) with no page left holding only the signature line;
 * the 更正 table and 行动事项 never break a date or a short heading across lines.
 */
import { execFileSync } from 'node:child_process';
import { createFixtureMeeting } from '../core/meetings/fixture';
import { addMeetingCorrection, finalizeMeeting } from '../core/meetings/service';
import { seedDemoMembers } from '../core/members/demo-seed';
import type { MemberStats } from '../core/members/stats';
import { withDb } from './db';
import { expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

const pageText = (pdf: string, n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), pdf, '-'], { encoding: 'utf8' });
const squeeze = (text: string) => text.replace(/[ \t]+/g, ' ');

test('统计表（2,600人）：打印与页面的表格相同，含民族（分民族）；最后一页不只剩填表人一行', async ({ app }) => {
  const { page } = app;
  await withDb(app.harness.dbPath, async (ctx) => void (await seedDemoMembers(ctx, 2600, 7)));
  await app.open('/members/stats');
  await expect(page.getByTestId('stats-table-民族（分民族）')).toBeVisible();
  const screenTables = await page.locator('[data-testid^="stats-table-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('stats-table-'.length)));
  expect(screenTables).toContain('民族（分民族）');
  const stats = await page.evaluate(() => window.api!.members.stats({}).then((a) => (a.ok ? a.value : null))) as MemberStats | null;
  expect(stats).not.toBeNull();

  const pdf = await printToPdf(page, `/print/members-stats?asOf=${stats!.asOf}`, test.info().outputPath('stats-2600.pdf'));
  pdfToPng(pdf.path, test.info().outputPath('stats-2600'));
  const text = squeeze(pdf.text);
  // Every table of the screen is on paper, under its own heading.
  for (const title of screenTables) expect(text, `打印中缺少“${title}”表`).toMatch(new RegExp(`[一二三四五六七八九十]+、${title.replace(/[()（）]/g, '.')}`));
  expect(text).toContain('、分片区情况');
  // The 民族（分民族） table lists each group the screen lists, with the same figures.
  const groups = text.slice(text.indexOf('民族（分民族）'));
  for (const row of stats!.ethnicGroups.rows) expect(groups).toContain(`${row.label} ${row.count} ${row.denominator} ${row.percent}`);

  // The last page carries a table and the notes with the signature, never the signature alone.
  const last = squeeze(pageText(pdf.path, pdf.pages));
  expect(last).toContain('填表人');
  expect(last).toContain('统计口径');
  expect(last).toContain('合计');
});

test('会议记录打印：更正表的表头和日期、行动事项的完成时限都不折行', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureMeeting(ctx));
    await finalizeMeeting(ctx, id);
    const long = '第二项议题中关于困难妇女冬季走访慰问名单的表述有误，应为“李桂兰负责东区、张丽负责西区，2026-12-05前报社区妇联汇总”，其余不变';
    await addMeetingCorrection(ctx, id, { what: long, why: '会后核对签到表和走访分工表时发现记录有误，经主持人确认后更正', by: '欧阳秀英', on: '2026-12-01' });
    await addMeetingCorrection(ctx, id, { what: '散会时间应为11时40分', why: '笔误', by: '张丽', on: '2026-12-02' });
  });
  await app.open('/meetings');
  const pdf = await printToPdf(page, `/print/meeting?id=${id}`, test.info().outputPath('meeting.pdf'));
  pdfToPng(pdf.path, test.info().outputPath('meeting'));
  const lines = pdf.text.split('\n');

  // The heading row reads whole on one line: no “序/号”, “更正/日期”, “更正/人”.
  expect(lines.some((l) => /序号\s+更正日期\s+更正内容\s+更正原因\s+更正人/.test(l))).toBe(true);
  // Each date sits whole on its line: 2026-12-01 with the 序号 and 更正人 of its row.
  expect(lines.some((l) => /^\s*1\s+2026-12-01\s+.*欧阳秀英/.test(l))).toBe(true);
  expect(lines.some((l) => /^\s*2\s+2026-12-02\s+.*张丽/.test(l))).toBe(true);
  expect(pdf.text).toContain('2026-12-05前报社区妇联汇总'.slice(0, 10));
  expect(pdf.text).not.toMatch(/\d{4}-\d{1,2}-?\s*\n/); // no date cut at a line end
  // 行动事项: each 完成时限 whole.
  for (const due of ['2026-12-05', '2026-11-25', '2026-11-22']) expect(squeeze(pdf.text)).toContain(`完成时限：${due}`);
});

test('打印窗口只加载打印所需的脚本（不含 antd、ECharts 和各页面），工具栏按钮照常可用', async ({ app, page }) => {
  await withDb(app.harness.dbPath, async (ctx) => void (await createFixtureMeeting(ctx)));
  const scripts: Array<{ url: string; bytes: number }> = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') void r.body().then((b) => scripts.push({ url: r.url(), bytes: b.length }));
  });
  await page.goto(`${app.harness.url}#/print/meeting?id=1`);
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await page.waitForLoadState('networkidle');
  const names = scripts.map((s) => new URL(s.url).pathname);
  expect(names.some((n) => /\/assets\/PrintRoute-/.test(n))).toBe(true);
  expect(names.filter((n) => /AppRoot|StatsPage/.test(n))).toEqual([]);
  const kb = scripts.reduce((sum, s) => sum + s.bytes, 0) / 1024;
  expect(kb, `打印窗口加载了 ${Math.round(kb)} KB 脚本`).toBeLessThan(600);
  expect(await page.evaluate(() => document.querySelector('[class^="ant-"], [class*=" ant-"]'))).toBeNull();
  for (const name of ['打印', '导出PDF', '返回']) await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
  await page.screenshot({ path: test.info().outputPath('meeting-print-preview.png') });

  // 返回 from a print opened in the app goes back to the app, which loads its own chunk then.
  await app.open('/meetings');
  await page.locator('a', { hasText: /^打印$/ }).first().click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page).toHaveURL(/#\/meetings$/);
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
});
