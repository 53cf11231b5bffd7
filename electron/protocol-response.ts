/** What app://bundle/… answers: GET only, files inside the built renderer folder only. */
import { readFile } from 'node:fs/promises';
import { contentTypeFor, resolveInside } from '../core/platform/bundle-path';
import { CONTENT_SECURITY_POLICY } from '../core/platform/csp';
import { APP_HOST } from './security';

export async function appProtocolResponse(rendererDir: string, method: string, url: string): Promise<Response> {
  if (method !== 'GET') return new Response('Method Not Allowed', { status: 405 });
  const parsed = new URL(url);
  if (parsed.hostname !== APP_HOST) return new Response('Not Found', { status: 404 });
  const file = resolveInside(rendererDir, parsed.pathname);
  if (!file) return new Response('Not Found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(body, {
      headers: {
        'content-type': contentTypeFor(file),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'x-frame-options': 'DENY',
      },
    });
  } catch {
    return new Response('Not Found', { status: 404 });
  }
}
