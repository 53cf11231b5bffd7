/**
 * A spreadsheet file → rows of plain cell values, numbered as Excel/WPS shows
 * them. .xlsx, .xls and .et through SheetJS (read-workbook.ts); .csv in UTF-8
 * (with or without BOM) or GBK, refused when the two are mixed. Every file is
 * held to the same limits, stated in Chinese before the work starts.
 */
import { parse } from 'csv-parse/sync';
import { AppError } from '../../errors';
import type { CheckedAhead } from './rows';

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

/** A merged range near the top of a sheet: [firstRow, firstColumn, lastRow, lastColumn], 1-based. */
export type Merge = [number, number, number, number];

export interface Sheet {
  name: string;
  rows: SheetRow[];
  merges?: Merge[];
  /** A CSV file's only sheet, named after the file (never a 片区). */
  csv?: boolean;
}

export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/** Stated limits for one file: a whole 街道's roster is well under these. */
export const MAX_ROWS = 200_000;
export const MAX_CELLS = 6_000_000;

export type FileKind = 'zip' | 'ole' | 'csv';

const startsWith = (buf: Uint8Array, bytes: number[]) => bytes.every((b, i) => buf[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

export const notSpreadsheet = (fileName: string) =>
  new AppError(
    'VALIDATION',
    `“${fileName}”不是可导入的表格文件。请选择 Excel/WPS 保存的 .xlsx、.xls 文件，或 .csv 文件。`,
  );

export const tooManyRows = (fileName: string) =>
  new AppError(
    'VALIDATION',
    `“${fileName}”的内容超过一次导入的上限（最多 ${MAX_ROWS.toLocaleString('zh-CN')} 行、${MAX_CELLS.toLocaleString('zh-CN')} 个单元格），已拒绝导入。请分成几个文件导入。`,
  );

/** Reads every worksheet of the file (a CSV has one). */
export async function readSheets(buffer: Buffer, fileName: string): Promise<Sheet[]> {
  const kind = fileKind(buffer, fileName);
  if (kind === 'csv') return refuseHugeCells([readCsv(buffer, fileName)], fileName);
  const { eachWorkbookRow } = await import('./read-workbook');
  const sheets: Sheet[] = [];
  await eachWorkbookRow(buffer, fileName, kind === 'zip', {
    onSheet: (name, merges) => sheets.push({ name, rows: [], merges }),
    onRow: (name, row) => appendRows(sheets, name, [row]),
  });
  return sheets;
}

/** Rows arrive sheet by sheet: they join the last sheet while the name stays the same. Answers that sheet. */
export function appendRows(sheets: Sheet[], sheetName: string, rows: readonly SheetRow[]): Sheet {
  if (sheets[sheets.length - 1]?.name !== sheetName) sheets.push({ name: sheetName, rows: [] });
  const sheet = sheets[sheets.length - 1]!;
  for (const row of rows) sheet.rows.push(row);
  return sheet;
}

/** zip (.xlsx), OLE (.xls/.et) or text; throws the Chinese refusal for anything else. */
export function fileKind(buffer: Buffer, fileName: string): FileKind {
  if (buffer.length === 0) throw new AppError('VALIDATION', `“${fileName}”是空文件，没有可导入的内容`);
  if (buffer.length > MAX_FILE_BYTES) throw tooLarge(buffer.length);
  if (startsWith(buffer, ZIP)) return 'zip';
  if (startsWith(buffer, OLE)) return 'ole';
  if (/\.(xlsx?|et)$/i.test(fileName) || looksBinary(buffer)) throw notSpreadsheet(fileName);
  return 'csv';
}

export function tooLarge(bytes: number) {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return new AppError('VALIDATION', `文件太大（${mb} MB），一次最多导入 20 MB 的表格。请删去无关的工作表，或分成几个文件导入。`);
}

/** Longer than any field of a member (备注 included): a cell like this is pasted junk, and would bloat every later step. */
export const MAX_CELL_CHARS = 2000;

export const columnLetters = (index: number): string =>
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

export function hugeCellError(sheetName: string, row: SheetRow, fileName: string): AppError | undefined {
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

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Strict UTF-8 first (a GBK file is almost never valid UTF-8), else GBK — but
 * only when no line is valid UTF-8 with Chinese in it: a GBK file with UTF-8
 * rows appended would otherwise turn those rows into mojibake (王芳 → 鐜嬭姵).
 */
export function decodeText(buffer: Buffer, fileName = '文件'): string {
  try {
    return utf8.decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    if (hasUtf8Line(buffer)) {
      throw new AppError(
        'VALIDATION',
        `“${fileName}”编码混杂：一部分是 UTF-8，一部分是 GBK（可能是两个文件拼在一起），无法确定汉字，已拒绝导入。请在 Excel/WPS 中打开确认内容后另存为 .xlsx 再导入。`,
      );
    }
    return new TextDecoder('gbk').decode(buffer);
  }
}

/** A line with bytes above 0x7F that is well-formed UTF-8 (a GBK line practically never is). */
function hasUtf8Line(buffer: Buffer): boolean {
  let start = 0;
  while (start < buffer.length) {
    let end = buffer.indexOf(0x0a, start);
    if (end < 0) end = buffer.length;
    const line = buffer.subarray(start, end);
    if (line.some((b) => b >= 0x80)) {
      try {
        utf8.decode(line);
        return true;
      } catch {
        /* a GBK line */
      }
    }
    start = end + 1;
  }
  return false;
}

/** Counted on the bytes, before anything is decoded or parsed. */
function checkCsvSize(buffer: Buffer, fileName: string, delimiter: number) {
  let lines = 0;
  let cells = 0;
  for (let i = 0; i < buffer.length; i++) {
    const b = buffer[i];
    if (b === 0x0a) lines++;
    else if (b === delimiter) cells++;
  }
  if (lines > MAX_ROWS + 100 || cells + lines > MAX_CELLS) throw tooManyRows(fileName);
}

function readCsv(buffer: Buffer, fileName: string): Sheet {
  const firstNewline = buffer.indexOf(0x0a);
  const head = buffer.subarray(0, firstNewline < 0 ? buffer.length : firstNewline).toString('latin1');
  const delimiter = head.includes('\t') && !head.includes(',') ? '\t' : ',';
  checkCsvSize(buffer, fileName, delimiter.charCodeAt(0));
  const text = decodeText(buffer, fileName);
  let records: string[][];
  try {
    records = parse(text, { delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false });
  } catch {
    throw notSpreadsheet(fileName);
  }
  const rows = records
    .map((cells, i) => ({ number: i + 1, cells: cells as RawCell[] }))
    .filter((row) => row.cells.some((c) => c !== null && String(c).trim() !== ''));
  return { name: fileName.replace(/\.[^.]+$/, ''), rows, csv: true };
}
