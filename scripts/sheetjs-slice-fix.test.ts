/**
 * The one-line SheetJS fix bundled into the import's read worker: it must still
 * find its line in the installed SheetJS (else this plugin is dead weight and
 * should go), and the corrected reader must give the very workbook the
 * published one gives — cells, merges, autofilter, hyperlinks, margins.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import { build } from 'esbuild';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { fixSheetjsSlice, sheetjsSliceFix } from './sheetjs-slice-fix.mjs';
import { READ_OPTIONS } from '../core/members/import/read-workbook';

const require = createRequire(import.meta.url);

async function fixedSheetjs(): Promise<typeof XLSX> {
  const bundled = await build({
    stdin: { contents: "module.exports = require('@e965/xlsx');", resolveDir: import.meta.dirname },
    bundle: true, platform: 'node', format: 'cjs', plugins: [sheetjsSliceFix], write: false, logLevel: 'silent',
  });
  const code = bundled.outputFiles[0]!.text;
  expect(code).toContain('sheetDataAt');
  const module = { exports: {} as typeof XLSX };
  new Function('module', 'exports', 'require', code)(module, module.exports, require);
  return module.exports;
}

async function workbookWithEverything(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('一网格', { properties: { tabColor: { argb: 'FFC0000' } }, pageSetup: { paperSize: 9 } });
  sheet.addRow(['幸福里社区妇女花名册']);
  sheet.addRow(['序号', '基本信息', '', '备注']);
  sheet.addRow(['', '姓名', '身份证号码', '']);
  for (let i = 0; i < 300; i++) sheet.addRow([i + 1, `王芳${i}`, `11010519750308${String(i).padStart(4, '0')}`, '<mergeCell ref="A1:B2"/> 与 &amp; 文字']);
  sheet.mergeCells('A1:D1');
  sheet.mergeCells('B2:C2');
  sheet.mergeCells('A2:A3');
  sheet.autoFilter = 'A3:D303';
  sheet.getCell('D5').value = { text: '链接', hyperlink: 'https://example.org/' };
  sheet.pageSetup.margins = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  workbook.addWorksheet('说明').addRow(['本表由社区填写']);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('the SheetJS slice fix', () => {
  it('still finds the line it corrects in the installed SheetJS (remove the plugin once SheetJS fixes it)', () => {
    const source = readFileSync(require.resolve('@e965/xlsx'), 'utf8');
    expect(fixSheetjsSlice(source)).not.toBe(source);
    expect(fixSheetjsSlice(fixSheetjsSlice(source))).toBe(fixSheetjsSlice(source));
  });

  it('reads a workbook exactly as the published SheetJS does', async () => {
    const file = await workbookWithEverything();
    const fixed = (await fixedSheetjs()).read(file, READ_OPTIONS);
    const published = XLSX.read(file, READ_OPTIONS);
    expect(fixed.SheetNames).toEqual(published.SheetNames);
    for (const name of published.SheetNames) expect(fixed.Sheets[name]).toEqual(published.Sheets[name]);
    const sheet = published.Sheets['一网格']!;
    expect(sheet['!merges']).toHaveLength(3);
    expect(sheet['!autofilter']).toEqual({ ref: 'A3:D303' });
    expect(sheet['!margins']).toMatchObject({ left: 0.7, top: 0.75 });
  });
});
