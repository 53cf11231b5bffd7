/**
 * The 妇女议事会 print figure of `npm run bench`: the yearly 议事台账 (cover, contents,
 * one 议题 per page) of 120 议题 as one PDF, through a FRESH page of headless Chromium
 * via the harness, as the desktop app prints (open, wait for the ready signal, A4 PDF).
 * The 议题 are made through the API and carried through the lifecycle (a third to 办结).
 *
 *   npm run bench -- --only deliberation-print
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { CATEGORIES, SOURCES } from '../core/deliberation/codes';
import { addMembers } from '../core/members/roster-fixture';
import { openDatabase } from '../db/open';
import { startHarness } from '../harness/server';
import { CHROMIUM_ARGS } from '../playwright.config';

const ms = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e6);

async function call<T = unknown>(ctx: AppContext, method: string, input: unknown): Promise<T> {
  const answer = await dispatch(apiTable, ctx, method, input);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.value as T;
}

const day = (year: number, n: number) => new Date(Date.UTC(year, 0, 1 + n)).toISOString().slice(0, 10);

/** `items` 议题 over the year; every third carried to 办结 with a 进展, a 反馈 and a 回访. */
async function seed(ctx: AppContext, year: number, items: number) {
  const reps = await addMembers(
    ctx,
    Array.from({ length: 12 }, (_x, i) => ({ name: `代表${String.fromCharCode(0x4e00 + i * 7)}${i}`, roles: ['妇女代表'], phone: `1380000${String(1000 + i)}` })),
  );
  const unit = await call<{ id: number }>(ctx, 'deliberation.saveUnit', { name: '社区两委', active: true });
  const { meetingId } = await call<{ meetingId: number }>(ctx, 'deliberation.createSession', { title: `${year}年第一季度妇女议事会`, date: day(year, 40), place: '社区党群服务中心', itemIds: [] });
  for (let n = 0; n < items; n++) {
    const raisedOn = day(year, Math.floor((n * 300) / items));
    const { id } = await call<{ id: number }>(ctx, 'deliberation.create', {
      title: `议题${n + 1}：关于${CATEGORIES[n % CATEGORIES.length]}的居民诉求`,
      content: '居民反映的具体问题和诉求，'.repeat(6),
      source: SOURCES[n % SOURCES.length],
      category: CATEGORIES[n % CATEGORIES.length],
      method: '一季一议',
      raisedOn,
      proposer: { kind: '代表', memberId: reps[n % reps.length] },
      seconderIds: [reps[(n + 1) % reps.length], reps[(n + 2) % reps.length]],
    });
    if (n % 3 === 2) continue;
    await call(ctx, 'deliberation.submit', { id, date: raisedOn });
    await call(ctx, 'deliberation.accept', { id, date: raisedOn, note: '符合议事范围' });
    await call(ctx, 'deliberation.schedule', { id, date: raisedOn, meetingId });
    await call(ctx, 'deliberation.vote', { id, date: raisedOn, expected: 9, present: 8, yes: 7, no: 1, abstain: 0, resolution: '同意办理，由社区两委牵头落实。' });
    await call(ctx, 'deliberation.assign', { id, date: raisedOn, mainUnitId: unit.id, coUnitIds: [] });
    if (n % 3 === 1) continue;
    await call(ctx, 'deliberation.progress', { id, date: raisedOn, content: '已现场查看并制定方案。', byName: '王秀英' });
    await call(ctx, 'deliberation.feedback', { id, date: raisedOn, text: '已按决议办理完毕。', publicizedOn: null });
    await call(ctx, 'deliberation.visit', { id, date: raisedOn, result: '满意', method: '当面', visitor: '王秀英', note: '' });
    await call(ctx, 'deliberation.close', { id, date: raisedOn, grade: 'A', resultText: '问题已解决，居民满意。', reason: '' });
  }
}

export async function deliberationPrintFigure({ items = 120, year = 2025 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-delib-'));
  try {
    const dbPath = join(dir, 'fulian.sqlite');
    const opened = await openDatabase(dbPath);
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date('2026-11-29T10:00:00+08:00') };
    await seed(ctx, year, items);
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
      return { year, items, loadMs, pdfMs, pdfPages: pages, pdfKb: Math.round(pdf.length / 1024) };
    } finally {
      await browser.close();
      await harness.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
