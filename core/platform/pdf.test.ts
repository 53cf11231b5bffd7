/**
 * The PDF service for real: headless Chromium (Debian's /usr/bin/chromium or
 * CHROMIUM_PATH) loading the built renderer's print routes from the harness and
 * from the CLI's in-process server, on real SQLite files; every PDF read back
 * with pdftotext / pdfinfo.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { openForCli } from '../cli/open';
import { createFixtureMeeting, FIXTURE_RECORD_TEXTS } from '../meetings/fixture';
import { addMembers, makeIdNumber } from '../members/roster-fixture';
import { startHarness, type Harness } from '../../harness/server';
import { tempDir } from '../../db/test-helpers';
import { countPdfPages, renderPrintPdf } from './pdf';
import { createChromiumPdfRenderer, MAX_CONCURRENT_RENDERS } from './pdf-chromium';
import { builtRendererDir, readPdf } from './pdf-test-helpers';
import { readOnlyTable, startWebServer } from './web-server';

const rendererDir = builtRendererDir();
const A4 = { short: 595.28, long: 841.89 };

let harness: Harness;
let harnessDir: string;
let meetingId: number;
const fullIdNumber = makeIdNumber('1968-08-08', 2);

beforeAll(async () => {
  harnessDir = mkdtempSync(join(tmpdir(), 'fulian-pdf-test-'));
  harness = await startHarness({ dbPath: join(harnessDir, 'fulian.sqlite'), rendererDir, dailyBackupDelayMs: 60_000 });
  meetingId = (await createFixtureMeeting(harness.ctx)).id;
  // Enough women for a roster of several landscape pages.
  await addMembers(
    harness.ctx,
    Array.from({ length: 90 }, (_, i) => ({ name: `花名册${String(i + 1).padStart(3, '0')}`, birthDate: '1975-03-08', ...(i === 0 ? { idNumber: fullIdNumber } : {}) })),
  );
}, 60_000);

afterAll(async () => {
  await harness?.close();
  rmSync(harnessDir, { recursive: true, force: true });
});

describe('PDF service in the harness (headless Chromium)', () => {
  it('renders the meeting record print as an A4 PDF with its Chinese text, page count read in JS as pdfinfo reads it', async () => {
    const pdf = await renderPrintPdf(harness.ctx, `/print/meeting?id=${meetingId}`);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const read = readPdf(pdf);
    for (const text of FIXTURE_RECORD_TEXTS.slice(0, 6)) expect(read.text.replace(/ +/g, ' ')).toContain(text);
    expect(read.width).toBeCloseTo(A4.short, 0);
    expect(read.height).toBeCloseTo(A4.long, 0);
    expect(await countPdfPages(pdf)).toBe(read.pages);
  }, 60_000);

  it('honours the roster’s landscape @page, masks the ID numbers, and counts its several pages', async () => {
    const pdf = await renderPrintPdf(harness.ctx, '/print/members-roster');
    const read = readPdf(pdf);
    expect(read.width).toBeCloseTo(A4.long, 0);
    expect(read.height).toBeCloseTo(A4.short, 0);
    expect(read.text).toContain('花名册001');
    expect(read.text).toContain('花名册090');
    expect(read.text).not.toContain(fullIdNumber);
    expect(read.pages).toBeGreaterThan(1);
    expect(await countPdfPages(pdf)).toBe(read.pages);
  }, 60_000);

  it('renders documents at once, each complete, in the one browser it started, a few at a time', async () => {
    const routes = [0, 1, 2, 3, 4].map((i) => (i % 2 ? '/print/members-roster' : `/print/meeting?id=${meetingId}`));
    const pdfs = await Promise.all(routes.map((route) => renderPrintPdf(harness.ctx, route)));
    pdfs.forEach((pdf, i) => expect(readPdf(pdf).text).toContain(i % 2 ? '花名册090' : '第四季度执委会议记录'));
    expect(harness.pdf.launches).toBe(1);
    expect(harness.pdf.peakRenders).toBe(MAX_CONCURRENT_RENDERS);
  }, 90_000);

  it('renders as the signed-in operator: a locked app gives no PDF, only the lock message', async () => {
    const call = async (method: string, input?: unknown) => {
      const answer = await dispatch(apiTable, harness.ctx, method, input);
      if (!answer.ok) throw new Error(answer.error.message);
      return answer.value as { id: number };
    };
    const { id } = await call('operators.save', { name: '王秀英', role: '管理员' });
    await call('operators.setPassword', { id, password: 'mima2026' });
    harness.ctx.session!.lock();
    await expect(renderPrintPdf(harness.ctx, `/print/meeting?id=${meetingId}`)).rejects.toMatchObject({
      code: 'PDF_FAILED',
      message: expect.stringContaining('程序已锁定'),
    });
    await call('session.unlock', { operatorId: id, password: 'mima2026' });
    expect(readPdf(await renderPrintPdf(harness.ctx, `/print/meeting?id=${meetingId}`)).text).toContain('第四季度执委会议记录');
    await call('operators.setPassword', { id, password: null });
  }, 60_000);

  it('refuses what is not a print route, in Chinese, before starting anything', async () => {
    await expect(renderPrintPdf(harness.ctx, 'https://example.org/')).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('打印地址') });
    await expect(renderPrintPdf({ ...harness.ctx, pdf: undefined }, '/print/meeting?id=1')).rejects.toThrow('此运行环境不能生成 PDF');
  });
});

describe('PDF service start-up, reuse and timeout', () => {
  it('starts the browser on first use and reuses it: the second PDF comes faster, from the same browser', async () => {
    const launchTimes: number[] = [];
    const pdf = createChromiumPdfRenderer({ origin: () => harness.url, onLaunch: (ms) => launchTimes.push(ms) });
    try {
      expect(pdf.launches).toBe(0);
      let started = Date.now();
      await pdf.render(`/print/meeting?id=${meetingId}`);
      const first = Date.now() - started;
      started = Date.now();
      const again = await pdf.render(`/print/meeting?id=${meetingId}`);
      const second = Date.now() - started;
      expect(readPdf(again).text).toContain('第四季度执委会议记录');
      expect(pdf.launches).toBe(1);
      expect(launchTimes).toHaveLength(1);
      expect(second).toBeLessThan(first);
      // The reused page loads each document afresh: the previous one's ready signal never prints a record that does not exist.
      await expect(pdf.render('/print/meeting?id=999')).rejects.toThrow('无法打印');
      expect(readPdf(await pdf.render('/print/members-roster')).text).toContain('花名册001');
    } finally {
      await pdf.close();
    }
    await expect(pdf.render(`/print/meeting?id=${meetingId}`)).rejects.toThrow('PDF 服务已关闭');
  }, 60_000);

  it('gives up on a page that never signals ready, with a Chinese message naming the route', async () => {
    const silent = join(tempDir(), 'renderer');
    mkdirSync(silent);
    writeFileSync(join(silent, 'index.html'), '<!doctype html><html><head><script src="./never.js"></script></head><body>永远在准备</body></html>');
    writeFileSync(join(silent, 'never.js'), '/* never sets data-print-ready */');
    const server = await startWebServer({ ctx: harness.ctx, rendererDir: silent });
    const pdf = createChromiumPdfRenderer({ origin: () => server.url });
    try {
      const ctx = { ...harness.ctx, pdf };
      await expect(renderPrintPdf(ctx, '/print/meeting?id=1', { timeoutMs: 1500 })).rejects.toMatchObject({
        code: 'PDF_FAILED',
        message: expect.stringMatching(/打印内容“\/print\/meeting\?id=1”准备超时/),
      });
    } finally {
      await pdf.close();
      await server.close();
    }
  }, 60_000);

  it('says in Chinese when Chromium cannot be started', async () => {
    const pdf = createChromiumPdfRenderer({ origin: () => harness.url, executablePath: '/no/such/chromium' });
    await expect(pdf.render('/print/meeting?id=1')).rejects.toThrow(/无法启动用于生成 PDF 的 Chromium（\/no\/such\/chromium）.*CHROMIUM_PATH/);
    await pdf.close();
  }, 30_000);
});

describe('PDF service in the CLI (in-process server)', () => {
  it('starts the harness’s server in-process on first use, renders, and stops everything on close', async () => {
    const dbPath = join(tempDir(), 'cli.sqlite');
    const cli = await openForCli(['--db', dbPath]);
    let closed = false;
    try {
      const { id } = await createFixtureMeeting(cli.ctx);
      const pdf = await renderPrintPdf(cli.ctx, `/print/meeting?id=${id}`);
      const read = readPdf(pdf);
      expect(read.text).toContain('第四季度执委会议记录');
      expect(await countPdfPages(pdf)).toBe(read.pages);
      await cli.close();
      closed = true;
      await expect(renderPrintPdf(cli.ctx, `/print/meeting?id=${id}`)).rejects.toThrow('PDF 服务已关闭');
    } finally {
      if (!closed) await cli.close();
    }
  }, 60_000);

  it('serves the print page only the methods that read', () => {
    const table = readOnlyTable(apiTable);
    const served = Object.values(table).flatMap((methods) => Object.values(methods).map((m) => m.access));
    expect(served.length).toBeGreaterThan(10);
    expect(served.every((access) => access === 'read' || access === 'always')).toBe(true);
    expect(table.members?.create).toBeUndefined();
    expect(table.meetings?.get).toBeDefined();
    expect(table.meetings?.create).toBeUndefined();
  });
});

describe('page count', () => {
  it('refuses bytes that are not a PDF, in Chinese', async () => {
    await expect(countPdfPages(Buffer.from('这不是PDF'), '附件“扫描件.pdf”')).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('附件“扫描件.pdf”无法读取'),
    });
  });
});
