/**
 * The 年度工作台账 on a fixture across every module (./fixture.ts, figures by hand):
 * the data, the .xlsx read back by exceljs and by LibreOffice (one CSV per sheet), and
 * the PDF rendered by headless Chromium read back with pdftotext — the figures there,
 * the 目录's page numbers true, and no 18-character ID nor 11-digit mobile anywhere.
 * The PDF tests need the built renderer (npx vite build).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../db/test-helpers';
import { openAppLike } from '../audit/testing';
import { createInProcessPdfRenderer } from '../platform/pdf-in-process';
import { builtRendererDir } from '../platform/pdf-test-helpers';
import type { Yearbook } from './build';
import { PLANTED_ID, PLANTED_PHONES, seedYearbookFixture } from './fixture';
import { partHeading, YEARBOOK_PARTS } from './parts';

/** An 18-character ID (X last allowed) or an 11-digit mobile, not part of a longer run of digits. */
const ID_RUN = /(?<![0-9])\d{17}[\dXx](?![0-9Xx])/;
const MOBILE_RUN = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;

function expectNothingPersonal(text: string, where: string) {
  for (const t of [text, text.replace(/[ \t\u3000]+/g, '')]) {
    expect(ID_RUN.exec(t)?.[0], `${where}: 身份证号`).toBeUndefined();
    expect(MOBILE_RUN.exec(t)?.[0], `${where}: 手机号`).toBeUndefined();
    expect(t).not.toContain(PLANTED_ID);
    for (const phone of PLANTED_PHONES) expect(t, where).not.toContain(phone);
  }
}

async function fixture() {
  const a = await openAppLike();
  await seedYearbookFixture(a.ctx);
  return a;
}

describe('年度工作台账: data and .xlsx', () => {
  it('gathers every module for the year with the hand-computed figures, masked', { timeout: 60_000 }, async () => {
    const a = await fixture();
    const y = await a.ok<Yearbook>('yearbook.build', { year: 2026 });
    expect(y.asOf).toBe('2026-11-29');
    expect(y.branch).toEqual({ name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194' });
    expect(y.officers).toEqual([
      { name: '王秀英', role: '妇联主席' },
      { name: '李桂兰', role: '副主席' },
      { name: '张丽', role: '执委' },
      { name: '刘芳', role: '执委' },
    ]);
    expect(y.members.total).toBe(6);
    expect(y.members.age45plus).toMatchObject({ count: 6, denominator: 6, percent: '100.0' });
    expect(y.members.basis.startsWith('统计口径：截至2026年11月29日在册妇女，共6人；')).toBe(true);
    const byType = Object.fromEntries(y.meetings.byType.map((t) => [t.typeName, t.meetings]));
    expect(y.meetings.total).toBe(3);
    expect(byType['执委会议']).toMatchObject([{ date: '2026-11-20', title: '第四季度执委会议', expected: 4, present: 3, rate: '75.0', status: '已定稿' }]);
    expect(byType['工作例会']).toMatchObject([{ date: '2026-03-10', title: '一季度工作例会（联系人137****1234）', rate: '75.0', status: '草稿' }]);
    expect(byType['妇女议事会']).toMatchObject([{ date: '2026-06-18', expected: 0, rate: null }]);
    expect(y.study.summary).toMatchObject({ sessions: 1, makeupsDone: 1, makeupOwed: 0 });
    expect(y.study.sessions).toMatchObject([{ date: '2026-11-18', title: '十一月集中学习', hours: 2, expected: 4, present: 3, rate: '75.0', away: 1, madeUp: 1, owing: 0 }]);
    expect(y.study.makeups).toMatchObject([{ name: '刘芳', attendance: '请假', reason: '照顾住院的母亲，电话139****5678', makeupDate: '2026-11-25' }]);
    expect(y.deliberation.figures.yearly).toMatchObject({ raised: 2, closed: 1, satisfaction: { satisfied: 1, visited: 1, rate: 100 } });
    expect(y.deliberation.items.map((i) => i.title)).toEqual(['小区东门夜间照明不足', '反映136****1234号码骚扰问题']);
    expect(y.archive).toMatchObject({ total: 1, pages: 2, voided: 0 });
    expect(y.archive.rows[0]).toMatchObject({ 题名: '关于开展三八节活动的通知', 页数: 2, 备注: '经办人电话 138****5678，身份证 1****************X' });
    expectNothingPersonal(JSON.stringify(y), 'yearbook.build');
  });

  it('names the officers typed in the wizard or 基本信息 when there are any, instead of the roster', { timeout: 60_000 }, async () => {
    const a = await fixture();
    await a.ok('settings.saveOfficers', { officers: [{ name: '赵敏', role: '执委' }, { name: '孙红', role: '妇联主席' }] });
    expect((await a.ok<Yearbook>('yearbook.build', { year: 2026 })).officers).toEqual([
      { name: '孙红', role: '妇联主席' },
      { name: '赵敏', role: '执委' },
    ]);
  });

  it('refuses a year that has not come, in Chinese', async () => {
    const a = await openAppLike();
    expect(await a.call('yearbook.build', { year: 2027 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '2027年还没有到，不能编制该年度的工作台账。' } });
    expect(await a.call('yearbook.exportXlsx', { year: '2026' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    // An empty data file still gives a whole (empty) yearbook, a past year as of its 12-31.
    const empty = await a.ok<Yearbook>('yearbook.build', { year: 2025 });
    expect(empty).toMatchObject({ asOf: '2025-12-31', officers: [], members: { total: 0 }, meetings: { total: 0 }, archive: { total: 0 } });
    expect(await a.ok<{ fileName: string }>('yearbook.exportXlsx', { year: 2025 })).toMatchObject({ fileName: '2025年度工作台账.xlsx' });
  });

  it('exports one sheet per part with header rows, read back by exceljs and LibreOffice, with no ID or mobile in any cell', { timeout: 120_000 }, async () => {
    const a = await fixture();
    const file = await a.ok<{ fileName: string; base64: string }>('yearbook.exportXlsx', { year: 2026 });
    expect(file.fileName).toBe('2026年度工作台账.xlsx');
    expect((await a.auditRows()).at(-1)).toMatchObject({ action: 'export', entity_type: 'yearbook', label: '2026年度工作台账', detail: '导出 Excel 文件 2026年度工作台账.xlsx' });
    const dir = tempDir();
    const path = join(dir, 'yearbook.xlsx');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((s) => s.name)).toEqual(YEARBOOK_PARTS.map((p) => p.title));
    const text = (name: string) => {
      const lines: string[] = [];
      wb.getWorksheet(name)!.eachRow((row) => lines.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v))).join('|')));
      return lines;
    };
    expect(text('基本情况')).toEqual(expect.arrayContaining(['项目|内容', '社区妇联名称|幸福里社区妇联', '所属街道|城关街道', '全宗号|0194', '妇联班子成员|王秀英（妇联主席）']));
    expect(text('妇女基本情况统计')).toEqual(expect.arrayContaining(['分项|项目|人数|总人数|占比（%）', '在册妇女|合计|6|6|100.0', '主要指标|45周岁及以上|6|6|100.0']));
    expect(text('妇女基本情况统计').some((l) => l.startsWith('统计口径：截至2026年11月29日在册妇女，共6人；'))).toBe(true);
    expect(text('会议记录')).toEqual(expect.arrayContaining(['会议类型|日期|会议名称|主持人|应到|实到|出席率|状态', '执委会议|2026-11-20|第四季度执委会议（第三届第五次）|王秀英|4|3|75.0%|已定稿']));
    expect(text('学习记录')).toEqual(expect.arrayContaining(['日期|形式|主题|学时|应到|实到|出席率|缺席/请假|已补学|未补学', '2026-11-18|集中学习|十一月集中学习|2|4|3|75.0%|1|1|0']));
    expect(text('妇女议事会').join('\n')).toContain('满意率100.0%（满意和基本满意1项÷回访1项）');
    expect(text('档案归档').join('\n')).toContain('关于开展三八节活动的通知');
    for (const sheet of wb.worksheets) expectNothingPersonal(text(sheet.name).join('\n'), `工作表 ${sheet.name}`);

    // LibreOffice, an independent reader: every sheet to its own CSV (the -1 sheet parameter).
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, path], { stdio: 'pipe', timeout: 120_000 });
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
    expect(csvs).toHaveLength(YEARBOOK_PARTS.length);
    const all = csvs.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(all).toContain('第四季度执委会议（第三届第五次）');
    expect(all).toContain('十一月集中学习');
    expect(all).toContain('小区东门夜间照明不足');
    expectNothingPersonal(all, 'LibreOffice CSV');
  });
});

describe('年度工作台账: PDF', () => {
  it('renders a cover, a 目录 whose page numbers are where each part starts, every part, and no ID or mobile', { timeout: 180_000 }, async () => {
    const rendererDir = builtRendererDir();
    const a = await fixture();
    const pdf = createInProcessPdfRenderer(a.ctx, { rendererDir });
    a.ctx.pdf = pdf;
    onTestFinished(() => pdf.close());
    const file = await a.ok<{ fileName: string; base64: string; pages: number }>('yearbook.exportPdf', { year: 2026 });
    expect(file.fileName).toBe('2026年度工作台账.pdf');
    const dir = tempDir();
    const path = join(dir, 'yearbook.pdf');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(file.pages);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    if (process.env.YEARBOOK_PDF_COPY) writeFileSync(process.env.YEARBOOK_PDF_COPY, readFileSync(path));
    const page = (n: number) => execFileSync('pdftotext', ['-layout', '-f', String(n), '-l', String(n), path, '-'], { encoding: 'utf8' });

    const cover = page(1);
    for (const t of ['2026年度工作台账', '幸福里社区妇联', '城关街道', '0194', '2026年11月29日']) expect(cover).toContain(t);
    const toc = page(2);
    expect(toc).toContain('目');
    const starts = YEARBOOK_PARTS.map((_p, i) => {
      const line = toc.split('\n').find((l) => l.includes(partHeading(i)));
      return Number(/第(\d+)页/.exec(line ?? '')?.[1]);
    });
    expect(starts[0]).toBe(3);
    for (const [i, n] of starts.entries()) {
      // The part's heading opens its page (and so it is on no page before).
      expect(page(n).trim().split('\n')[0]!.trim(), `第${n}页`).toBe(partHeading(i));
    }

    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, '');
    for (const t of [
      '王秀英', '妇联主席',
      '统计口径：截至2026年11月29日在册妇女，共6人；',
      '第四季度执委会议', '75.0%', '一季度工作例会（联系人137****1234）',
      '十一月集中学习', '刘芳', '2026-11-25',
      '小区东门夜间照明不足', '100.0%（1/1）',
      '关于开展三八节活动的通知',
    ]) expect(flat).toContain(t);
    expectNothingPersonal(text, 'PDF');
  });
});
