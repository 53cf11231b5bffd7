/** export-report and merge-reports, run as the 街道's IT helper would: real processes, real files. */
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { upsertDistrictBranch } from '../../db/reporting/queries';
import { demoMembers } from '../members/demo';
import { seedBranch } from '../reporting/testing';

const AS_OF = '2026-11-29';

function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'core/cli.ts', ...args], { env: { ...process.env, FULIAN_DB: '' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

async function withDb(path: string, work: (ctx: { db: Awaited<ReturnType<typeof openDatabase>>['db']; dbPath: string; now: () => Date }) => Promise<void>) {
  const opened = await openDatabase(path);
  try {
    await work({ db: opened.db, dbPath: opened.path, now: () => new Date('2026-11-29T08:00:00+08:00') });
  } finally {
    await opened.close();
  }
}

describe('命令行 export-report / merge-reports', () => {
  it('exports two branches, merges the folder to JSON and .xlsx, and exits 1 when a package is refused', { timeout: 180_000 }, async () => {
    const dir = tempDir();
    const inbox = join(dir, '收到的上报包');
    mkdirSync(inbox);
    const fingerprints: string[] = [];
    for (const [i, size] of [120, 80].entries()) {
      const db = join(dir, `branch${i}.sqlite`);
      await withDb(db, (ctx) => seedBranch(ctx, `第${i + 1}社区`, `C0${i + 1}`, '', demoMembers(size, 40 + i, AS_OF)));
      const out = join(inbox, `第${i + 1}社区-${AS_OF}.fulian-report`);
      const run = await cli(['export-report', '--as-of', AS_OF, '--out', out, '--db', db, '--filled-by', '王秀英']);
      expect(run.code, run.stderr).toBe(0);
      fingerprints.push((JSON.parse(run.stdout) as { fingerprint: string }).fingerprint);
    }
    const district = join(dir, 'district.sqlite');
    await withDb(district, async (ctx) => {
      await upsertDistrictBranch(ctx.db, { code: 'C01', name: '第1社区', fingerprint: fingerprints[0]! }, 'now');
      await upsertDistrictBranch(ctx.db, { code: 'C02', name: '第2社区', fingerprint: fingerprints[1]! }, 'now');
      await upsertDistrictBranch(ctx.db, { code: 'C03', name: '第3社区', fingerprint: '0000-0000-0000-0000' }, 'now');
    });
    const xlsx = join(dir, '汇总.xlsx');
    const ok = await cli(['merge-reports', inbox, '--as-of', AS_OF, '--out', xlsx, '--db', district]);
    expect(ok.code, ok.stderr).toBe(0);
    const merged = JSON.parse(ok.stdout) as { expected: number; received: unknown[]; missing: { code: string }[]; refused: unknown[]; stats: { total: number } };
    expect([merged.expected, merged.received.length, merged.missing.map((m) => m.code), merged.stats.total]).toEqual([3, 2, ['C03'], 200]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(xlsx) as never);
    expect(book.worksheets[0]!.getCell('A2').text).toContain('已报 2 / 应报 3 个社区');

    writeFileSync(join(inbox, '坏的.fulian-report'), readFileSync(join(inbox, `第1社区-${AS_OF}.fulian-report`)).subarray(0, 100));
    const bad = await cli(['merge-reports', inbox, '--as-of', AS_OF, '--db', district]);
    expect(bad.code).toBe(1);
    expect((JSON.parse(bad.stdout) as { refused: { reason: string }[] }).refused[0]!.reason).toMatch(/“坏的.fulian-report”未导入/);
  });
});
