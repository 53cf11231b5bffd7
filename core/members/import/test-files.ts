/** For tests: spreadsheet files built in code (no binaries committed), and valid 身份证号. */
import ExcelJS from 'exceljs';
import { checkChar } from '../idcard';

export type FixtureCell = string | number | Date | null;

/** A valid 18-digit ID; an even sequence number means a woman. */
export function makeId(birth: string, seq = '002', area = '110105'): string {
  const first17 = `${area}${birth}${seq}`;
  return first17 + checkChar(first17);
}

/** ０１２… : what a Chinese IME types in full-width mode. */
export const fullWidth = (s: string) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export interface XlsxSheet {
  name?: string;
  rows: FixtureCell[][];
  /** e.g. 'A1:J1' for a merged title. */
  merges?: string[];
  /** Columns (1-based) stored as text, as careful officers do for the ID column. */
  textColumns?: number[];
}

export async function xlsxFile(...sheets: XlsxSheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  sheets.forEach((sheet, i) => {
    const ws = workbook.addWorksheet(sheet.name ?? `Sheet${i + 1}`);
    for (const c of sheet.textColumns ?? []) ws.getColumn(c).numFmt = '@';
    sheet.rows.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value !== null) ws.getCell(r + 1, c + 1).value = value;
      });
    });
    for (const range of sheet.merges ?? []) ws.mergeCells(range);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const csvLine = (cells: FixtureCell[]) =>
  cells.map((c) => (c === null ? '' : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');

export const csvText = (rows: FixtureCell[][]) => rows.map(csvLine).join('\r\n') + '\r\n';

export const utf8BomCsv = (rows: FixtureCell[][]) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows), 'utf8')]);

let gbkTable: Map<string, number[]> | undefined;

/** GBK bytes for text, from inverting Node's own GBK decoder (no encoder library needed). */
export function gbkEncode(text: string): Buffer {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(ch);
      if (!pair) throw new Error(`GBK 无法表示“${ch}”`);
      bytes.push(...pair);
    }
  }
  return Buffer.from(bytes);
}
