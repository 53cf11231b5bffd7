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

/** The 身份证号 of each person in wpsRoster(), by name. */
export const WPS_IDS = {
  王秀英: makeId('19750308', '022', '420303'),
  李春梅: makeId('19820611', '044', '420303'),
  张建国: makeId('19700101', '013', '420303'), // 17th digit odd: a man
  赵丽: makeId('19900215', '066', '420303'),
  刘芳: makeId('19881120', '088', '420303'),
  陈静: makeId('19660707', '102', '420303'),
  周敏: makeId('19950909', '124', '420303'),
};

const WPS_TOP = ['序号', '基本信息', null, null, null, '民族', '文化程度', '政治面貌', '联系电话', '家庭住址', '备注'];
const WPS_SUB = [null, '姓名', '性别', '身份证号码', '出生年月', null, null, null, null, null, null];
/** 序号 and the columns after 基本信息 merged down over both header rows; 基本信息 across four columns. */
const WPS_MERGES = ['A1:K1', 'A2:A3', 'B2:E2', 'F2:F3', 'G2:G3', 'H2:H3', 'I2:I3', 'J2:J3', 'K2:K3'];

/**
 * A roster kept the WPS way (issue 9, finding 2): one sheet per 网格 with a
 * merged title and a two-row merged header, IDs typed with a leading
 * apostrophe or spaces, a masked phone, a man, the same ID on both sheets, a
 * bad ID, a blank separator row, 合计 and 填表人/审核人/填表日期 rows, and a
 * 填表说明 sheet.
 */
export function wpsRoster(): Promise<Buffer> {
  const ids = WPS_IDS;
  return xlsxFile(
    {
      name: '一网格',
      merges: WPS_MERGES,
      rows: [
        ['幸福里社区妇女花名册（一网格）'],
        WPS_TOP,
        WPS_SUB,
        [1, '王秀英', '女', `'${ids.王秀英}`, '1975.03', '汉族', '高中', '群众', '13812345678', '幸福里3栋201', ''],
        [2, '李春梅', '女', ids.李春梅, '1982.06', '回族', '大专', '中共党员', '135****1745', '幸福里5栋102', '低保'],
        [3, '张建国', '男', ids.张建国, '1970.01', '汉族', '初中', '群众', '', '幸福里1栋', ''],
        [4, '赵丽', '女', `${ids.赵丽.slice(0, 6)} ${ids.赵丽.slice(6, 14)} ${ids.赵丽.slice(14)}`, '1990.02', '满族', '本科', '共青团员', '13912345678', '幸福里2栋', ''],
        [5, '刘芳', '女', ids.刘芳, '1988.11', '汉族', '中专', '群众', '', '幸福里4栋', ''],
        [6, '吴敏', '女', '420303198001010021', '1980.01', '汉族', '高中', '群众', '', '', ''],
        [],
        ['合计', '6人'],
        ['填表人：张三', null, null, '审核人：李四'],
        ['填表日期：2026年11月20日'],
      ],
    },
    {
      name: '二网格',
      merges: WPS_MERGES,
      rows: [
        ['幸福里社区妇女花名册（二网格）'],
        WPS_TOP,
        WPS_SUB,
        [1, '陈静', '女', ids.陈静, '1966.07', '蒙古族', '研究生', '群众', '0571-87654321', '幸福里8栋', ''],
        [2, '刘芳', '女', ids.刘芳, '1988.11', '汉族', '中专', '群众', '', '幸福里4栋', '搬到二网格'],
        [3, '周敏', '女', ids.周敏, '1995.09', '火星族', '初中', '群众', '1391234', '幸福里9栋', ''],
        ['合计', '3人'],
      ],
    },
    { name: '填表说明', rows: [['填表说明'], ['1. 每个网格一张表。'], ['2. 身份证号请填18位。']] },
  );
}

/**
 * The file converted by LibreOffice headless (`to`: 'xls', 'csv' …), read back.
 * Its own profile folder, so parallel runs do not wait on each other's lock.
 */
export async function convertWithLibreOffice(file: Buffer, fileName: string, to: string): Promise<Buffer> {
  const { execFile } = await import('node:child_process');
  const { mkdtemp, readFile, readdir, rm, writeFile } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const dir = await mkdtemp(join(tmpdir(), 'fulian-lo-'));
  try {
    await writeFile(join(dir, fileName), file);
    const out = join(dir, 'out');
    await new Promise<void>((resolve, reject) =>
      execFile(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', to, '--outdir', out, join(dir, fileName)],
        { timeout: 240_000 },
        (err) => (err ? reject(err) : resolve()),
      ),
    );
    const [converted] = await readdir(out);
    if (!converted) throw new Error('LibreOffice 没有输出文件');
    return await readFile(join(out, converted));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
