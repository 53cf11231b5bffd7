/**
 * The built renderer on 127.0.0.1 with a `window.api` that calls the same core/
 * handlers as the Electron app: what `npm run web` (harness/server.ts) serves,
 * and what the CLI starts in-process to render PDFs (core/platform/pdf-in-process.ts).
 * A per-run token, an Origin check and a Host check keep other local pages (and
 * DNS rebinding) out.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { apiTable } from '../api';
import type { ApiTableShape } from '../api/define';
import { dispatch, methodNames } from '../api/dispatch';
import type { AppContext } from '../context';
import { contentTypeFor, resolveInside } from './bundle-path';
import { CONTENT_SECURITY_POLICY } from './csp';

const here = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_RENDERER_DIR = resolve(here, '../../build/renderer');
const API_PATH = '/__harness/api';
const BRIDGE_PATH = '/__harness/bridge.js';
/** The largest call is an import: a 20 MB spreadsheet is about 27 MB as base64 in JSON. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;
/** All request bodies being read at once, so parallel large bodies cannot fill the memory. */
export const MAX_BODIES_IN_FLIGHT_BYTES = 64 * 1024 * 1024;

export interface WebServerOptions {
  ctx: AppContext;
  port?: number;
  rendererDir?: string;
  /** The methods served (default: the whole API table). The CLI's PDF server serves only reads. */
  table?: ApiTableShape;
}

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/** The message when the renderer was never built: tests and the CLI show it as is. */
export function rendererMissingMessage(rendererDir: string): string {
  return `找不到已构建的界面（${rendererDir}）。请先运行 npm run build:renderer（或 npx vite build）。`;
}

/** Refuses (in Chinese) before anything else starts when the renderer was never built. */
export async function assertRendererBuilt(rendererDir: string = DEFAULT_RENDERER_DIR): Promise<void> {
  await access(join(rendererDir, 'index.html')).catch(() => {
    throw new Error(rendererMissingMessage(rendererDir));
  });
}

/** Only the methods every operator may call (reads, and session.*): enough for a print page, nothing that writes. */
export function readOnlyTable(table: ApiTableShape): ApiTableShape {
  return Object.fromEntries(
    Object.entries(table).map(([module, methods]) => [
      module,
      Object.fromEntries(Object.entries(methods).filter(([, m]) => m.access === 'read' || m.access === 'always')),
    ]),
  );
}

function bridgeScript(token: string, table: ApiTableShape): string {
  const config = { token, methods: methodNames(table), endpoint: API_PATH };
  const out = buildSync({
    entryPoints: [join(here, 'web-bridge-client.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    minify: true,
    define: { __FULIAN_HARNESS__: JSON.stringify(config) },
  });
  return out.outputFiles[0]!.text;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8') {
  res.writeHead(status, {
    'content-type': type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'cache-control': 'no-store',
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

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { ctx } = options;
  const table = options.table ?? apiTable;
  const rendererDir = options.rendererDir ?? DEFAULT_RENDERER_DIR;
  const indexHtml = await readFile(join(rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(rendererMissingMessage(rendererDir));
  });
  const token = randomBytes(24).toString('hex');
  const bridge = bridgeScript(token, table);
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
        const answer = await dispatch(table, ctx, message.method, message.input);
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
      return body ? send(res, 200, body, contentTypeFor(file)) : send(res, 404, 'Not Found');
    } catch (err) {
      console.error(err);
      if (!res.headersSent) send(res, 500, '服务器内部错误');
    }
  });

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  return {
    url: `http://127.0.0.1:${port}/`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}
