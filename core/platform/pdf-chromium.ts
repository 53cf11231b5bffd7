/**
 * The PDF service of the browser harness and the CLI: headless Chromium through
 * playwright-core, started on first use and reused (one browser; each render has
 * a page to itself, loaded afresh, so two renders at once do not meet). It loads
 * `<origin>#<route>` — the same renderer bundle and print components as the app —
 * waits for the ready signal, then prints with the document's own @page size.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppError } from '../errors';
import type { PdfRenderer, PdfRenderOptions } from './pdf';
import { READY_PROBE, waitForReadySignal, type ReadyState } from './print-ready';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Pages kept open between renders (two renders at once each keep theirs). */
const MAX_IDLE_PAGES = 2;
/** Renders at once; more wait their turn (a hundred filings at once must not open a hundred pages). */
export const MAX_CONCURRENT_RENDERS = 3;

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
}

export interface ChromiumPdfOptions {
  /** The server's base URL ('http://127.0.0.1:5199/'); asked on first use, so it may start the server. */
  origin: () => string | Promise<string>;
  executablePath?: string;
  /** Default wait for the ready signal. */
  timeoutMs?: number;
  /** Called once the browser has started (the bench's first-use figure). */
  onLaunch?: (ms: number) => void;
}

export interface ChromiumPdfRenderer extends PdfRenderer {
  /** Browsers started so far (for tests: reuse means it is launched once). */
  readonly launches: number;
  /** The most documents ever rendered at the same moment (never above MAX_CONCURRENT_RENDERS). */
  readonly peakRenders: number;
}

export function createChromiumPdfRenderer(options: ChromiumPdfOptions): ChromiumPdfRenderer {
  const executablePath = options.executablePath ?? chromiumPath();
  let running: Promise<{ browser: Browser; context: BrowserContext; origin: string }> | null = null;
  let launches = 0;
  let closed = false;
  let idle: Page[] = [];
  let rendering = 0;
  let peakRenders = 0;

  const start = async () => {
    const started = Date.now();
    const origin = await options.origin();
    let browser: Browser;
    try {
      // Loaded on first use: a CLI command that prints nothing does not pay for it.
      const { chromium } = await import('playwright-core');
      browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
    } catch (err) {
      const reason = err instanceof Error ? err.message.split('\n')[0] : String(err);
      throw new AppError(
        'PDF_FAILED',
        `无法启动用于生成 PDF 的 Chromium（${executablePath}）：${reason}。请安装 Chromium，或用环境变量 CHROMIUM_PATH 指定其程序路径。`,
      );
    }
    launches++;
    // A crashed browser is started again on the next render.
    browser.on('disconnected', () => {
      running = null;
      idle = [];
    });
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    options.onLaunch?.(Date.now() - started);
    return { browser, context, origin };
  };

  const ensure = () => {
    if (closed) throw new AppError('PDF_FAILED', 'PDF 服务已关闭（程序正在退出），PDF 未生成。');
    running ??= start().catch((err: unknown) => {
      running = null;
      throw err;
    });
    return running;
  };

  /** One document on a page of its own; `turn` keeps at most MAX_CONCURRENT_RENDERS of these running. */
  const renderOn = async (context: BrowserContext, origin: string, route: string, renderOptions: PdfRenderOptions): Promise<Buffer> => {
    // A page of an earlier render is reused (a new one costs a renderer process); each serves one render at a time.
    const page = idle.pop() ?? (await context.newPage());
    let reusable = false;
    try {
      // A full load of the document, never a hash change: a ready flag of the previous document cannot leak into this one.
      await page.goto(`${origin}#${route}`, { waitUntil: 'load' });
      const timeoutMs = renderOptions.timeoutMs ?? options.timeoutMs;
      await waitForReadySignal(() => page.evaluate(READY_PROBE) as Promise<ReadyState>, { timeoutMs, pollMs: 25, route });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      await page.goto('about:blank');
      reusable = true;
      return pdf;
    } finally {
      if (reusable && idle.length < MAX_IDLE_PAGES && !closed) idle.push(page);
      else await page.close().catch(() => undefined);
    }
  };
  const turn = turns(MAX_CONCURRENT_RENDERS);

  return {
    get launches() {
      return launches;
    },
    get peakRenders() {
      return peakRenders;
    },
    async render(route: string, renderOptions: PdfRenderOptions = {}): Promise<Buffer> {
      const { context, origin } = await ensure();
      await turn.acquire();
      peakRenders = Math.max(peakRenders, ++rendering);
      try {
        return await renderOn(context, origin, route, renderOptions);
      } finally {
        rendering--;
        turn.release();
      }
    },
    async close() {
      closed = true;
      idle = [];
      const current = running;
      running = null;
      if (!current) return;
      const { browser } = await current.catch(() => ({ browser: null }));
      await browser?.close().catch(() => undefined);
    },
  };
}

/** At most `limit` holders at once; the others wait in order. */
function turns(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return {
    acquire: async () => {
      if (active < limit) {
        active++;
        return;
      }
      await new Promise<void>((resolve) => waiting.push(resolve));
    },
    release: () => {
      const next = waiting.shift();
      if (next) next(); // the turn passes straight to the next in line
      else active--;
    },
  };
}
