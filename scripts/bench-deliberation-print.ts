/**
 * The 妇女议事会 print figure of `npm run bench`: the yearly 议事台账 (cover, contents,
 * one 议题 per page) of 120 议题 as one PDF, through a FRESH page of headless Chromium
 * via the harness, as the desktop app prints (open, wait for the ready signal, A4 PDF).
 * The 议题 are seed-demo's (the same year as `--only deliberation`'s data figure: every state, with timelines).
 *
 *   npm run bench -- --only deliberation-print
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import type { AppContext } from '../core/context';
import { seedDemoDeliberation } from '../core/deliberation/demo';
import { seedDemoMembers } from '../core/members/demo-seed';
import { openDatabase } from '../db/open';
import { startHarness } from '../harness/server';
import { CHROMIUM_ARGS } from '../playwright.config';

const ms = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e6);

export async function deliberationPrintFigure({ items = 120, year = 2025 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-delib-'));
  try {
    const dbPath = join(dir, 'fulian.sqlite');
    const opened = await openDatabase(dbPath);
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date(`${year}-12-28T10:00:00+08:00`) };
    await seedDemoMembers(ctx, 1000, 11);
    const seeded = await seedDemoDeliberation(ctx, { year, items });
    await opened.close();

    const harness = await startHarness({ dbPath, rendererDir: process.env.FULIAN_RENDERER_DIR });
    const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
    try {
      const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
      const url = `${harness.url}#/print/deliberation-ledger?year=${year}`;
      // Warm the browser once (the app's print window exists before the officer clicks 打印).
      const warm = await context.newPage();
      await warm.goto(url);
      await warm.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
      await warm.close();
      const page = await context.newPage();
      const start = process.hrtime.bigint();
      await page.goto(url);
      await page.locator('html[data-print-ready="true"]').waitFor({ state: 'attached', timeout: 120_000 });
      const loadMs = ms(start);
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      const pdfMs = ms(start);
      const pdfPath = join(dir, 'ledger.pdf');
      writeFileSync(pdfPath, pdf);
      if (process.env.FULIAN_BENCH_PDF_DIR) writeFileSync(join(process.env.FULIAN_BENCH_PDF_DIR, 'deliberation-ledger.pdf'), pdf);
      const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1] ?? 0);
      return { year, items: seeded.items, loadMs, pdfMs, pdfPages: pages, pdfKb: Math.round(pdf.length / 1024) };
    } finally {
      await browser.close();
      await harness.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
