/**
 * `npm run bench`: the speed figures of DESIGN §5 at N members (default 100,000),
 * printed as one JSON object. Each figure sits beside its target. The import is
 * timed through the app's exact path (importMembersFromFile: zip guard, worker
 * thread, SheetJS, checks, write), and beside it, in the same run, SheetJS's
 * bare read of the same file and LibreOffice's headless conversion of it to
 * CSV (when soffice is installed), with the ratios.
 *
 *   npm run bench [-- --members 100000 --runs 60 --only-import]
 *   npm run bench -- --only largest     (just the largest allowed records, issue 10 item 8)
 *   npm run bench -- --only print [--print-members 2600 --print-runs 3]   (prints and cold start only)
 *   npm run bench -- --only study      (the 学习台账 figure alone: 60 sessions, 40 people)
 *   npm run bench -- --only deliberation   (the yearly 议事台账 data + .xlsx for 120 议题)
 *   npm run bench -- --only archive     (档案台账: filing 100 records with PDF snapshots; packaging + verifying 300 items)
 *   npm run bench -- --only reports     (a 街道 merging 30 上报包 of 5,000 women, issue 16)
 *   npm run bench -- --only pdf         (the PDF service's first use and per-PDF time; a 300-item BagIt package written and verified, issue 14)
 *   npm run bench -- --only deliberation-print   (the yearly 议事台账 PDF of 120 议题, issue 13)
 *   npm run bench -- --only search [--records-file F] (global search p95 over 100,000 members + 10,000 records, issue 15)
 *   npm run bench -- --only home [--records-file F]   (首页: home.summary at 100,000 members + 10,000 records, issue 15)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { codeName, EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS } from '../core/members/codes';
import { demoMembers } from '../core/members/demo';
import { bareRead } from '../core/members/import/read-workbook';
import { importMembersFromFile } from '../core/members/import/run';
import { argValue } from '../core/platform/paths';
import { openDatabase } from '../db/open';
import { largestMeeting, largestMember } from '../core/api/largest-record';
import { seedDemoMembers } from '../core/members/demo-seed';
import { benchPrintAndStartup } from './bench-print';
import { deliberationLedgerFigure } from './bench-deliberation';
import { studyLedgerFigure } from './bench-study';
import { reportFigures } from './bench-reports';
import { archiveFigures } from './bench-archive';
import { pdfFigures } from './bench-pdf';
import { deliberationPrintFigure } from './bench-deliberation-print';
import { searchFigure } from './bench-search';
import { homeFigure } from './bench-home';

const N = Number(argValue(process.argv, '--members') ?? 100_000);
const RUNS = Number(argValue(process.argv, '--runs') ?? 60);
const AS_OF = '2026-11-29';
const ONLY = argValue(process.argv, '--only');
/** Prints and the cold start are measured at the size of one community, not at N. */
const printBench = () =>
  benchPrintAndStartup({
    members: Number(argValue(process.argv, '--print-members') ?? 2600),
    runs: Number(argValue(process.argv, '--print-runs') ?? 3),
    asOf: AS_OF,
  });

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

/** LibreOffice's .xlsx → CSV conversion of the file, after a warm-up that creates its profile; null without soffice. */
function libreOfficeCsvMs(dir: string, xlsx: string): number | null {
  const profile = `-env:UserInstallation=file://${join(dir, 'lo-profile')}`;
  const convert = (file: string) =>
    execFileSync('soffice', [profile, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1', '--outdir', join(dir, 'lo-out'), file], { stdio: 'ignore' });
  try {
    const warm = join(dir, 'warm.csv');
    writeFileSync(warm, 'a\n1\n');
    convert(warm);
  } catch {
    return null;
  }
  const start = process.hrtime.bigint();
  convert(xlsx);
  return ms(start);
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

/**
 * The largest records the schemas allow, among 2,600 members (DESIGN §5's roster):
 * each figure is the whole call through the API table, target well under a second.
 */
async function largestRecordFigures(dir: string) {
  const opened = await openDatabase(join(dir, 'largest.sqlite'));
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date(`${AS_OF}T10:00:00+08:00`) };
  try {
    await seedDemoMembers(ctx, 2600, 20261201);
    const all = { filters: { status: '全部' }, asOf: AS_OF };
    const once = async (method: string, input: unknown) => {
      await call(ctx, method, input); // warm
      return round(await timeIt(() => call(ctx, method, input)));
    };
    const withoutIt = {
      rosterPrintDataMs: await once('members.rosterSheet', all),
      rosterExportMs: await once('members.exportRoster', all),
      statisticsMs: await once('members.stats', { asOf: AS_OF }),
    };
    const zoneId = ((await call(ctx, 'members.listZones', undefined)) as { id: number }[])[0]!.id;
    const member = (await call(ctx, 'members.create', largestMember(zoneId, '11010519491231002X'))) as { id: number };
    const typeId = ((await call(ctx, 'meetings.listTypes', undefined)) as { id: number }[])[0]!.id;
    const meeting = (await call(ctx, 'meetings.create', largestMeeting(typeId))) as { id: number };
    return {
      members: 2600,
      beforeTheLargestMember: withoutIt,
      memberGetMs: await once('members.get', { id: member.id }),
      rosterPrintDataMs: await once('members.rosterSheet', all),
      rosterExportMs: await once('members.exportRoster', all),
      statisticsMs: await once('members.stats', { asOf: AS_OF }),
      meetingSaveMs: round(await timeIt(() => call(ctx, 'meetings.update', { id: meeting.id, meeting: largestMeeting(typeId) }))),
      meetingGetMs: await once('meetings.get', { id: meeting.id }),
      meetingDocxMs: await once('meetings.exportDocx', { id: meeting.id }),
      /** For the one record's calls (get, save, .docx); the roster-wide ones compare with beforeTheLargestMember. */
      targetMs: 1000,
    };
  } finally {
    await opened.close();
  }
}

async function main() {
  if (argValue(process.argv, '--only') === 'reports') {
    const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-'));
    try {
      console.log(JSON.stringify({ reports: await reportFigures(dir) }, null, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  if (ONLY === 'pdf') {
    const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-'));
    try {
      console.log(JSON.stringify(await pdfFigures(dir), null, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  if (argValue(process.argv, '--only') === 'largest') {
    const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-'));
    try {
      console.log(JSON.stringify({ largestRecord: await largestRecordFigures(dir) }, null, 2));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return;
  }
  if (ONLY === 'print') return console.log(JSON.stringify({ print: await printBench() }, null, 2));
  if (ONLY === 'deliberation-print') return console.log(JSON.stringify({ deliberationLedgerPdf: await deliberationPrintFigure() }, null, 2));
  if (ONLY === 'search') {
    const runs = argValue(process.argv, '--search-runs');
    return console.log(JSON.stringify({ globalSearch: await searchFigure({ recordsFile: argValue(process.argv, '--records-file'), runs: runs ? Number(runs) : undefined }) }, null, 2));
  }
  if (ONLY === 'home') return console.log(JSON.stringify({ home: await homeFigure() }, null, 2));
  if (ONLY === 'archive') return console.log(JSON.stringify({ archive: await archiveFigures() }, null, 2));
  if (argValue(process.argv, '--only') === 'study') return console.log(JSON.stringify({ studyLedger: await studyLedgerFigure() }, null, 2));
  if (ONLY === 'deliberation') return console.log(JSON.stringify({ deliberationLedger: await deliberationLedgerFigure() }, null, 2));
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-'));
  try {
    const xlsx = join(dir, 'roster.xlsx');
    await writeRosterXlsx(xlsx);
    const buffer = readFileSync(xlsx);

    const opened = await openDatabase(join(dir, 'fulian.sqlite'));
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date(`${AS_OF}T10:00:00+08:00`) };
    let summary: Awaited<ReturnType<typeof importMembersFromFile>> | undefined;
    const rssBefore = process.memoryUsage().rss;
    const importMs = await timeIt(async () => (summary = await importMembersFromFile(ctx, buffer, 'roster.xlsx')));
    // Taken before the bare read below, which would otherwise set this process's high-water mark itself.
    const importPeakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const importRssMb = Math.round(Math.max(rssBefore, process.memoryUsage().rss) / 1024 / 1024);

    const bareReadMs = await timeIt(async () => {
      const workbook = bareRead(buffer);
      for (const name of workbook.SheetNames) void workbook.Sheets[name]!['!data']?.length;
    });
    const libreOfficeMs = libreOfficeCsvMs(dir, xlsx);
    const importFigures = {
      fileMb: round(buffer.length / 1024 / 1024),
      importMs: Math.round(importMs),
      sheetjsBareReadMs: Math.round(bareReadMs),
      libreOfficeCsvMs: libreOfficeMs === null ? null : Math.round(libreOfficeMs),
      ratioToBareRead: round(importMs / bareReadMs),
      ratioToLibreOffice: libreOfficeMs === null ? null : round(importMs / libreOfficeMs),
      imported: summary?.imported,
      errors: summary?.errors.length,
      rssMb: importRssMb,
      /** This process's high-water mark by the end of the import (worker included), before the bare read. */
      peakRssMb: importPeakRssMb,
      targetMs: 10_000,
      targetRatioToLibreOffice: 2,
    };
    if (process.argv.includes('--only-import')) {
      await opened.close();
      console.log(JSON.stringify({ members: N, import: importFigures }, null, 2));
      return;
    }

    const sample = demoMembers(200, 20261129, AS_OF);
    const twoCharNames = sample.map((m) => m.name.slice(-2));
    const initials = ['zhl', 'wxy', 'lgl', 'chm', 'ylj', 'zyf', 'lj', 'wf'];
    const idTails = sample.map((m) => m.idNumber.slice(-4));
    const list = (query: string) => ({ query, offset: 0, limit: 200, asOf: AS_OF });

    const result = {
      members: N,
      machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
      import: importFigures,
      search: {
        twoCharName: await latency(ctx, 'members.list', twoCharNames.map(list)),
        pinyinInitials: await latency(ctx, 'members.list', initials.map(list)),
        idTail: await latency(ctx, 'members.list', idTails.map(list)),
        targetP95Ms: 20,
      },
      statistics: { ...(await latency(ctx, 'members.stats', [{ asOf: AS_OF }])), targetMs: 100 },
      firstRosterPage: await latency(ctx, 'members.list', [{ offset: 0, limit: 200, asOf: AS_OF }]),
      largestRecord: await largestRecordFigures(dir),
      studyLedger: await studyLedgerFigure(),
      deliberationLedger: await deliberationLedgerFigure(),
    };
    await opened.close();
    console.log(JSON.stringify({ ...result, print: await printBench() }, null, 2));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
