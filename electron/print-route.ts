/**
 * The pure parts of printing from the main process: which routes may be printed,
 * the URL they load, safe file names, and waiting for the page's ready signal.
 * Type-only Electron imports, so unit tests run without an Electron binary.
 */
import type { WebContents } from 'electron';
import { APP_ENTRY_URL } from './security';

const PRINT_ROUTE = /^\/print\/[a-z0-9-]+(\?[A-Za-z0-9=&%._-]*)?$/;

/** Only our own print documents: '/print/<name>' with a plain query string, nothing else. */
export function isPrintRoute(route: unknown): route is string {
  return typeof route === 'string' && route.length <= 500 && PRINT_ROUTE.test(route);
}

export function printUrl(route: string): string {
  return `${APP_ENTRY_URL}#${route}`;
}

/** A file name the user's disk accepts: no folders, no characters Windows refuses, with the extension. */
export function safeFileName(name: unknown, extension: string): string {
  const base = (typeof name === 'string' ? name : '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_')
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, 120);
  const withName = base || '导出文件';
  return withName.toLowerCase().endsWith(`.${extension}`) ? withName : `${withName}.${extension}`;
}

export type ReadyState = 'ready' | { error: string } | 'waiting';

const READY_PROBE = `(() => {
  const d = document.documentElement.dataset;
  return d.printError ? { error: d.printError } : d.printReady === 'true' ? 'ready' : 'waiting';
})()`;

/** Polls the page until data-print-ready (resolves) or data-print-error / the timeout (rejects, in Chinese). */
export async function waitForPrintReady(
  contents: Pick<WebContents, 'executeJavaScript'>,
  { timeoutMs = 20_000, pollMs = 100 }: { timeoutMs?: number; pollMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = (await contents.executeJavaScript(READY_PROBE)) as ReadyState;
    if (state === 'ready') return;
    if (typeof state === 'object') throw new Error(`无法打印：${state.error}`);
    if (Date.now() > deadline) throw new Error('打印内容准备超时，请稍后重试');
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}
