/**
 * Wires the API table to one IPC channel. Nothing here names a method:
 * every method of the table is reachable, and only from our own pages.
 */
import type { IpcMain, IpcMainEvent, IpcMainInvokeEvent } from 'electron';
import type { ApiTableShape } from '../core/api/define';
import { dispatch, methodNames } from '../core/api/dispatch';
import type { Envelope } from '../core/api/types';
import type { AppContext } from '../core/context';
import { API_CHANNEL, API_METHODS_CHANNEL } from './channels';
import { isAppUrl } from './security';

type SenderEvent = Pick<IpcMainInvokeEvent | IpcMainEvent, 'senderFrame'>;

const fromOurPage = (event: SenderEvent) => isAppUrl(event.senderFrame?.url);

export const FORBIDDEN: Envelope<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝访问：此请求不是来自本程序的页面。' },
};

export function wireApi(ipc: Pick<IpcMain, 'handle' | 'on'>, table: ApiTableShape, context: () => AppContext) {
  ipc.handle(API_CHANNEL, (event, message: unknown) => {
    if (!fromOurPage(event)) return FORBIDDEN;
    const { method, input } = (message ?? {}) as { method?: unknown; input?: unknown };
    return dispatch(table, context(), method, input);
  });
  ipc.on(API_METHODS_CHANNEL, (event) => {
    event.returnValue = fromOurPage(event) ? methodNames(table) : [];
  });
}
