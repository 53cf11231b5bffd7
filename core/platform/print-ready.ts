/**
 * What every printer of a print route shares (Electron's hidden window, headless
 * Chromium in the harness and the CLI): which routes may be printed, and the
 * page's ready signal — <html data-print-ready="true"> once data and fonts are in,
 * data-print-error with the message when loading failed (renderer/print/PrintRoute.tsx).
 */
const PRINT_ROUTE = /^\/print\/[a-z0-9-]+(\?[A-Za-z0-9=&%._-]*)?$/;

/** Only our own print documents: '/print/<name>' with a plain query string, nothing else. */
export function isPrintRoute(route: unknown): route is string {
  return typeof route === 'string' && route.length <= 500 && PRINT_ROUTE.test(route);
}

export type ReadyState = 'ready' | { error: string } | 'waiting';

/** Evaluated in the page (as a script string, so no bundler rewrites it). */
export const READY_PROBE = `(() => {
  const d = document.documentElement.dataset;
  return d.printError ? { error: d.printError } : d.printReady === 'true' ? 'ready' : 'waiting';
})()`;

export const PRINT_READY_TIMEOUT_MS = 20_000;

export interface ReadyWait {
  timeoutMs?: number;
  pollMs?: number;
  /** Named in the timeout message, so the officer (or the log) knows which document did not come. */
  route?: string;
}

/** Polls `probe` (READY_PROBE run in the page) until ready (resolves) or an error / the timeout (rejects, in Chinese). */
export async function waitForReadySignal(
  probe: () => Promise<ReadyState>,
  { timeoutMs = PRINT_READY_TIMEOUT_MS, pollMs = 100, route }: ReadyWait = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await probe();
    if (state === 'ready') return;
    if (typeof state === 'object') throw new Error(`无法打印：${state.error}`);
    if (Date.now() > deadline) {
      const what = route ? `“${route}”` : '';
      throw new Error(`打印内容${what}准备超时（等待 ${Math.round(timeoutMs / 1000)} 秒仍未就绪），请稍后重试`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
