/**
 * `npm run web`: the built renderer on 127.0.0.1 with a `window.api` that calls
 * the same core/ handlers as the Electron app. The serving itself (token, Origin
 * and Host checks, body limits) is core/platform/web-server.ts, which the CLI
 * also starts in-process for its PDFs; this file opens the data file, carries the
 * PDF service (headless Chromium loading this very server) and the daily backup.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../core/context';
import { argValue, resolveDbPath } from '../core/platform/paths';
import { createAppContext } from '../core/backup/holder';
import { scheduleDailyBackup } from '../core/backup/daily';
import type { AutoBackupResult } from '../core/backup/service';
import { createChromiumPdfRenderer, type ChromiumPdfRenderer } from '../core/platform/pdf-chromium';
import { assertRendererBuilt, DEFAULT_RENDERER_DIR, startWebServer } from '../core/platform/web-server';
import { openAtStartup } from '../core/startup/recover';

export { DEFAULT_RENDERER_DIR, MAX_BODIES_IN_FLIGHT_BYTES, MAX_BODY_BYTES } from '../core/platform/web-server';

export interface HarnessOptions {
  dbPath: string;
  port?: number;
  rendererDir?: string;
  /** How long after the server is up the daily backup starts, if one is due (default 500 ms). */
  dailyBackupDelayMs?: number;
}

export interface Harness {
  url: string;
  dbPath: string;
  /** The daily backup started after start-up: its result, or null when none was due or it could not run. */
  dailyBackup: Promise<AutoBackupResult | null>;
  /** The context every call of this harness gets (tests call core services with it, ctx.pdf included). */
  ctx: AppContext;
  /** The harness's PDF service: headless Chromium, started on first use, closed with the harness. */
  pdf: ChromiumPdfRenderer;
  close(): Promise<void>;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  await assertRendererBuilt(rendererDir);
  // A data file that will not open (damaged, foreign, too new, locked) starts the recovery screen, not an exit.
  const holder = await openAtStartup(options.dbPath);
  if (!holder.isOpen) console.error(`数据文件无法打开：${holder.problem?.title}（${holder.path}）。浏览器中将显示恢复页面。`);
  let url = '';
  // Renders as the page would: through this server, as the harness session's signed-in operator.
  const pdf = createChromiumPdfRenderer({ origin: () => url });
  const ctx: AppContext = Object.assign(createAppContext(holder, () => new Date()), { pdf });
  const server = await startWebServer({ ctx, port: options.port, rendererDir }).catch(
    async (err: unknown) => {
      await holder.close();
      throw err;
    },
  );
  url = server.url;
  // After the page can load, never before it: start-up does not wait for the backup.
  const daily = scheduleDailyBackup(holder, { delayMs: options.dailyBackupDelayMs ?? 500 });
  return {
    url,
    get dbPath() {
      return holder.path;
    },
    dailyBackup: daily.done,
    ctx,
    pdf,
    close: async () => {
      await daily.cancel();
      await pdf.close();
      await server.close();
      await holder.close();
    },
  };
}

async function main() {
  const dbPath = resolveDbPath(process.argv, process.env);
  const port = Number(argValue(process.argv, '--port') ?? 5199);
  const harness = await startHarness({ dbPath, port });
  console.log(`社区妇联工作台账（浏览器版）已启动：${harness.url}`);
  console.log(`数据文件：${harness.dbPath}`);
  console.log('按 Ctrl+C 停止。');
  const stop = () => void harness.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
