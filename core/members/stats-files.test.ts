/** The statistics outside the page: the .xlsx read back with exceljs, and the CLI's JSON. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { upsertBranchInfo } from '../../db/settings/queries';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { FIXTURE_AS_OF, seedStatsFixture } from './stats-fixture';

const run = promisify(execFile);

async function seeded(branchName = '幸福里社区妇联') {
  const opened = await openTempDatabase();
  await seedStatsFixture(opened.ctx);
  await upsertBranchInfo(opened.db, { name: branchName, street: '', fondsCode: '', contact: '', phone: '' }, '2026-11-29T08:00:00+08:00');
  return opened;
}

function rowsOf(sheet: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  return rows;
}

describe('members.exportStats', () => {
  it('writes the title, branch, date, every breakdown with its denominator, A4 setup and a frozen header', async () => {
    const { ctx } = await seeded();
    const answer = await dispatch(apiTable, ctx, 'members.exportStats', { asOf: FIXTURE_AS_OF });
    if (!answer.ok) throw new Error(answer.error.message);
    const file = answer.value as { fileName: string; base64: string };
    expect(file.fileName).toBe('妇女基本情况统计表_2026-06-30.xlsx');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('基本情况统计')!;
    const rows = rowsOf(sheet);
    expect(rows[0]![0]).toBe('妇女基本情况统计表');
    expect(rows[1]![0]).toBe('单位：幸福里社区妇联');
    expect(rows[2]![0]).toContain('统计截止日期：2026年6月30日');
    expect(rows).toContainEqual(['45周岁及以上', '6', '13', '46.2']);
    expect(rows).toContainEqual(['其中：大专及以上', '5', '13', '38.5']);
    expect(rows).toContainEqual(['未填', '2', '13', '15.4']);
    expect(rows).toContainEqual(['东区', '5', '38.5', '2', '40', '2', '40']); // 40.0 shown via numFmt 0.0
    expect(rows.some((r) => r[0]!.startsWith('统计口径：截至2026年6月30日在册妇女，共13人'))).toBe(true);
    expect(rows.some((r) => r[0]!.includes('另有男性记录1条'))).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  it('neutralizes a branch name that looks like a formula', async () => {
    const { ctx } = await seeded('=HYPERLINK("http://x")');
    const answer = await dispatch(apiTable, ctx, 'members.exportStats', { asOf: FIXTURE_AS_OF });
    if (!answer.ok) throw new Error(answer.error.message);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from((answer.value as { base64: string }).base64, 'base64') as unknown as ArrayBuffer);
    const cell = workbook.getWorksheet('基本情况统计')!.getCell('A2');
    expect(cell.value).toBe('单位：=HYPERLINK("http://x")'); // not at the start: nothing to neutralize
    expect(cell.formula).toBeUndefined();
  });
});

describe('npm run cli -- stats', () => {
  it('prints the same figures as JSON for --db and --as-of, and refuses a bad date in Chinese', async () => {
    const { path: dbPath, close } = await seeded();
    await close();
    const { stdout } = await run('npx', ['tsx', 'core/cli.ts', 'stats', '--db', dbPath, '--as-of', FIXTURE_AS_OF]);
    const printed = JSON.parse(stdout);
    expect(printed).toMatchObject({ asOf: '2026-06-30', total: 13, excludedMen: 1 });
    expect(printed.age45plus).toEqual({ label: '45周岁及以上', count: 6, denominator: 13, percent: '46.2' });
    const bad = await run('npx', ['tsx', 'core/cli.ts', 'stats', '--db', dbPath, '--as-of', '2026-13-01']).catch((err: { code: number; stderr: string }) => err);
    expect(bad).toMatchObject({ code: 2, stderr: expect.stringContaining('统计截止日期') });
  }, 30_000);
});
