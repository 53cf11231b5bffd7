/**
 * Hostile spreadsheets: each one gets a clear Chinese message, nothing crashes,
 * memory stays bounded, and nothing is written.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDeflateRaw, crc32, deflateRawSync } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../../db/test-helpers';
import { apiTable } from '../../api';
import { dispatch } from '../../api/dispatch';
import type { AppContext } from '../../context';
import { MAX_CELL_CHARS, readSheets } from './read-sheet';
import { PREVIEW_PROBLEMS } from './api';
import { csvText, gbkEncode, makeId, utf8BomCsv, xlsxFile } from './test-files';
import { MAX_UNPACKED_BYTES } from './zip-guard';

const MB = 1024 * 1024;

/** Deflates `size` bytes of one repeated chunk without ever holding them. */
async function deflateRepeated(chunk: Buffer, size: number): Promise<{ data: Buffer; crc: number }> {
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  let crc = 0;
  for (let written = 0; written < size; written += chunk.length) {
    crc = crc32(chunk, crc);
    if (!deflate.write(chunk)) await new Promise((ok) => deflate.once('drain', ok));
  }
  const ended = new Promise((ok) => deflate.once('end', ok));
  deflate.end();
  await ended;
  return { data: Buffer.concat(out), crc };
}

interface ZipPart {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
  /** The size written in the headers (a liar's zip claims less). */
  claimed?: number;
  /** Written with its local header but left out of the central directory. */
  hidden?: boolean;
}

/** A minimal zip (deflated entries) written by hand, so the headers can say anything. */
function zip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name);
    const claimed = p.claimed ?? p.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc >>> 0, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(claimed, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc >>> 0, 16);
    central.writeUInt32LE(p.data.length, 20);
    central.writeUInt32LE(claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, p.data);
    if (!p.hidden) centrals.push(central, name);
    offset += 30 + name.length + p.data.length;
  }
  const listed = parts.filter((p) => !p.hidden).length;
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(listed, 8);
  end.writeUInt16LE(listed, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

async function bombXlsx(unpacked: number, claimed?: number): Promise<Buffer> {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const typesPart = { name: '[Content_Types].xml', ...(await deflateRepeated(types, types.length)), size: types.length };
  const sheet = await deflateRepeated(Buffer.from('<c r="A1"><v>1</v></c>'.repeat(50_000)), unpacked);
  return zip([typesPart, { name: 'xl/worksheets/sheet1.xml', ...sheet, size: unpacked, claimed }]);
}

/** A real workbook's parts, deflated again, so a zip can be rebuilt from them with any headers. */
function partsOf(xlsx: Buffer): ZipPart[] {
  const cfb = XLSX.CFB.read(xlsx, { type: 'buffer' });
  return (cfb.FileIndex as { type: number; content?: unknown }[])
    .map((entry, i) => ({ entry, path: cfb.FullPaths[i]! }))
    .filter(({ entry }) => entry.type === 2 && entry.content)
    .map(({ entry, path }) => {
      const content = Buffer.from(entry.content as Uint8Array);
      return { name: path.replace(/^Root Entry\//, ''), data: deflateRawSync(content), crc: crc32(content), size: content.length };
    });
}

const rosterRows = (n: number) => [
  ['姓名', '身份证号码'],
  ...Array.from({ length: n }, (_, i) => [`妇女${i}`, makeId('19750308', String((2 * i + 2) % 1000).padStart(3, '0'))]),
];

async function setup() {
  const { ctx, db } = await openTempDatabase();
  const members = async () => (await db.selectFrom('member').select('id').execute()).length;
  return { ctx, members };
}

/** Preview and commit both refuse with a Chinese VALIDATION message; the roster is unchanged. */
async function expectRefused(ctx: AppContext, members: () => Promise<number>, fileName: string, file: Buffer, message: RegExp) {
  const before = await members();
  for (const method of ['members.importPreview', 'members.importCommit']) {
    const answer = await dispatch(apiTable, ctx, method, { fileName, base64: file.toString('base64') }, () => undefined);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(message) } });
  }
  expect(await members()).toBe(before);
}

describe('导入恶意或异常的表格文件', () => {
  it('压缩炸弹：几百 KB 的文件声明解压成 300 MB，读入前就拒绝', async () => {
    const { ctx, members } = await setup();
    const file = await bombXlsx(300 * MB);
    expect(file.length).toBeLessThan(2 * MB);
    const heapBefore = process.memoryUsage().heapUsed;
    await expectRefused(ctx, members, '花名册.xlsx', file, /解压后的内容异常庞大.*300 MB.*已拒绝导入/);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(100 * MB);
  });

  it('压缩炸弹：头部谎称很小，实际解压时一超出声明就停下并拒绝', async () => {
    const { ctx, members } = await setup();
    const file = await bombXlsx(MAX_UNPACKED_BYTES + 50 * MB, 4000);
    await expectRefused(ctx, members, '花名册.xlsx', file, /实际内容比文件声明的大/);
  });

  it('一格 50 MB 的内容：拒绝并说明；一格几千字也拒绝，指出第几行哪一列', async () => {
    const { ctx, members } = await setup();
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('花名册');
    ws.addRow(['姓名', '身份证号码', '备注']);
    ws.addRow(['李红', makeId('19750308'), 'x'.repeat(50 * MB)]);
    const huge = Buffer.from(await workbook.xlsx.writeBuffer());
    await expectRefused(ctx, members, '大格子.xlsx', huge, /解压后的内容异常庞大/);

    // Varied text does not compress 100×, so it gets through the zip check; the cell check names it.
    const varied = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const file = await xlsxFile({ name: '花名册', rows: [['姓名', '身份证号码', '备注'], ['李红', makeId('19750308'), varied]], textColumns: [2] });
    await expectRefused(ctx, members, '长备注.xlsx', file, new RegExp(`工作表“花名册”第 2 行 C 列的内容有 3,000 个字符.*最多 ${MAX_CELL_CHARS}`));
  });

  it('公式：导入 Excel 保存的计算结果；没有结果的公式当作空格，不执行任何东西', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('花名册');
    ws.addRow(['姓名', '身份证号码', '备注']);
    ws.getCell('A2').value = { formula: '"李"&"红"', result: '李红' };
    ws.getCell('B2').value = { formula: 'TEXT(0,"0")', result: makeId('19750308') };
    ws.getCell('C2').value = { formula: 'HYPERLINK("http://example.invalid","点我")' } as ExcelJS.CellFormulaValue;
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const [sheet] = await readSheets(file, '公式.xlsx');
    // The formula saved without a value is an empty cell (SheetJS leaves it out of the row).
    expect(sheet!.rows[1]!.cells.slice(0, 2)).toEqual(['李红', makeId('19750308')]);
    expect(sheet!.rows[1]!.cells[2] ?? null).toBeNull();

    const { ctx, members } = await setup();
    const preview = await dispatch(apiTable, ctx, 'members.importPreview', { fileName: '公式.xlsx', base64: file.toString('base64') });
    expect(preview).toMatchObject({ ok: true });
    const commit = await dispatch(apiTable, ctx, 'members.importCommit', { token: (preview as { value: { token: string } }).value.token });
    expect(commit).toMatchObject({ ok: true });
    expect(await members()).toBe(1);
  });

  it('改了扩展名的程序：说明不是表格文件', async () => {
    const { ctx, members } = await setup();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00'), Buffer.alloc(4096, 0x90)]);
    await expectRefused(ctx, members, '花名册.xlsx', exe, /不是可导入的表格文件.*\.xlsx/);
    await expectRefused(ctx, members, '花名册.csv', exe, /不是可导入的表格文件/);
  });

  it('截断的文件（只有前一半）：说明文件不完整', async () => {
    const { ctx, members } = await setup();
    const rows = [['姓名', '身份证号码'], ...Array.from({ length: 200 }, (_, i) => [`妇女${i}`, makeId('19750308', String(2 * i + 2).padStart(3, '0'))])];
    const file = await xlsxFile({ rows, textColumns: [2] });
    await expectRefused(ctx, members, '花名册.xlsx', file.subarray(0, Math.floor(file.length / 2)), /不完整或已损坏.*重新保存/);
  });

  it('目录中隐藏的工作表：本地头存在但中央目录没有列出，拒绝为结构异常', async () => {
    const { ctx, members } = await setup();
    const parts = partsOf(await xlsxFile({ name: '花名册', rows: rosterRows(3), textColumns: [2] }));
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    const hidden = await deflateRepeated(Buffer.from('<row r="1"><c r="A1" t="inlineStr"><is><t>王芳</t></is></c></row>'), 4 * MB);
    const file = zip([...parts.filter((p) => p !== sheet), { name: 'xl/worksheets/sheet9.xml', ...hidden, size: 4 * MB, hidden: true }, sheet]);
    await expectRefused(ctx, members, '花名册.xlsx', file, /内部结构异常.*已拒绝导入/);
  });

  it('同名的两个 sheet1.xml：拒绝，不会把两份都导入', async () => {
    const { ctx, members } = await setup();
    const parts = partsOf(await xlsxFile({ name: '花名册', rows: rosterRows(3), textColumns: [2] }));
    const sheet = parts.find((p) => p.name === 'xl/worksheets/sheet1.xml')!;
    await expectRefused(ctx, members, '花名册.xlsx', zip([...parts, sheet]), /内部结构异常.*已拒绝导入/);
  });

  it('690 万行的 CSV、行数超限的工作表：读之前就按行数上限拒绝，内存不超过 1 GB', async () => {
    const { ctx, members } = await setup();
    const csv = Buffer.concat([Buffer.from('姓名,身份证号\n'), Buffer.alloc(6_900_000 * 2, '1\n')]);
    await expectRefused(ctx, members, '花名册.csv', csv, /超过一次导入的上限（最多 200,000 行/);
    // 210,000 rows of varied numbers: small enough, and not compressible enough, to pass the bomb checks.
    const sheetXml = Buffer.from(Array.from({ length: 210_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${(i * 7919) % 100_003}</v></c></row>`).join(''));
    const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
    const manyRows = zip([
      { name: '[Content_Types].xml', data: deflateRawSync(types), crc: crc32(types), size: types.length },
      { name: 'xl/worksheets/sheet1.xml', data: deflateRawSync(sheetXml), crc: crc32(sheetXml), size: sheetXml.length },
    ]);
    await expectRefused(ctx, members, '花名册.xlsx', manyRows, /超过一次导入的上限/);
    expect(process.resourceUsage().maxRSS * 1024).toBeLessThan(1024 * MB);
  });

  it('编码混杂：GBK 的 CSV 后面接了 UTF-8 的行，拒绝而不是导入乱码', async () => {
    const { ctx, members } = await setup();
    const rows = rosterRows(4);
    const mixed = Buffer.concat([gbkEncode(csvText(rows.slice(0, 3))), Buffer.from(csvText(rows.slice(3)), 'utf8')]);
    await expectRefused(ctx, members, '花名册.csv', mixed, /编码混杂.*已拒绝导入/);
  });

  it('不在临时文件夹留下任何东西，成功和失败都一样', async () => {
    const saved = process.env['TMPDIR'];
    const dir = mkdtempSync(join(tmpdir(), 'fulian-tmp-'));
    process.env['TMPDIR'] = dir;
    try {
      const { ctx, members } = await setup();
      const before = readdirSync(dir);
      const big = await xlsxFile({ name: '花名册', rows: rosterRows(12_000), textColumns: [2] }); // over 1 MB: the worker thread reads it
      for (const [name, file] of [['a.xlsx', big], ['b.xlsx', big.subarray(0, big.length >> 1)], ['c.csv', utf8BomCsv(rosterRows(5))]] as const) {
        await dispatch(apiTable, ctx, 'members.importPreview', { fileName: name, base64: file.toString('base64') }, () => undefined);
      }
      expect(await members()).toBe(0);
      expect(readdirSync(dir)).toEqual(before);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('预览只把前面的问题送到界面，另附总数', async () => {
    const { ctx } = await setup();
    const bad = [['姓名', '身份证号'], ...Array.from({ length: 3000 }, (_, i) => [`妇女${i}`, '110105197503080011'])];
    const answer = await dispatch(apiTable, ctx, 'members.importPreview', { fileName: 'bad.csv', base64: utf8BomCsv(bad).toString('base64') });
    expect(answer.ok).toBe(true);
    const value = (answer as { value: { errors: unknown[]; counts: { errors: number }; errorRows: number } }).value;
    expect(value.errors).toHaveLength(PREVIEW_PROBLEMS);
    expect(value).toMatchObject({ errorRows: 3000, counts: { errors: 3000 } });
    expect(JSON.stringify(value).length).toBeLessThan(400_000);
  });
});
