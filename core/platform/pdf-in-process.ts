/**
 * The CLI's PDF service. The CLI has no server, so on the first render it starts
 * the same one the harness runs (core/platform/web-server.ts) in-process on
 * 127.0.0.1, an ephemeral port and its own token, serving only the read methods
 * (a print page needs nothing else), and points headless Chromium at it. Both
 * stop when the renderer is closed (the command's context closes).
 */
import type { AppContext } from '../context';
import { createChromiumPdfRenderer, type ChromiumPdfOptions, type ChromiumPdfRenderer } from './pdf-chromium';
import type { WebServer } from './web-server';

export interface InProcessPdfOptions extends Omit<ChromiumPdfOptions, 'origin'> {
  /** Default: FULIAN_RENDERER_DIR or build/renderer. */
  rendererDir?: string;
}

export function createInProcessPdfRenderer(ctx: AppContext, options: InProcessPdfOptions = {}): ChromiumPdfRenderer {
  let server: Promise<WebServer> | null = null;
  const start = async () => {
    // Loaded on first use: the API table and the bundler are not needed by commands that print nothing.
    const [{ apiTable }, { readOnlyTable, startWebServer }] = await Promise.all([import('../api'), import('./web-server')]);
    const rendererDir = options.rendererDir ?? (process.env.FULIAN_RENDERER_DIR || undefined);
    return startWebServer({ ctx, rendererDir, table: readOnlyTable(apiTable) });
  };
  const serve = () =>
    (server ??= start().catch((err: unknown) => {
      server = null;
      throw err;
    }));
  const chromium = createChromiumPdfRenderer({ ...options, origin: async () => (await serve()).url });
  return {
    get launches() {
      return chromium.launches;
    },
    get peakRenders() {
      return chromium.peakRenders;
    },
    render: (route, renderOptions) => chromium.render(route, renderOptions),
    async close() {
      await chromium.close();
      const running = server;
      server = null;
      if (running) await (await running.catch(() => null))?.close();
    },
  };
}
