/**
 * The pure parts of printing from the main process: which routes may be printed,
 * the URL they load, safe file names, and waiting for the page's ready signal.
 * Type-only Electron imports, so unit tests run without an Electron binary.
 */
import type { WebContents } from 'electron';
import { isPrintRoute, READY_PROBE, waitForReadySignal, type ReadyState, type ReadyWait } from '../core/platform/print-ready';
import { APP_ENTRY_URL } from './security';

/** The route check and ready signal are core's (core/platform/print-ready.ts): every printer uses the same. */
export { isPrintRoute };

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

/** Polls the page until data-print-ready (resolves) or data-print-error / the timeout (rejects, in Chinese). */
export function waitForPrintReady(contents: Pick<WebContents, 'executeJavaScript'>, wait: ReadyWait = {}): Promise<void> {
  return waitForReadySignal(() => contents.executeJavaScript(READY_PROBE) as Promise<ReadyState>, wait);
}
