/**
 * Reading in a worker thread while this one checks rows ahead must give the
 * very rows, plan and errors of reading here: the worker path is forced
 * (`always`) on small files that would otherwise be read in this thread.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../../db/test-helpers';
import { planImport } from './plan';
import { readSheetsCheckingAhead } from './read-parallel';
import { readSheets, type Sheet } from './read-sheet';
import { makeId, xlsxFile, type FixtureCell } from './test-files';

const AS_OF = '2026-11-29';
const HEADER = ['序号', '姓名', '身份证号码', '文化程度', '出生日期', '入册日期'];

function roster(): FixtureCell[][] {
  const rows: FixtureCell[][] = [['幸福里社区妇女花名册'], HEADER];
  for (let i = 0; i < 40; i++) {
    rows.push([i + 1, `妇女${i}`, makeId('19750308', String(2 * i + 2).padStart(3, '0')), '本科', new Date(Date.UTC(1975, 2, 8)), '2020-01-01']);
  }
  rows.push([41, '错号', '110105197503080011', '本科', null, null]); // bad check digit
  rows.push([42, '未来', makeId('20300101'), '大学', null, '2020-02-30']); // born after today, impossible date
  rows.push([43, '旧证', 110105750308998, null, null, null]); // 15 digits stored as a number
  rows.push([44, '妇女0', makeId('19750308', '002'), null, null, null]); // same ID as row 3
  return rows;
}

const withoutChecks = (sheets: Sheet[]) => sheets.map((s) => ({ ...s, rows: s.rows.map(({ number, cells }) => ({ number, cells })) }));

async function bothWays(file: Buffer, fileName = '花名册.xlsx') {
  const here = await readSheets(file, fileName);
  const ahead = await readSheetsCheckingAhead(file, fileName, { asOf: AS_OF, always: true });
  return { here, ahead };
}

describe('reading a large .xlsx in a worker thread', () => {
  it('gives the same rows, each data row of the roster sheet already checked, and the same plan', async () => {
    const file = await xlsxFile({ name: '说明', rows: [['本表由社区填写']] }, { name: '花名册', rows: roster(), textColumns: [3] });
    const { here, ahead } = await bothWays(file);
    expect(withoutChecks(ahead)).toEqual(here);
    const rosterRows = ahead[1]!.rows;
    expect(rosterRows.filter((r) => r.checked).map((r) => r.number)).toEqual(rosterRows.filter((r) => r.number > 2).map((r) => r.number));
    expect(ahead[0]!.rows.some((r) => r.checked)).toBe(false);

    const { db } = await openTempDatabase();
    const options = { onExisting: 'skip' as const, asOf: AS_OF };
    const planAhead = await planImport(db, ahead, options);
    expect(planAhead).toEqual(await planImport(db, here, options));
    // An impossible 入册日期 is a warning now, and the ID repeated in row 46 holds both rows for the user (需确认).
    expect(planAhead.errors.map((e) => e.row)).toEqual([43, 44]);
    expect(planAhead.pending.map((p) => p.key)).toEqual(['花名册!3', '花名册!46']);
    expect(planAhead.create).toHaveLength(40);
    // Taken once: planning the same rows again reads them afresh and agrees.
    expect(await planImport(db, ahead, options)).toEqual(planAhead);
  });

  it('checks ahead only for the date and columns it was given: another date or mapping reads the rows again', async () => {
    const file = await xlsxFile({ name: '花名册', rows: roster(), textColumns: [3] });
    const { db } = await openTempDatabase();
    const earlier = { onExisting: 'skip' as const, asOf: '1990-01-01' };
    const { here, ahead } = await bothWays(file);
    expect(await planImport(db, ahead, earlier)).toEqual(await planImport(db, here, earlier));

    const remapped = { onExisting: 'skip' as const, asOf: AS_OF, mapping: { 文化程度: '' as const } };
    const again = await bothWays(file);
    expect(await planImport(db, again.ahead, remapped)).toEqual(await planImport(db, again.here, remapped));
  });

  it('brings the worker’s refusals back as the same Chinese messages', async () => {
    const rows = [HEADER, ...Array.from({ length: 200 }, (_, i) => [i, `妇女${i}`, makeId('19750308', String(2 * i + 2).padStart(3, '0'))])];
    const file = await xlsxFile({ rows, textColumns: [3] });
    const truncated = file.subarray(0, Math.floor(file.length / 2));
    const varied = Array.from({ length: 3000 }, (_, i) => String.fromCharCode(0x4e00 + ((i * 7919) % 20000))).join('');
    const longCell = await xlsxFile({ name: '花名册', rows: [['姓名', '身份证号码', '备注'], ['李红', makeId('19750308'), varied]] });
    for (const [name, bytes] of [['截断.xlsx', truncated], ['长备注.xlsx', longCell]] as const) {
      const here = await readSheets(bytes, name).catch((e: unknown) => e);
      const ahead = await readSheetsCheckingAhead(bytes, name, { asOf: AS_OF, always: true }).catch((e: unknown) => e);
      expect(ahead).toBeInstanceOf(Error);
      expect(ahead).toMatchObject({ code: 'VALIDATION', message: (here as Error).message });
    }
  });

  it('reads the file in this thread when the worker cannot load or dies before a row', async () => {
    const file = await xlsxFile({ name: '花名册', rows: roster(), textColumns: [3] });
    const here = await readSheets(file, '花名册.xlsx');
    for (const code of ['throw new Error("缺少 read-worker.cjs")', 'process.exit(1)']) {
      const startWorker = async () => new Worker(code, { eval: true });
      const sheets = await readSheetsCheckingAhead(file, '花名册.xlsx', { asOf: AS_OF, always: true, startWorker });
      expect(sheets).toEqual(here);
    }
  });
});
