/**
 * The renderer's only door to data. `window.api` (from the Electron preload or
 * the browser harness) answers envelopes; here each method is wrapped to return
 * the value or throw an ApiError carrying the Chinese message.
 */
import type { Api, WindowApi } from '../core/api';
import type { ErrorCode, ErrorInfo } from '../core/errors';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details?: unknown;
  constructor(info: ErrorInfo) {
    super(info.message);
    this.code = info.code;
    this.details = info.details;
  }
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: ErrorInfo };
type Bridge = Record<string, Record<string, (input?: unknown) => Promise<Envelope>>>;

function unwrap(bridge: Bridge): Api {
  const client: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [module, methods] of Object.entries(bridge)) {
    client[module] = {};
    for (const [name, call] of Object.entries(methods)) {
      client[module][name] = async (input) => {
        const answer = await call(input);
        if (!answer.ok) throw new ApiError(answer.error);
        return answer.value;
      };
    }
  }
  return client as unknown as Api;
}

export const apiAvailable = Boolean(window.api);
export const api: Api = unwrap((window.api ?? {}) as unknown as Bridge);
