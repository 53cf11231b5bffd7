/**
 * Small shared pieces for .xlsx exports (exceljs): neutralized cells, a title block,
 * A4 page setup, and the base64 the renderer saves. DESIGN §2 "Printing and export".
 */
import type { Workbook, Worksheet } from 'exceljs';
import { withoutForbiddenChars } from '../api/schemas';

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell value that spreadsheet programs will not run as a formula: text starting
 * with = + - @ (or tab / CR) gets a leading apostrophe. Numbers, dates and null pass.
 */
export function safeCell<T>(value: T): T | string {
  if (typeof value === 'string' && FORMULA_START.test(value)) return `'${value}`;
  return value;
}

export interface TitleBlock {
  title: string;
  /** Lines under the title, e.g. '单位：某某社区妇联', '统计截止日期：2026年11月29日'. */
  lines?: string[];
  /** How many columns the title spans (merged). */
  columnCount: number;
}

/** Writes the title (merged, bold, centred) and its lines; returns the next free row number. */
export function addTitleRows(sheet: Worksheet, block: TitleBlock): number {
  const span = Math.max(1, block.columnCount);
  let row = 1;
  sheet.mergeCells(row, 1, row, span);
  const title = sheet.getCell(row, 1);
  title.value = safeCell(block.title);
  title.font = { bold: true, size: 16 };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(row).height = 28;
  for (const line of block.lines ?? []) {
    row += 1;
    sheet.mergeCells(row, 1, row, span);
    const cell = sheet.getCell(row, 1);
    cell.value = safeCell(line);
    cell.alignment = { horizontal: 'left', vertical: 'middle' };
  }
  return row + 1;
}

export interface A4Options {
  landscape?: boolean;
  /** Rows repeated at the top of every printed page, e.g. '1:4'. */
  printTitlesRow?: string;
}

/** A4, fit to one page wide, modest margins, centred horizontally. */
export function a4Setup(sheet: Worksheet, options: A4Options = {}): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9, // A4
    orientation: options.landscape ? 'landscape' : 'portrait',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(options.printTitlesRow ? { printTitlesRow: options.printTitlesRow } : {}),
  };
}

/** Freezes everything above `firstBodyRow` (the header stays visible while scrolling). */
export function freezeAbove(sheet: Worksheet, firstBodyRow: number): void {
  sheet.views = [{ state: 'frozen', ySplit: firstBodyRow - 1, xSplit: 0 }];
}

/** Thin borders around a rectangular block of cells. */
export function borderBlock(sheet: Worksheet, fromRow: number, toRow: number, columnCount: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = 1; c <= columnCount; c++) {
      sheet.getCell(r, c).border = {
        top: { style: 'thin' },
        left: { style: 'thin' },
        bottom: { style: 'thin' },
        right: { style: 'thin' },
      };
    }
  }
}

export async function workbookBase64(workbook: Workbook): Promise<string> {
  // Control characters, U+FFFF or half a surrogate pair make the XML malformed: Excel and
  // LibreOffice refuse the file, and the app could not re-import its own export.
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === 'string') {
          const clean = withoutForbiddenChars(cell.value);
          if (clean !== cell.value) cell.value = clean;
        }
      }),
    ),
  );
  const buffer = await workbook.xlsx.writeBuffer();
  return Buffer.from(buffer as ArrayBuffer).toString('base64');
}

/**
 * A sheet holding one table: title, 单位 line, bold grey header (frozen, repeated on every
 * printed page), wrapped neutralized cells, borders, A4 (landscape unless told).
 */
export function tableSheet(workbook: Workbook, name: string, title: string, branch: string, headers: Array<[string, number]>, rows: Array<Array<string | number>>, landscape = true): Worksheet {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = headers.map(([, width]) => ({ width }));
  const headerRow = addTitleRows(sheet, { title, lines: [`单位：${branch || '（未填写社区妇联名称）'}`], columnCount: headers.length });
  headers.forEach(([label], i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  rows.forEach((values, r) => {
    values.forEach((v, c) => {
      const cell = sheet.getCell(headerRow + 1 + r, c + 1);
      cell.value = safeCell(v);
      cell.alignment = { vertical: 'top', wrapText: true };
    });
  });
  borderBlock(sheet, headerRow, headerRow + rows.length, headers.length);
  freezeAbove(sheet, headerRow + 1);
  a4Setup(sheet, { landscape, printTitlesRow: `${headerRow}:${headerRow}` });
  return sheet;
}
