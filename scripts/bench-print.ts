/**
 * The print and start-up figures of DESIGN §5, measured as the desktop app works:
 * each print opens its route in a FRESH page of headless Chromium through the harness,
 * waits for the ready signal and prints A4 with page.pdf (Electron's hidden print
 * window + printToPDF); the cold start is the harness opening the data file (and
 * making the daily backup when one is due) until the first roster rows show in a
 * page. Needs the built renderer (`vite build`) and Debian's Chromium.
 *
 * Electron's hidden print window is a new window in the app's own session: its HTTP
 * cache and V8 code cache already hold the bundle the main window (and the preview
 * the officer is looking at) loaded. The main figures are therefore fresh pages in one
 * persistent Chromium profile. Beside them, the blank page and the meeting are also
 * printed in a brand-new browser context (empty caches, the context's own start-up):
 * the first print ever, and what earlier versions of this bench reported.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import { autoBackupIfDue } from '../core/backup/service';
import type { AppContext } from '../core/context';
import { fixtureMeetingInput } from '../core/meetings/fixture';
import { seedDemoMembers } from '../core/members/demo-seed';
import { openDatabase } from '../db/open';
import { DEFAULT_RENDERER_DIR, startHarness } from '../harness/server';

/**
 * CPU time (ms) used so far by this process's children and theirs (Chromium's processes),
 * from /proc; null off Linux. On a busy machine the wall-clock figures wander, these do not.
 */
function chromiumCpuMs(): number | null {
  if (process.platform !== 'linux') return null;
  const descendants = (pid: number): number[] => {
    let kids: number[] = [];
    try {
      kids = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number);
    } catch {
      // pgrep exits 1 when a process has no children.
    }
    return kids.flatMap((k) => [k, ...descendants(k)]);
  };
  let ticks = 0;
  for (const pid of descendants(process.pid)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime + stime, in clock ticks (100 per second)
    } catch {
      // The process ended in between.
    }
  }
  return ticks * 10;
}

/** CPU time of this process (the harness's core handlers answering the page). */
const coreCpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return Math.round((used.user + used.system) / 1000);
};

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function call(ctx: AppContext, method: string, input: unknown) {
  const answer = await dispatch(apiTable, ctx, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value;
}

/** A data file with `members` demo women and one finalized meeting carrying two 更正. */
async function seedDataFile(path: string, members: number, asOf: string) {
  const opened = await openDatabase(path);
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date(`${asOf}T10:00:00+08:00`) };
  await seedDemoMembers(ctx, members, 20261129);
  const { id } = (await call(ctx, 'meetings.create', await fixtureMeetingInput(ctx))) as { id: number };
  await call(ctx, 'meetings.finalize', { id });
  await call(ctx, 'meetings.addCorrection', { id, what: '第二项议题的发言人应为李桂兰', why: '记录时笔误', by: '王秀英' });
  await call(ctx, 'meetings.addCorrection', { id, what: '散会时间应为11:40', why: '核对签到表后更正', by: '张丽' });
  await opened.close();
  return id;
}

interface PrintFigure {
  /** Fresh page → ready signal (bundle, data, fonts). */
  loadMs: number;
  pdfMs: number;
  totalMs: number;
  pages: number;
  scriptKb: number;
  /** CPU spent by Chromium (bundle, layout, PDF) and by the core (loading the data), load to PDF. */
  chromiumCpuMs: number | null;
  coreCpuMs: number;
  targetMs: number | null;
  ratioToTarget: number | null;
}

/** Where a print window opens: a new page in the app's session, or a new context of a browser. */
type PrintWindows = BrowserContext | Browser;

async function printOnce(windows: PrintWindows, url: string): Promise<Omit<PrintFigure, 'targetMs' | 'ratioToTarget'>> {
  const start = process.hrtime.bigint();
  const cpu0 = chromiumCpuMs();
  const core0 = process.cpuUsage();
  const page = await windows.newPage();
  let scriptBytes = 0;
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script') void r.body().then((b) => (scriptBytes += b.length), () => undefined);
  });
  await page.goto(url);
  if (url !== 'about:blank') await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
  const loadMs = ms(start);
  const pdfStart = process.hrtime.bigint();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: 'A4' });
  const pdfMs = ms(pdfStart);
  const totalMs = ms(start);
  const cpu1 = chromiumCpuMs();
  const core = coreCpuMs(core0);
  await page.close();
  if (process.env.FULIAN_BENCH_PDF_DIR && url !== 'about:blank') writeFileSync(join(process.env.FULIAN_BENCH_PDF_DIR, `${new URL(url).hash.slice(8).split('?')[0]}.pdf`), pdf);
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  const chromiumCpu = cpu0 === null || cpu1 === null ? null : cpu1 - cpu0;
  return { loadMs, pdfMs, totalMs, pages, scriptKb: Math.round(scriptBytes / 1024), chromiumCpuMs: chromiumCpu, coreCpuMs: core };
}

/** One warm-up print (Chromium's own start-up costs), then the median of `runs` by total time. */
async function printFigure(windows: PrintWindows, url: string, runs: number, targetMs: number | null): Promise<PrintFigure> {
  await printOnce(windows, url);
  const samples: Array<Awaited<ReturnType<typeof printOnce>>> = [];
  for (let i = 0; i < runs; i++) samples.push(await printOnce(windows, url));
  const mid = median(samples.map((s) => s.totalMs));
  const chosen = samples.find((s) => s.totalMs === mid)!;
  const round = (x: number) => Math.round(x);
  return {
    loadMs: round(chosen.loadMs),
    pdfMs: round(chosen.pdfMs),
    totalMs: round(chosen.totalMs),
    pages: chosen.pages,
    scriptKb: chosen.scriptKb,
    chromiumCpuMs: chosen.chromiumCpuMs,
    coreCpuMs: chosen.coreCpuMs,
    targetMs,
    ratioToTarget: targetMs ? Math.round((chosen.totalMs / targetMs) * 100) / 100 : null,
  };
}

/** Harness start on a copy of the data file → first roster rows in a page that was already open. */
async function coldStartOnce(browser: Browser, seeded: string, backupDue: boolean): Promise<{ totalMs: number; backupMade: boolean }> {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-start-'));
  try {
    const dbPath = join(dir, 'fulian.sqlite');
    copyFileSync(seeded, dbPath);
    if (!backupDue) {
      const opened = await openDatabase(dbPath);
      await autoBackupIfDue(opened, new Date());
      await opened.close();
    }
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    const start = process.hrtime.bigint();
    const harness = await startHarness({ dbPath, rendererDir: process.env.FULIAN_RENDERER_DIR });
    await page.goto(`${harness.url}#/members`);
    await page.locator('[data-testid="roster-scroller"] [role="row"] [role="cell"]:not(.loading-cell)').first().waitFor({ timeout: 60_000 });
    const totalMs = ms(start);
    await page.close();
    await harness.close();
    return { totalMs: Math.round(totalMs), backupMade: existsSync(join(dir, 'backups')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function coldStart(browser: Browser, seeded: string, backupDue: boolean, runs: number) {
  await coldStartOnce(browser, seeded, backupDue);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await coldStartOnce(browser, seeded, backupDue)).totalMs);
  return { medianMs: median(samples), samplesMs: samples };
}

export interface PrintBenchOptions {
  members: number;
  runs: number;
  asOf: string;
}

export async function benchPrintAndStartup({ members, runs, asOf }: PrintBenchOptions) {
  if (!existsSync(join(process.env.FULIAN_RENDERER_DIR ?? DEFAULT_RENDERER_DIR, 'index.html'))) {
    throw new Error('打印与启动测速需要已构建的界面：请先运行 npx vite build。');
  }
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-print-'));
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  /** The app's session: one profile on disk, as Electron's default session keeps its caches in userData. */
  const appSession = await chromium.launchPersistentContext(join(dir, 'profile'), { executablePath, args: CHROMIUM_ARGS });
  try {
    const seeded = join(dir, 'fulian.sqlite');
    const meetingId = await seedDataFile(seeded, members, asOf);
    const harness = await startHarness({ dbPath: seeded, rendererDir: process.env.FULIAN_RENDERER_DIR });
    const route = (hash: string) => `${harness.url}#${hash}`;
    const selection = JSON.stringify({ query: '', filters: { status: '在册' }, sort: { field: 'name', order: 'asc' } });
    let prints;
    try {
      const meeting = route(`/print/meeting?id=${meetingId}`);
      prints = {
        /** The floor under every figure: a fresh page of about:blank to a one-page PDF (Chromium's own cost). */
        blankPagePdf: await printFigure(appSession, 'about:blank', runs, null),
        rosterPdf: await printFigure(appSession, route(`/print/members-roster?selection=${encodeURIComponent(selection)}`), runs, 3000),
        statisticsPdf: await printFigure(appSession, route(`/print/members-stats?asOf=${asOf}`), runs, null),
        meetingPdf: await printFigure(appSession, meeting, runs, 500),
        /** Each print in a brand-new browser context: empty HTTP and code cache, plus the context's own start-up. */
        inNewBrowserContext: {
          blankPagePdf: await printFigure(browser, 'about:blank', runs, null),
          meetingPdf: await printFigure(browser, meeting, runs, 500),
        },
      };
    } finally {
      await harness.close();
    }
    const toBlank = (figure: PrintFigure, blank: PrintFigure) => Math.round((figure.totalMs / blank.totalMs) * 10) / 10;
    /** Each print over the blank page printed the same way in the same run: steadier than wall time on a busy machine. */
    const ratiosToBlankPage = {
      rosterPdf: toBlank(prints.rosterPdf, prints.blankPagePdf),
      statisticsPdf: toBlank(prints.statisticsPdf, prints.blankPagePdf),
      meetingPdf: toBlank(prints.meetingPdf, prints.blankPagePdf),
      meetingPdfInNewBrowserContext: toBlank(prints.inNewBrowserContext.meetingPdf, prints.inNewBrowserContext.blankPagePdf),
    };
    const due = await coldStart(browser, seeded, true, runs);
    const notDue = await coldStart(browser, seeded, false, runs);
    return {
      members,
      runs,
      /** 1-minute load average over the CPUs at the end: above 1 the wall-clock figures are inflated by other work. */
      loadPerCpu: Math.round((loadavg()[0]! / cpus().length) * 10) / 10,
      ...prints,
      ratiosToBlankPage,
      coldStartToFirstRosterRows: {
        noBackupDueMs: notDue.medianMs,
        backupDueMs: due.medianMs,
        backupCostMs: due.medianMs - notDue.medianMs,
        samples: { noBackupDue: notDue.samplesMs, backupDue: due.samplesMs },
        targetMs: 1500,
        ratioToTarget: Math.round((Math.max(due.medianMs, notDue.medianMs) / 1500) * 100) / 100,
      },
    };
  } finally {
    await appSession.close();
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
