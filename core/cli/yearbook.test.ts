/**
 * `yearbook --year --out FILE.xlsx|FILE.pdf`, run as the IT helper would: a real process
 * on a real data file; the PDF through the in-process server and headless Chromium
 * (needs the built renderer, npx vite build). Bad arguments and a year to come exit non-zero.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { builtRendererDir } from '../platform/pdf-test-helpers';
import { seedYearbookFixture } from '../yearbook/fixture';
import { YEARBOOK_PARTS } from '../yearbook/parts';

function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'core/cli.ts', ...args], { env: { ...process.env, FULIAN_DB: '' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
    );
  });
}

describe('命令行 yearbook', () => {
  it('writes the .xlsx and the PDF with a JSON summary, and refuses bad arguments and a year to come', { timeout: 240_000 }, async () => {
    builtRendererDir();
    const dir = tempDir();
    const db = join(dir, 'fulian.sqlite');
    const opened = await openDatabase(db);
    try {
      await seedYearbookFixture({ db: opened.db, dbPath: opened.path, now: () => new Date() });
    } finally {
      await opened.close();
    }
    // The fixture's year (its dates are in 2026).
    const year = '2026';
    const nextYear = new Date().getFullYear() + 1;
    const summary = { ok: true, year: Number(year), members: 6, meetings: 3, studySessions: 1, itemsRaised: 2, itemsClosed: 1, archived: 1 };

    const xlsx = join(dir, '台账.xlsx');
    const a = await cli(['yearbook', '--year', year, '--out', xlsx, '--db', db]);
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout)).toMatchObject({ ...summary, out: xlsx });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((s) => s.name)).toEqual(YEARBOOK_PARTS.map((p) => p.title));

    const pdf = join(dir, '台账.pdf');
    const b = await cli(['yearbook', '--year', year, '--out', pdf, '--db', db]);
    expect(b.code).toBe(0);
    const printed = JSON.parse(b.stdout) as { pages: number };
    expect(printed).toMatchObject({ ...summary, out: pdf });
    expect(Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1])).toBe(printed.pages);
    expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' })).toContain(`${year}年度工作台账`);

    const wrongKind = await cli(['yearbook', '--year', year, '--out', join(dir, '台账.docx'), '--db', db]);
    expect(wrongKind.code).toBe(2);
    expect(JSON.parse(wrongKind.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('输出文件须以 .xlsx 或 .pdf 结尾') } });

    const future = join(dir, '明年.xlsx');
    const c = await cli(['yearbook', '--year', String(nextYear), '--out', future, '--db', db]);
    expect(c.code).toBe(1);
    expect(JSON.parse(c.stdout)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `${nextYear}年还没有到，不能编制该年度的工作台账。` } });
    expect(existsSync(future)).toBe(false);
  });
});
