/**
 * The desktop app's PDF service (core/platform/pdf.ts): the print route loaded in
 * the hidden print window (print-window.ts), the same ready signal, then
 * printToPDF with A4 and the page's own @page size. The page calls the API over
 * the app's IPC like every window, so it runs as the signed-in operator.
 * Type-only Electron imports: the unit tests pass a fake window runner.
 */
import type { WebContents } from 'electron';
import { AppError } from '../core/errors';
import type { PdfRenderer } from '../core/platform/pdf';
import { isPrintRoute, type ReadyWait } from '../core/platform/print-ready';
import { A4_PDF_OPTIONS } from './print';

export type PrintContents = Pick<WebContents, 'printToPDF' | 'print'>;

/** Loads `route` in a hidden print window, waits for ready, hands its contents to `use`, destroys the window. */
export type PrintWindowRunner = <T>(route: string, use: (contents: PrintContents) => Promise<T>, wait?: ReadyWait) => Promise<T>;

export function createWindowPdfRenderer(withPrintWindow: PrintWindowRunner): PdfRenderer {
  let closed = false;
  return {
    async render(route, options = {}) {
      if (closed) throw new AppError('PDF_FAILED', 'PDF 服务已关闭（程序正在退出），PDF 未生成。');
      if (!isPrintRoute(route)) throw new AppError('VALIDATION', `打印地址“${String(route).slice(0, 80)}”无效，PDF 未生成。`);
      const pdf = await withPrintWindow(route, (contents) => contents.printToPDF(A4_PDF_OPTIONS), { timeoutMs: options.timeoutMs, route });
      return Buffer.from(pdf);
    },
    async close() {
      closed = true;
    },
  };
}
