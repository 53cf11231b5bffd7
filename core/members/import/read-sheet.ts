/**
 * A spreadsheet file → rows of plain cell values, numbered as Excel/WPS shows
 * them. .xlsx through exceljs (merged cells read as their top-left value);
 * .csv in UTF-8 (with or without BOM) or GBK.
 */
import { parse } from 'csv-parse/sync';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { AppError } from '../../errors';
import type { CheckedAhead } from './rows';
import { guardZip } from './zip-guard';

/** What a cell holds once formulas, rich text and hyperlinks are reduced to their value. */
export type RawCell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row number Excel/WPS shows (1-based, title rows included). */
  number: number;
  /** cells[0] is column A. */
  cells: RawCell[];
  /** Checked while the file was still being read (read-parallel.ts); planImport takes it. */
  checked?: CheckedAhead;
}

export interface Sheet {
  name: string;
  rows: SheetRow[];
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

const notSpreadsheet = (fileName: string) =>
  new AppError(
    'VALIDATION',
    `“${fileName}”不是可导入的表格文件。请选择 Excel/WPS 保存的 .xlsx 文件，或 .csv 文件。`,
  );

/** Reads every worksheet of the file (a CSV has one). */
export async function readSheets(buffer: Buffer, fileName: string): Promise<Sheet[]> {
  if (isXlsx(buffer, fileName)) {
    const sheets: Sheet[] = [];
    await eachXlsxRow(buffer, fileName, (sheetName, row) => appendRows(sheets, sheetName, [row]));
    return sheets;
  }
  return refuseHugeCells([readCsv(buffer, fileName)], fileName);
}

/** Rows arrive sheet by sheet: they join the last sheet while the name stays the same. Answers that sheet. */
export function appendRows(sheets: Sheet[], sheetName: string, rows: readonly SheetRow[]): Sheet {
  if (sheets[sheets.length - 1]?.name !== sheetName) sheets.push({ name: sheetName, rows: [] });
  const sheet = sheets[sheets.length - 1]!;
  for (const row of rows) sheet.rows.push(row);
  return sheet;
}

/** True for an .xlsx (a zip); throws the Chinese refusal for anything that is neither .xlsx nor .csv. */
export function isXlsx(buffer: Buffer, fileName: string): boolean {
  if (buffer.length === 0) throw new AppError('VALIDATION', `“${fileName}”是空文件，没有可导入的内容`);
  if (buffer.length > MAX_FILE_BYTES) throw tooLarge(buffer.length);
  if (startsWith(buffer, ZIP)) return true;
  if (startsWith(buffer, OLE)) {
    throw new AppError('VALIDATION', `“${fileName}”是旧版 .xls 格式，请在 Excel/WPS 中“另存为” .xlsx 后再导入`);
  }
  if (/\.xlsx?$/i.test(fileName) || looksBinary(buffer)) throw notSpreadsheet(fileName);
  return false;
}

export function tooLarge(bytes: number) {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new AppError('VALIDATION', `文件太大（${mb} MB），一次最多导入 20 MB 的表格。请删去无关的工作表，或分成几个文件导入。`);
}

/** Longer than any field of a member (备注 included): a cell like this is pasted junk, and would bloat every later step. */
export const MAX_CELL_CHARS = 2000;

const columnLetters = (index: number): string =>
  (index >= 26 ? columnLetters(Math.floor(index / 26) - 1) : '') + String.fromCharCode(65 + (index % 26));

function refuseHugeCells(sheets: Sheet[], fileName: string): Sheet[] {
  for (const sheet of sheets) {
    for (const row of sheet.rows) {
      const huge = hugeCellError(sheet.name, row, fileName);
      if (huge) throw huge;
    }
  }
  return sheets;
}

function hugeCellError(sheetName: string, row: SheetRow, fileName: string): AppError | undefined {
  const at = row.cells.findIndex((c) => typeof c === 'string' && c.length > MAX_CELL_CHARS);
  if (at < 0) return undefined;
  const length = (row.cells[at] as string).length.toLocaleString('zh-CN');
  return new AppError(
    'VALIDATION',
    `“${fileName}”工作表“${sheetName}”第 ${row.number} 行 ${columnLetters(at)} 列的内容有 ${length} 个字符，太长了（每格最多 ${MAX_CELL_CHARS} 个字符）。请检查这一格是否粘贴错了内容，改正后再导入。`,
    { sheet: sheetName, row: row.number, column: columnLetters(at) },
  );
}

function looksBinary(buffer: Buffer): boolean {
  const head = buffer.subarray(0, 8192);
  return head.includes(0) || startsWith(head, [0x4d, 0x5a]); // NUL bytes, or an "MZ" program
}

/**
 * Every non-empty row of an .xlsx, sheet by sheet, through exceljs's streaming
 * reader (the same cell values as loading the whole workbook, in about 60% of
 * the time), after the zip guard. A file exceljs cannot read is "not a
 * spreadsheet"; then a cell too long for any field. Used in this thread, and by
 * read-worker.ts in another.
 */
export async function eachXlsxRow(buffer: Buffer, fileName: string, onRow: (sheetName: string, row: SheetRow) => void): Promise<void> {
  await guardZip(buffer, fileName);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from(buffer), {
    sharedStrings: 'cache',
    styles: 'cache', // number formats: date cells arrive as dates
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  let sheetCount = 0;
  let huge: AppError | undefined;
  try {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<ExcelJS.Row> & { name: string };
      sheetCount++;
      for await (const row of ws) {
        const values = row.values as unknown[];
        const cells: RawCell[] = [];
        for (let c = 1; c < values.length; c++) cells.push(plainValue(values[c]));
        if (!cells.some((c) => c !== null)) continue;
        const sheetRow = { number: row.number, cells };
        huge ??= hugeCellError(ws.name, sheetRow, fileName);
        onRow(ws.name, sheetRow);
      }
    }
  } catch {
    throw notSpreadsheet(fileName);
  }
  if (!sheetCount) throw notSpreadsheet(fileName);
  if (huge) throw huge;
}

/** exceljs cell values: formulas, rich text, hyperlinks and errors become plain values. */
function plainValue(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; result?: unknown; text?: unknown; error?: unknown };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    // A formula gives the value Excel saved with it; one saved without a value is an empty cell, never its text.
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) return plainValue(v.result);
    if (typeof v.text === 'string') return v.text;
    if (v.error) return null;
  }
  return String(value);
}

/** Strict UTF-8 first (a GBK file is almost never valid UTF-8), else GBK. */
export function decodeText(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(buffer);
  }
}

function readCsv(buffer: Buffer, fileName: string): Sheet {
  const text = decodeText(buffer);
  const firstLine = text.split('\n', 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    throw notSpreadsheet(fileName);
  }
  const rows = records
    .map((cells, i) => ({ number: i + 1, cells: cells as RawCell[] }))
    .filter((row) => row.cells.some((c) => c !== null && String(c).trim() !== ''));
  return { name: fileName, rows };
}
