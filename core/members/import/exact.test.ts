/**
 * Exactness (issue 9): a 20,000-row roster full of Chinese text, long enough
 * to cross every internal buffer boundary many times, imported through the
 * app's own path (worker thread included), then compared cell by cell with
 * LibreOffice's independent reading of the same file (--convert-to csv).
 * Zero differences and zero U+FFFD — exceljs's streaming reader failed this.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../../db/test-helpers';
import { demoMembers } from '../demo';
import { importMembersFromFile } from './run';
import { convertWithLibreOffice } from './test-files';

const COUNT = 20_000;
const AS_OF = '2026-11-29';
const HEADER = ['序号', '姓名', '身份证号码', '户籍地址', '现住址', '网格', '楼栋', '就业状况', '工作单位', '备注'];

/** Varied CJK text (U+4E00–U+9FA5, which NFKC leaves alone): every byte offset of a 3-byte character gets its turn at a boundary. */
function chinese(random: () => number, min: number, max: number): string {
  const length = min + Math.floor(random() * (max - min + 1));
  let text = '';
  for (let i = 0; i < length; i++) text += String.fromCharCode(0x4e00 + Math.floor(random() * (0x9fa5 - 0x4e00)));
  return text;
}

async function rosterFile(): Promise<Buffer> {
  let seed = 9;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('花名册');
  sheet.getColumn(3).numFmt = '@';
  sheet.addRow(HEADER);
  demoMembers(COUNT, 424242, AS_OF).forEach((m, i) => {
    sheet.addRow([
      i + 1, m.name, m.idNumber, `${m.householdAddress}${chinese(random, 2, 12)}`, `${m.currentAddress}${chinese(random, 0, 8)}`,
      `${chinese(random, 2, 4)}网格`, m.building, m.employment, chinese(random, 4, 20), chinese(random, 0, 30),
    ]);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('importing exactly what the file holds', () => {
  it('20,000 Chinese rows arrive in the database exactly as LibreOffice reads the file', async () => {
    const file = await rosterFile();
    const { ctx, db } = await openTempDatabase();
    const summary = await importMembersFromFile(ctx, file, '花名册.xlsx');
    expect(summary).toMatchObject({ rows: COUNT, imported: COUNT, errorRows: 0 });

    const csv = await convertWithLibreOffice(file, '花名册.xlsx', 'csv:Text - txt - csv (StarCalc):44,34,76,1');
    const [header, ...rows] = parse(csv.toString('utf8').replace(/^\uFEFF/, ''), { relax_column_count: true }) as string[][];
    expect(header).toEqual(HEADER);
    expect(rows).toHaveLength(COUNT);

    const saved = await db
      .selectFrom('member')
      .leftJoin('zone', 'zone.id', 'member.zone_id')
      .select(['member.name', 'id_number', 'household_address', 'current_address', 'zone.name as zone', 'building', 'employment', 'workplace', 'note'])
      .execute();
    const byId = new Map(saved.map((m) => [m.id_number, m]));
    const differences: string[] = [];
    for (const row of rows) {
      const m = byId.get(row[2]!);
      const got = m ? [m.name, m.id_number, m.household_address, m.current_address, m.zone ?? '', m.building, m.employment, m.workplace, m.note] : [];
      row.slice(1).forEach((want, i) => {
        if (got[i] !== want) differences.push(`第${row[0]}行 ${HEADER[i + 1]}：文件“${want}” 数据库“${got[i]}”`);
      });
    }
    expect(differences.slice(0, 20)).toEqual([]);
    const garbled = saved.filter((m) => Object.values(m).some((v) => typeof v === 'string' && v.includes('\uFFFD')));
    expect(garbled).toEqual([]);
  }, 300_000);
});
