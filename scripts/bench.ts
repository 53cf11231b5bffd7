/**
 * `npm run bench`: the speed figures of DESIGN §5 at N members (default 100,000),
 * printed as one JSON object. Each figure sits beside its target, and import is
 * also given as a ratio to exceljs's bare read of the same file, which is the
 * floor any .xlsx import on this machine stands on.
 *
 *   npm run bench [-- --members 100000 --runs 60]
 *   npm run bench -- --only study      (the 学习台账 figure alone: 60 sessions, 40 people)
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { codeName, EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS } from '../core/members/codes';
import { demoMembers } from '../core/members/demo';
import { importMembersFromFile } from '../core/members/import/run';
import { argValue } from '../core/platform/paths';
import { openDatabase } from '../db/open';
import { studyLedgerFigure } from './bench-study';

const N = Number(argValue(process.argv, '--members') ?? 100_000);
const RUNS = Number(argValue(process.argv, '--runs') ?? 60);
const AS_OF = '2026-11-29';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const round = (x: number) => Math.round(x * 10) / 10;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return ms(start);
}

/** A roster as officers keep it: a title row, then the header, IDs as text. */
async function writeRosterXlsx(path: string) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const sheet = workbook.addWorksheet('花名册');
  sheet.addRow(['幸福里社区妇女花名册（演示数据）']).commit();
  sheet.addRow(['序号', '姓名', '身份证号码', '民族', '文化程度', '政治面貌', '婚姻状况', '联系电话', '户籍地址', '现住址', '网格', '楼栋', '就业状况', '入册日期', '身份', '关爱标签']).commit();
  demoMembers(N, 20261129, AS_OF).forEach((m, i) => {
    sheet
      .addRow([
        i + 1, m.name, m.idNumber, codeName(ETHNICITY, m.ethnicity), codeName(EDUCATION, m.education),
        codeName(POLITICAL_STATUS, m.political), codeName(MARITAL_STATUS, m.marital), m.phone, m.householdAddress,
        m.currentAddress, m.zoneName, m.building, m.employment, m.joinedOn, m.roles.join('、'), m.tags.join('、'),
      ])
      .commit();
  });
  await workbook.commit();
}

async function call(ctx: AppContext, method: string, input: unknown) {
  const answer = await dispatch(apiTable, ctx, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value;
}

async function latency(ctx: AppContext, method: string, inputs: unknown[]) {
  for (const input of inputs.slice(0, 5)) await call(ctx, method, input); // warm the page cache
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push(await timeIt(() => call(ctx, method, inputs[i % inputs.length])));
  return { p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), runs: RUNS };
}

async function main() {
  if (argValue(process.argv, '--only') === 'study') return console.log(JSON.stringify({ studyLedger: await studyLedgerFigure() }, null, 2));
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-'));
  try {
    const xlsx = join(dir, 'roster.xlsx');
    await writeRosterXlsx(xlsx);
    const buffer = readFileSync(xlsx);

    const bareReadMs = await timeIt(async () => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
      workbook.worksheets[0]!.eachRow(() => undefined);
    });

    const opened = await openDatabase(join(dir, 'fulian.sqlite'));
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date(`${AS_OF}T10:00:00+08:00`) };
    let summary: Awaited<ReturnType<typeof importMembersFromFile>> | undefined;
    const importMs = await timeIt(async () => (summary = await importMembersFromFile(ctx, buffer, 'roster.xlsx')));

    const sample = demoMembers(200, 20261129, AS_OF);
    const twoCharNames = sample.map((m) => m.name.slice(-2));
    const initials = ['zhl', 'wxy', 'lgl', 'chm', 'ylj', 'zyf', 'lj', 'wf'];
    const idTails = sample.map((m) => m.idNumber.slice(-4));
    const list = (query: string) => ({ query, offset: 0, limit: 200, asOf: AS_OF });

    const result = {
      members: N,
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      import: {
        fileMb: round(buffer.length / 1024 / 1024),
        exceljsBareReadMs: Math.round(bareReadMs),
        importMs: Math.round(importMs),
        ratioToBareRead: round(importMs / bareReadMs),
        imported: summary?.imported,
        errors: summary?.errors.length,
        targetMs: 10_000,
      },
      search: {
        twoCharName: await latency(ctx, 'members.list', twoCharNames.map(list)),
        pinyinInitials: await latency(ctx, 'members.list', initials.map(list)),
        idTail: await latency(ctx, 'members.list', idTails.map(list)),
        targetP95Ms: 20,
      },
      statistics: { ...(await latency(ctx, 'members.stats', [{ asOf: AS_OF }])), targetMs: 100 },
      firstRosterPage: await latency(ctx, 'members.list', [{ offset: 0, limit: 200, asOf: AS_OF }]),
      studyLedger: await studyLedgerFigure(),
    };
    await opened.close();
    console.log(JSON.stringify(result, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
