import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../db/test-helpers';
import { openAppLike } from '../audit/testing';
import { createFixtureSession } from './fixture';
import type { SessionDetail } from './read';

/** LibreOffice headless converts one sheet of the workbook to CSV text. */
function sheetAsCsv(path: string, dir: string, sheetIndex: number): string {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,${sheetIndex}`, '--outdir', dir, path], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  const base = path.replace(/\.xlsx$/, '');
  const candidates = [`${base}.csv`, `${base}-${['年度计划', '学习记录', '个人学时', '补学'][sheetIndex - 1]}.csv`];
  for (const c of candidates) {
    try {
      return readFileSync(c, 'utf8');
    } catch {
      /* next */
    }
  }
  throw new Error(`LibreOffice wrote none of ${candidates.join(', ')}`);
}

describe('the annual 学习台账 .xlsx', () => {
  it('has the four sheets with the year’s figures, neutralised text and no ID or phone; LibreOffice reads it', async () => {
    const { ok, ctx } = await openAppLike();
    await ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
    const { id, input } = await createFixtureSession(ctx, { summary: '=HYPERLINK("http://x")，电话13812345678' });
    await ok('study.create', { ...input, date: '2026-06-10', title: '-六月自学', form: '自学', planItemId: null, materialIds: [] });
    await ok('study.finalize', { id });
    const liu = (await ok<SessionDetail>('study.get', { id })).attendees.find((a) => a.name === '刘芳')!;
    await ok('study.addMakeup', { attendeeId: liu.id, date: '2026-11-25', method: '自学通知原文', reflection: '深受教育', hours: 2 });

    const { fileName, base64 } = await ok<{ fileName: string; base64: string }>('study.exportLedger', { year: 2026 });
    expect(fileName).toBe('学习台账_2026.xlsx');
    const dir = tempDir();
    const path = join(dir, 'ledger.xlsx');
    writeFileSync(path, Buffer.from(base64, 'base64'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path);
    expect(wb.worksheets.map((s) => s.name)).toEqual(['年度计划', '学习记录', '个人学时', '补学']);

    const rowsOf = (name: string) => {
      const rows: string[][] = [];
      wb.getWorksheet(name)!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
      return rows;
    };
    const records = rowsOf('学习记录');
    expect(records[0]![0]).toBe('2026年度学习记录');
    expect(records[1]![0]).toBe('单位：幸福里社区妇联');
    expect(records[2]).toEqual(['序号', '日期', '形式', '主题', '学习内容/材料', '主持/主讲', '应到', '实到', '学时', '状态']);
    expect(records[3]).toEqual(['1', '2026-06-10', '自学', "'-六月自学", expect.any(String), '王秀英/李桂兰', '4', '3', '2', '草稿']);
    expect(records[4]!.slice(0, 4)).toEqual(['2', '2026-11-18', '集中学习', '十一月集中学习']);
    expect(records[4]![4]).toContain('《关于深入学习贯彻全国妇女十四大精神的通知》（区妇字〔2026〕12号，区妇联）');
    const people = rowsOf('个人学时');
    expect(people.find((r) => r[1] === '张丽')).toEqual([expect.any(String), '张丽', '2', '2', '0', '0', '0', '2']);
    expect(people.find((r) => r[1] === '刘芳')).toEqual([expect.any(String), '刘芳', '2', '0', '2', '1', '0', '2']);
    const makeups = rowsOf('补学');
    expect(makeups.find((r) => r[1] === '刘芳' && r[2] === '2026-11-18')).toEqual([expect.any(String), '刘芳', '2026-11-18', '十一月集中学习', '请假：照顾住院的母亲', '2026-11-25', '自学通知原文', '深受教育', '2']);
    const plan = rowsOf('年度计划');
    expect(plan.find((r) => r[0] === '11月')).toEqual(['11月', '学习全国妇女十四大精神', '集中学习', '王秀英', '2026-11-18 十一月集中学习', '已完成']);
    expect(plan.find((r) => r[0] === '1月')).toEqual(['1月', '（未列计划）', '', '', '', '本月未开展学习']);

    const all = wb.worksheets.flatMap((s) => rowsOf(s.name).flat()).join('\n');
    expect(all).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);

    const csv = sheetAsCsv(path, dir, 2);
    expect(csv).toContain('十一月集中学习');
    expect(csv).toContain('2026-06-10');
  }, 120_000);
});
