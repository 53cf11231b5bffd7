import { describe, expect, it } from 'vitest';
import { apiTable } from '../core/api';
import { methodNames } from '../core/api/dispatch';
import { openTempDatabase } from '../db/test-helpers';
import { API_CHANNEL, API_METHODS_CHANNEL } from './channels';
import { wireApi } from './ipc';

type Handler = (event: unknown, message?: unknown) => unknown;

/** Collects what wireApi registers, so the real handlers can be called with real events' shape. */
function captureIpc() {
  const handlers: Record<string, Handler> = {};
  const listeners: Record<string, Handler> = {};
  return {
    ipc: {
      handle: (channel: string, h: Handler) => (handlers[channel] = h),
      on: (channel: string, h: Handler) => (listeners[channel] = h),
    },
    handlers,
    listeners,
  };
}

const from = (url: string | undefined) => ({ senderFrame: url === undefined ? null : { url } });

describe('IPC wiring', () => {
  it('serves every method of the table on one channel, only to our own page', async () => {
    const { ctx, db } = await openTempDatabase();
    const { ipc, handlers, listeners } = captureIpc();
    wireApi(ipc as never, apiTable, () => ctx);
    expect(Object.keys(handlers)).toEqual([API_CHANNEL]);

    const names = { returnValue: undefined as unknown, ...from('app://bundle/index.html') };
    listeners[API_METHODS_CHANNEL]!(names);
    expect(names.returnValue).toEqual(methodNames(apiTable));

    const answer = await handlers[API_CHANNEL]!(from('app://bundle/index.html#/'), {
      method: 'settings.saveBranchInfo',
      input: { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' },
    });
    expect(answer).toMatchObject({ ok: true, value: { name: '幸福里社区妇联' } });

    for (const url of ['https://evil.example/', 'app://evil/index.html', 'file:///index.html', undefined]) {
      const refused = await handlers[API_CHANNEL]!(from(url), {
        method: 'settings.saveBranchInfo',
        input: { name: '被篡改', street: '', fondsCode: '', contact: '', phone: '' },
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('拒绝') } });
      const list = { returnValue: undefined as unknown, ...from(url) };
      listeners[API_METHODS_CHANNEL]!(list);
      expect(list.returnValue).toEqual([]);
    }
    const rows = await db.selectFrom('branch_info').select('name').execute();
    expect(rows).toEqual([{ name: '幸福里社区妇联' }]);
  });

  it('answers a malformed message with a typed error instead of throwing', async () => {
    const { ctx } = await openTempDatabase();
    const { ipc, handlers } = captureIpc();
    wireApi(ipc as never, apiTable, () => ctx);
    for (const message of [undefined, null, 'settings.getBranchInfo', { method: 5 }, { input: {} }]) {
      const answer = await handlers[API_CHANNEL]!(from('app://bundle/index.html'), message);
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
  });
});
