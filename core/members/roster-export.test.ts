import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir, openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { addMembers, makeIdNumber } from './roster-fixture';

async function exported(input: Record<string, unknown>) {
  const { ctx } = await openTempDatabase();
  const saved = await dispatch(apiTable, ctx, 'settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
  expect(saved.ok).toBe(true);
  await addMembers(ctx, [
    { name: '张海丽', birthDate: '1975-03-08', phone: '13812345678', currentAddress: '=HYPERLINK("http://x")', roles: ['执委', '妇女代表'] },
    { name: '李红', birthDate: '1990-06-01', building: '+3栋', note: '' },
    { name: '王海燕', birthDate: '1950-12-31', workplace: '@home' },
  ]);
  const answer = await dispatch(apiTable, ctx, 'members.exportRoster', input);
  if (!answer.ok) throw new Error(answer.error.message);
  const { fileName, base64 } = answer.value as { fileName: string; base64: string };
  const dir = tempDir();
  const path = join(dir, 'roster.xlsx');
  writeFileSync(path, Buffer.from(base64, 'base64'));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return { fileName, path, dir, sheet: workbook.getWorksheet('花名册')! };
}

/** LibreOffice headless, with its own throwaway profile, converts the file to CSV. */
function toCsv(path: string, dir: string): string[][] {
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, path], {
    stdio: 'pipe',
    timeout: 120_000,
  });
  return readFileSync(path.replace(/\.xlsx$/, '.csv'), 'utf8').trim().split(/\r?\n/).map((line) => line.split(','));
}

const idZhang = makeIdNumber('1975-03-08', 2);

describe('roster export (.xlsx)', () => {
  it('writes a title row, a frozen header, text ID numbers masked by default, neutralized formulas, A4 landscape', async () => {
    const { fileName, sheet } = await exported({});
    expect(fileName).toBe('幸福里社区妇联妇女花名册_2026-11-29.xlsx');
    expect(sheet.getCell('A1').value).toBe('幸福里社区妇联妇女花名册');
    expect(String(sheet.getCell('A2').value)).toContain('共3人');
    const header = (sheet.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 6)).toEqual(['序号', '姓名', '身份证号', '性别', '出生日期', '年龄']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '3:3' });
    // Pinyin order: 李红, 王海燕, 张海丽.
    expect([4, 5, 6].map((r) => sheet.getCell(r, 2).value)).toEqual(['李红', '王海燕', '张海丽']);
    const id = sheet.getCell(6, 3);
    expect(id.value).toBe(`1****************${idZhang.slice(-1)}`);
    expect(id.numFmt).toBe('@');
    expect(sheet.getCell(6, 13).value).toBe('138****5678');
    expect(sheet.getCell(6, 14).value).toBe(`'=HYPERLINK("http://x")`);
    expect(sheet.getCell(4, 12).value).toBe(`'+3栋`);
    expect(sheet.getCell(6, 15).value).toBe('执委、妇女代表');
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain(idZhang);
  });

  it('writes full ID numbers only when chosen, as text that LibreOffice keeps digit for digit', async () => {
    const { path, dir, sheet } = await exported({ fullIdNumbers: true, columns: ['seq', 'name', 'idNumber'] });
    expect((sheet.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '姓名', '身份证号']);
    expect(sheet.getCell(6, 3).value).toBe(idZhang);
    expect(sheet.getCell(6, 3).type).toBe(ExcelJS.ValueType.String);
    const csv = toCsv(path, dir);
    expect(csv[5]).toEqual(['3', '张海丽', idZhang]);
    expect(csv[3]).toEqual(['1', '李红', makeIdNumber('1990-06-01', 4)]);
  }, 150_000);

  it('keeps the masked ID as written through LibreOffice, and the neutralized formula as text', async () => {
    const { path, dir } = await exported({ columns: ['name', 'idNumber', 'address'] });
    const csv = toCsv(path, dir);
    expect(csv[5]![0]).toBe('张海丽');
    expect(csv[5]![1]).toBe(`1****************${idZhang.slice(-1)}`);
    expect(csv[5]!.slice(2).join(',')).toContain('=HYPERLINK');
  }, 150_000);

  it('refuses an unknown column in Chinese', async () => {
    const { ctx } = await openTempDatabase();
    const answer = await dispatch(apiTable, ctx, 'members.exportRoster', { columns: ['salary'] });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('导出列不在可选范围内') } });
  });
});
