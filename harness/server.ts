/**
 * `npm run web`: the built renderer on 127.0.0.1 with a `window.api` that calls
 * the same core/ handlers as the Electron app. A per-run token, an Origin check
 * and a Host check keep other local pages (and DNS rebinding) out.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { apiTable } from '../core/api';
import { dispatch, methodNames } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { contentTypeFor, resolveInside } from '../core/platform/bundle-path';
import { CONTENT_SECURITY_POLICY } from '../core/platform/csp';
import { argValue, resolveDbPath } from '../core/platform/paths';
import { createAppContext } from '../core/backup/holder';
import { scheduleDailyBackup } from '../core/backup/daily';
import type { AutoBackupResult } from '../core/backup/service';
import { openAtStartup } from '../core/startup/recover';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_RENDERER_DIR = resolve(here, '../build/renderer');
const API_PATH = '/__harness/api';
const BRIDGE_PATH = '/__harness/bridge.js';
/** The largest call is an import: a 20 MB spreadsheet is about 27 MB as base64 in JSON. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** All request bodies being read at once, so parallel large bodies cannot fill the memory. */
export const MAX_BODIES_IN_FLIGHT_BYTES = 64 * 1024 * 1024;

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
  close(): Promise<void>;
}

function bridgeScript(token: string): string {
  const config = { token, methods: methodNames(apiTable), endpoint: API_PATH };
  const out = buildSync({
    entryPoints: [join(here, 'bridge-client.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    define: { __FULIAN_HARNESS__: JSON.stringify(config) },
  });
  return out.outputFiles[0]!.text;
}

/**
 * Vite's output files named by their content (assets/index-D_1QnMNS.js): a new build gives new names,
 * so the browser may keep these for good. Like Electron reading its own files, a fresh print
 * window then takes the script from the cache with V8's code cache instead of compiling it again.
 */
const CONTENT_HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|css)$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8', cacheControl = 'no-store') {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cache-control': cacheControl,
  });
  res.end(body);
}

class BodyTooLarge extends Error {}

/** Reads at most MAX_BODY_BYTES, reserving its declared length against what all requests may hold together. */
function bodyReader() {
  let inFlight = 0;
  return async function readBody(req: IncomingMessage): Promise<string> {
    const declared = Number(req.headers['content-length'] ?? 0) || 0;
    if (declared > MAX_BODY_BYTES || inFlight + declared > MAX_BODIES_IN_FLIGHT_BYTES) throw new BodyTooLarge();
    let held = declared;
    inFlight += held;
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      for await (const chunk of req) {
        size += (chunk as Buffer).length;
        if (size > held) {
          inFlight += size - held;
          held = size;
        }
        if (size > MAX_BODY_BYTES || inFlight > MAX_BODIES_IN_FLIGHT_BYTES) throw new BodyTooLarge();
        chunks.push(chunk as Buffer);
      }
      return Buffer.concat(chunks).toString('utf8');
    } finally {
      inFlight -= held;
    }
  };
}

function refuseTooLarge(res: ServerResponse) {
  const message = `请求内容过大（单次最多 ${MAX_BODY_BYTES / 1024 / 1024} MB），或同时提交的内容太多，操作未执行。请稍后重试，或换用较小的文件。`;
  res.setHeader('connection', 'close');
  send(res, 413, JSON.stringify({ ok: false, error: { code: 'VALIDATION', message } }), 'application/json; charset=utf-8');
  res.once('finish', () => res.req.destroy());
}

const sameSecret = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const indexHtml = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`找不到已构建的界面（${rendererDir}）。请先运行 npm run build:renderer。`);
  });
  // A data file that will not open (damaged, foreign, too new, locked) starts the recovery screen, not an exit.
  const holder = await openAtStartup(options.dbPath);
  if (!holder.isOpen) console.error(`数据文件无法打开：${holder.problem?.title}（${holder.path}）。浏览器中将显示恢复页面。`);
  const ctx: AppContext = createAppContext(holder, () => new Date());
  const token = randomBytes(24).toString('hex');
  const bridge = bridgeScript(token);
  const page = indexHtml.replace('<script', `<script src="${BRIDGE_PATH}"></script>\n    <script`);
  let allowedHosts: string[] = [];
  const readBody = bodyReader();

  const server = createServer(async (req, res) => {
    try {
      if (!allowedHosts.includes(req.headers.host ?? '')) return send(res, 421, 'Misdirected Request');
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;

      if (path === API_PATH) {
        const origin = req.headers.origin;
        const okOrigin = !origin || allowedHosts.some((h) => origin === `http://${h}`);
        const okToken = sameSecret(String(req.headers['x-fulian-token'] ?? ''), token);
        const isJson = (req.headers['content-type'] ?? '').startsWith('application/json');
        if (req.method !== 'POST' || !okOrigin || !okToken || !isJson) return send(res, 403, 'Forbidden');
        let message: { method?: unknown; input?: unknown };
        try {
          message = JSON.parse(await readBody(req)) ?? {};
        } catch (err) {
          if (err instanceof BodyTooLarge) return refuseTooLarge(res);
          const error = { code: 'VALIDATION', message: '请求内容不是有效的 JSON，操作未执行。' };
          return send(res, 200, JSON.stringify({ ok: false, error }), 'application/json; charset=utf-8');
        }
        const answer = await dispatch(apiTable, ctx, message.method, message.input);
        return send(res, 200, JSON.stringify(answer), 'application/json; charset=utf-8');
      }

      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
      if (path === BRIDGE_PATH) {
        const site = req.headers['sec-fetch-site'];
        if (site && site !== 'same-origin' && site !== 'none') return send(res, 403, 'Forbidden');
        return send(res, 200, bridge, 'text/javascript; charset=utf-8');
      }
      if (path === '/' || path === '/index.html') return send(res, 200, page, 'text/html; charset=utf-8');
      const file = resolveInside(rendererDir, path);
      if (!file) return send(res, 404, 'Not Found');
      const body = await readFile(file).catch(() => null);
      if (!body) return send(res, 404, 'Not Found');
      // index.html, the bridge (its token changes every run) and unhashed files stay no-store.
      return send(res, 200, body, contentTypeFor(file), CONTENT_HASHED_ASSET.test(path) ? IMMUTABLE : 'no-store');
    } catch (err) {
      console.error(err);
      if (!res.headersSent) send(res, 500, '服务器内部错误');
    }
  });

  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  // After the page can load, never before it: start-up does not wait for the backup.
  const daily = scheduleDailyBackup(holder, { delayMs: options.dailyBackupDelayMs ?? 500 });
  return {
    url: `http://127.0.0.1:${port}/`,
    get dbPath() {
      return holder.path;
    },
    dailyBackup: daily.done,
    close: async () => {
      await daily.cancel();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
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
