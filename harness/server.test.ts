import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../core/platform/csp';
import { openDatabase } from '../db/open';
import { tempDir } from '../db/test-helpers';
import { MAX_BODIES_IN_FLIGHT_BYTES, MAX_BODY_BYTES, startHarness } from './server';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

async function harness() {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<html><head><script type="module" src="./a.js"></script></head></html>');
  writeFileSync(join(rendererDir, 'a.js'), 'export {}');
  const h = await startHarness({ dbPath: join(dir, 'fulian.sqlite'), rendererDir });
  onTestFinished(() => h.close());
  const bridge = await call(`${h.url}__harness/bridge.js`);
  const token = /\b([0-9a-f]{48})\b/.exec(bridge.body)?.[1] ?? '';
  return { h, token, dir };
}

const post = (url: string, token: string, payload: unknown, extra: Record<string, string> = {}) =>
  call(`${url}__harness/api`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fulian-token': token, ...extra },
    body: JSON.stringify(payload),
  });

describe('browser harness', () => {
  it('serves the renderer with the bridge script injected before the app and the CSP header', async () => {
    const { h, token } = await harness();
    const page = await call(h.url);
    expect(page.status).toBe(200);
    expect(page.body.indexOf('/__harness/bridge.js')).toBeLessThan(page.body.indexOf('./a.js'));
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(token).toMatch(/^[0-9a-f]{48}$/);
  });

  it('calls the same core handlers on the real database', async () => {
    const { h, token } = await harness();
    const info = { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' };
    const saved = await post(h.url, token, { method: 'settings.saveBranchInfo', input: info });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: info });
    const bad = await post(h.url, token, { method: 'settings.saveBranchInfo', input: { ...info, name: '' } });
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '请填写社区妇联名称' } });
    const junk = await call(`${h.url}__harness/api`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fulian-token': token },
      body: '{not json',
    });
    expect(JSON.parse(junk.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await h.close();
    const db = await openDatabase(h.dbPath);
    expect(await db.db.selectFrom('branch_info').select('name').execute()).toEqual([{ name: '幸福里社区妇联' }]);
    await db.close();
  });

  it('refuses calls without the token, from another origin, for another host, or not as JSON', async () => {
    const { h, token } = await harness();
    const payload = { method: 'settings.getBranchInfo' };
    const port = new URL(h.url).port;
    expect((await post(h.url, '', payload)).status).toBe(403);
    expect((await post(h.url, 'a'.repeat(48), payload)).status).toBe(403);
    expect((await post(h.url, token, payload, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await post(h.url, token, payload, { origin: `http://127.0.0.1:${port}` })).status).toBe(200);
    expect((await post(h.url, token, payload, { host: `evil.example:${port}` })).status).toBe(421);
    expect((await post(h.url, token, payload, { 'content-type': 'text/plain' })).status).toBe(403);
    expect((await call(`${h.url}__harness/api`, { headers: { 'x-fulian-token': token } })).status).toBe(403);
    expect((await call(`${h.url}__harness/bridge.js`, { headers: { 'sec-fetch-site': 'cross-site' } })).status).toBe(403);
  });

  it('lets the browser keep content-hashed assets for good, and nothing else', async () => {
    const { h, dir } = await harness();
    mkdirSync(join(dir, 'renderer', 'assets'));
    writeFileSync(join(dir, 'renderer', 'assets', 'PrintRoute-BS9OfF83.js'), 'export {}');
    writeFileSync(join(dir, 'renderer', 'assets', 'index-CZT-v4sH.css'), 'html {}');
    writeFileSync(join(dir, 'renderer', 'assets', 'notes.js'), 'export {}');
    const cacheOf = async (path: string) => {
      const reply = await call(h.url + path);
      expect(reply.status, path).toBe(200);
      return reply.headers['cache-control'];
    };
    expect(await cacheOf('assets/PrintRoute-BS9OfF83.js')).toBe('public, max-age=31536000, immutable');
    expect(await cacheOf('assets/index-CZT-v4sH.css')).toBe('public, max-age=31536000, immutable');
    for (const path of ['', 'index.html', '__harness/bridge.js', 'a.js', 'assets/notes.js']) expect(await cacheOf(path), path).toBe('no-store');
    expect((await call(`${h.url}assets/missing-BS9OfF83.js`)).headers['cache-control']).toBe('no-store');
  });

  it('serves nothing outside the renderer folder', async () => {
    const { h, dir } = await harness();
    writeFileSync(join(dir, 'secret.txt'), 'secret');
    for (const path of ['../secret.txt', '%2e%2e/secret.txt', '..%2fsecret.txt', 'missing.js']) {
      const res = await call(h.url + path);
      expect(res.status, path).toBe(404);
    }
  });

  it('forbids framing on every response: frame-ancestors in the CSP and X-Frame-Options', async () => {
    const { h, token } = await harness();
    const port = new URL(h.url).port;
    const replies = [
      await call(h.url),
      await call(`${h.url}a.js`),
      await call(`${h.url}missing.js`),
      await call(`${h.url}__harness/bridge.js`),
      await post(h.url, token, { method: 'settings.getBranchInfo' }),
      await post(h.url, '', { method: 'settings.getBranchInfo' }),
      await call(h.url, { method: 'DELETE' }),
      await call(h.url, { headers: { host: `evil.example:${port}` } }),
    ];
    expect(replies.map((r) => r.status)).toEqual([200, 200, 404, 200, 200, 403, 405, 421]);
    for (const reply of replies) {
      expect(reply.headers['x-frame-options']).toBe('DENY');
      expect(reply.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    }
  });

  it('refuses request bodies over the limit, alone or many at once, with a Chinese message', { timeout: 60_000 }, async () => {
    const { h, token } = await harness();
    const huge = JSON.stringify({ method: 'settings.getBranchInfo', input: { pad: 'x'.repeat(MAX_BODY_BYTES) } });
    const refused = await post(h.url, token, JSON.parse(huge)).catch((err: Error) => ({ status: -1, body: err.message, headers: {} }));
    expect(refused.status).toBe(413);
    expect(JSON.parse(refused.body)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/请求内容过大/) } });

    // Four bodies just under the limit at once hold more than the harness lets all requests hold together.
    const big = { method: 'settings.getBranchInfo', input: { pad: 'x'.repeat(MAX_BODY_BYTES - 1024) } };
    const answers = await Promise.all([1, 2, 3, 4].map(() => post(h.url, token, big).catch(() => ({ status: -1, body: '', headers: {} }))));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 413).length).toBeGreaterThanOrEqual(4 - MAX_BODIES_IN_FLIGHT_BYTES / MAX_BODY_BYTES);
    expect(statuses.every((s) => s === 413 || s === 200)).toBe(true);

    // The harness still answers ordinary calls.
    expect(JSON.parse((await post(h.url, token, { method: 'settings.getBranchInfo' })).body)).toMatchObject({ ok: true });
  });
});
