/**
 * The 学习记录 figure of `npm run bench`: building the annual 学习台账 for a year of
 * 60 sessions and 40 people, as .xlsx (core, through the API) and as one PDF (the
 * print route in a fresh page of headless Chromium through the harness, as the
 * desktop app prints: open, wait for the ready signal, A4 PDF). xlsxMs is the first
 * export in a fresh process (exceljs cold), xlsxWarmMs the next one.
 *
 *   npm run bench -- --only study
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { seedDemoMembers } from '../core/members/demo-seed';
import { seedDemoStudy } from '../core/study/demo';
import { openDatabase } from '../db/open';
import { startHarness } from '../harness/server';
import { CHROMIUM_ARGS } from '../playwright.config';

const ms = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e6);

export async function studyLedgerFigure({ sessions = 60, people = 40, year = 2025 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-study-'));
  try {
    const dbPath = join(dir, 'fulian.sqlite');
    const opened = await openDatabase(dbPath);
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date('2026-11-29T10:00:00+08:00') };
    await seedDemoMembers(ctx, 300);
    const seeded = await seedDemoStudy(ctx, { year, sessions, people });
    let start = process.hrtime.bigint();
    const file = await dispatch(apiTable, ctx, 'study.exportLedger', { year });
    const xlsxMs = ms(start);
    if (!file.ok) throw new Error(file.error.message);
    start = process.hrtime.bigint();
    await dispatch(apiTable, ctx, 'study.exportLedger', { year });
    const xlsxWarmMs = ms(start);
    await opened.close();

    const harness = await startHarness({ dbPath, rendererDir: process.env.FULIAN_RENDERER_DIR });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      // Warm the browser once (the app's print window exists before the officer clicks 打印).
      const warm = await context.newPage();
      await warm.goto(`${harness.url}#/print/study-ledger?year=${year}`);
      await warm.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
      await warm.close();
      const page = await context.newPage();
      start = process.hrtime.bigint();
      await page.goto(`${harness.url}#/print/study-ledger?year=${year}`);
      await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 60_000 });
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pdfMs = ms(start);
      const pdfPath = join(dir, 'ledger.pdf');
      writeFileSync(pdfPath, pdf);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);
      return { year, sessions: seeded.sessions, people, makeups: seeded.makeups, xlsxMs, xlsxWarmMs, xlsxKb: Math.round(Buffer.from((file.value as { base64: string }).base64, 'base64').length / 1024), pdfMs, pdfPages: pages };
    } finally {
      await browser.close();
      await harness.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
