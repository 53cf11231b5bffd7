/**
 * The PDF rendering service: core asks for "this print route as an A4 PDF" and
 * gets the bytes. One implementation per runtime, carried by the AppContext:
 * - Electron: a hidden window of the app's own bundle, printToPDF (electron/pdf-window.ts);
 * - browser harness and CLI: headless Chromium through playwright-core (core/platform/pdf-chromium.ts),
 *   the CLI with the same server the harness runs started in-process (core/platform/pdf-in-process.ts).
 * All of them load the same print components and wait for the same ready signal
 * (core/platform/print-ready.ts); the paper size comes from the document's own
 * `@page` CSS (A4, landscape where the document says so).
 *
 * Who the PDF is rendered as: the print page calls the API like any page of that
 * runtime, so it runs as whoever the running app's session says is signed in
 * (the operator who asked), with the same lock and role checks — a locked app
 * renders nothing (the page reports 程序已锁定 and the render fails with it).
 * The CLI has no session and acts as the implicit 管理员, as every CLI command
 * does; its in-process server answers only read methods.
 *
 * Render BEFORE opening a transaction, never inside one: the print page reads
 * its data through the API on the same single connection, so a render inside a
 * transaction waits for itself until the ready timeout. (Snapshot first, then
 * write the item and its attachment in one transaction.)
 */
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { isPrintRoute, type ReadyWait } from './print-ready';

export interface PdfRenderOptions {
  /** How long to wait for the page's ready signal (default PRINT_READY_TIMEOUT_MS). */
  timeoutMs?: number;
}

export interface PdfRenderer {
  /** Renders a print route (e.g. printRoute('meeting', { id: 4 }) → '/print/meeting?id=4') as an A4 PDF. */
  render(route: string, options?: PdfRenderOptions): Promise<Buffer>;
  /** Frees the browser / window; later renders are refused. Called when the context closes. */
  close(): Promise<void>;
}

/** The context's PDF service, or a Chinese CONFLICT naming what could not be produced. */
export function requirePdfRenderer(ctx: AppContext, what = 'PDF'): PdfRenderer {
  if (!ctx.pdf) throw new AppError('CONFLICT', `此运行环境不能生成 PDF，${what}未生成。`);
  return ctx.pdf;
}

/**
 * What core services call: the route checked, then rendered by the context's
 * service. Failures (timeout, the page's own error, no browser) come back as
 * AppError PDF_FAILED with the route named, never as a half file.
 */
export async function renderPrintPdf(ctx: AppContext, route: string, options: PdfRenderOptions = {}): Promise<Buffer> {
  if (!isPrintRoute(route)) throw new AppError('VALIDATION', `打印地址“${String(route).slice(0, 80)}”无效，PDF 未生成。`);
  const renderer = requirePdfRenderer(ctx);
  try {
    return await renderer.render(route, options);
  } catch (err) {
    if (err instanceof AppError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new AppError('PDF_FAILED', `生成 PDF 失败（${route}）：${reason}`, { route });
  }
}

export type { ReadyWait };
export { countPdfPages } from './pdf-pages';
