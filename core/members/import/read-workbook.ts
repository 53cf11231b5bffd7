/**
 * An .xlsx, legacy .xls or WPS .et → every worksheet's non-empty rows, through
 * SheetJS CE (@e965/xlsx), which decodes the whole sheet XML at once: no
 * chunked UTF-8 decoding that could split a Chinese character (exceljs's
 * streaming reader turned such characters into U+FFFD). A zip is judged by
 * zip-guard.ts first (what SheetJS will inflate, sizes, rows and cells); an
 * OLE file (.xls/.et) is bounded by the file-size limit and the row limit.
 */
import * as zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import * as cptable from '@e965/xlsx/dist/cpexcel';
import { AppError } from '../../errors';
import { guardZip } from './zip-guard';
import { hugeCellError, MAX_CELLS, MAX_ROWS, notSpreadsheet, tooManyRows, type Merge, type RawCell, type SheetRow } from './read-sheet';

/** Node's inflate for SheetJS, with the input count under its current name (bytesRead is deprecated). */
class InflateRaw extends zlib.InflateRaw {
  override get bytesRead() {
    return this.bytesWritten;
  }
}
XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw });
// Legacy BIFF5 .xls files store text in the PC's codepage (GBK on Chinese Windows).
XLSX.set_cptable(cptable);

/** Excel's day 0 is 1899-12-30; the 1904 system (old Mac files) starts 1462 days later. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Header merges matter only in the title/header block at the top. */
const MERGE_ROWS = 15;

/** How the app asks SheetJS to read (also the bench's "bare read"). */
export const READ_OPTIONS: XLSX.ParsingOptions = {
  type: 'buffer',
  dense: true,
  cellNF: true,
  cellDates: false,
  cellHTML: false,
  cellText: false,
  cellFormula: false,
  cellStyles: false,
  // One past the limit: a sheet that reaches it is refused below without holding more.
  sheetRows: MAX_ROWS + 1,
};

/** SheetJS's read alone, as the app calls it: the floor an import stands on. */
export const bareRead = (buffer: Buffer) => XLSX.read(buffer, READ_OPTIONS);

/** Why SheetJS could not read the file, in words an officer can act on. */
function unreadable(fileName: string, err: unknown): AppError {
  const why = err instanceof Error ? err.message : String(err);
  if (/password-protected/i.test(why)) {
    return new AppError('VALIDATION', `“${fileName}”设置了打开密码，无法读取。请在 Excel/WPS 中打开后取消密码（或另存为不加密的 .xlsx）再导入。`);
  }
  if (/\.et$/i.test(fileName)) {
    return new AppError('VALIDATION', `“${fileName}”是 WPS 表格（.et）格式，这个文件无法直接读取。请在 WPS 中“另存为” .xlsx 后再导入。`);
  }
  return notSpreadsheet(fileName);
}

export interface WorkbookCallbacks {
  onSheet(sheetName: string, merges: Merge[]): void;
  onRow(sheetName: string, row: SheetRow): void;
}

/** Reads a zip (.xlsx) or OLE (.xls/.et) workbook; throws the Chinese refusal for anything unreadable. */
export async function eachWorkbookRow(buffer: Buffer, fileName: string, isZip: boolean, on: WorkbookCallbacks): Promise<void> {
  if (isZip) await guardZip(buffer, fileName);
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(buffer, READ_OPTIONS);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadable(fileName, err);
  }
  const date1904 = Boolean(workbook.Workbook?.WBProps?.date1904);
  if (!workbook.SheetNames.length) throw notSpreadsheet(fileName);
  let rowsSeen = 0;
  let cellsSeen = 0;
  let huge: AppError | undefined;
  for (const sheetName of workbook.SheetNames) {
    const sheet = workbook.Sheets[sheetName];
    if (!sheet) continue;
    const merges: Merge[] = (sheet['!merges'] ?? [])
      .filter((m) => m.s.r < MERGE_ROWS)
      .map((m) => [m.s.r + 1, m.s.c + 1, m.e.r + 1, m.e.c + 1]);
    on.onSheet(sheetName, merges);
    const data = (sheet['!data'] ?? []) as ((XLSX.CellObject | undefined)[] | undefined)[];
    for (let r = 0; r < data.length; r++) {
      const source = data[r];
      if (!source) continue;
      // SheetJS's cells of the row are garbage once read: this thread shrinks while the other one takes the rows in.
      data[r] = undefined;
      const cells: RawCell[] = new Array<RawCell>(source.length).fill(null);
      let any = false;
      for (let c = 0; c < source.length; c++) {
        const value = cellValue(source[c], date1904);
        if (value === null || value === '') continue;
        cells[c] = value;
        any = true;
      }
      if (!any) continue;
      rowsSeen++;
      cellsSeen += cells.length;
      if (rowsSeen > MAX_ROWS || cellsSeen > MAX_CELLS) throw tooManyRows(fileName);
      const row = { number: r + 1, cells };
      huge ??= hugeCellError(sheetName, row, fileName);
      on.onRow(sheetName, row);
    }
    // Free each sheet once handed over: the next one is read with this one's memory back.
    delete workbook.Sheets[sheetName];
  }
  if (huge) throw huge;
}

/**
 * A SheetJS cell → the plain value the roster reads. Numbers formatted as
 * dates become dates (at UTC midnight, as planImport expects); errors and
 * formulas saved without a value are empty, never their text.
 */
function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): RawCell {
  if (!cell || cell.v === undefined || cell.v === null) return null;
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return Boolean(cell.v);
    case 'e':
    case 'z':
      return null;
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    case 'n': {
      const n = cell.v as number;
      if (typeof cell.z === 'string' && n >= 0 && n < 2_958_466 && XLSX.SSF.is_date(cell.z)) {
        const days = Math.floor(n + 1e-9) + (date1904 ? 1462 : 0);
        return new Date(EXCEL_EPOCH + days * DAY_MS);
      }
      return n;
    }
    default:
      return String(cell.v);
  }
}
