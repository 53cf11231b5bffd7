/** Runs in the browser page served by core/platform/web-server.ts (harness, CLI PDFs): defines `window.api` over a loopback POST. */
import { buildBridge } from '../api/bridge';

declare const __FULIAN_HARNESS__: { token: string; methods: string[]; endpoint: string };

const config = __FULIAN_HARNESS__;

(window as unknown as { api: unknown }).api = buildBridge(config.methods, async (method, input) => {
  try {
    const response = await fetch(config.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fulian-token': config.token },
      body: JSON.stringify({ method, input }),
    });
    return await response.json();
  } catch {
    return {
      ok: false,
      error: { code: 'INTERNAL', message: '无法连接到本机数据服务，请确认 npm run web 仍在运行。' },
    };
  }
});
