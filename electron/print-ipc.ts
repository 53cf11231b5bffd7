/**
 * Wires `window.desktop` to its IPC channels: the same sender check as the API
 * (only our own pages), and every argument validated before the main process acts.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { DesktopBridge } from '../core/platform/desktop';
import { DESKTOP_PRINT_CHANNEL, DESKTOP_SAVE_FILE_CHANNEL, DESKTOP_SAVE_PDF_CHANNEL } from './print-channels';
import { isPrintRoute, safeFileName } from './print-route';
import { isAppUrl } from './security';

export class DesktopRefusal extends Error {}

const MAX_FILE_BYTES = 200 * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function check(event: Pick<IpcMainInvokeEvent, 'senderFrame'>) {
  if (!isAppUrl(event.senderFrame?.url)) throw new DesktopRefusal('拒绝访问：此请求不是来自本程序的页面。');
}

function route(value: unknown): string {
  if (!isPrintRoute(value)) throw new DesktopRefusal('无法打印：打印地址无效。');
  return value;
}

export function wireDesktop(ipc: Pick<IpcMain, 'handle'>, actions: DesktopBridge) {
  ipc.handle(DESKTOP_PRINT_CHANNEL, (event, target: unknown) => {
    check(event);
    return actions.print(route(target));
  });
  ipc.handle(DESKTOP_SAVE_PDF_CHANNEL, (event, target: unknown, name: unknown) => {
    check(event);
    return actions.savePdf(route(target), safeFileName(name, 'pdf'));
  });
  ipc.handle(DESKTOP_SAVE_FILE_CHANNEL, (event, name: unknown, base64: unknown) => {
    check(event);
    if (typeof base64 !== 'string' || base64.length > (MAX_FILE_BYTES * 4) / 3 || !BASE64.test(base64)) {
      throw new DesktopRefusal('无法保存：文件内容无效。');
    }
    const fileName = safeFileName(name, (typeof name === 'string' && /\.([a-z0-9]{1,5})$/i.exec(name)?.[1]) || 'bin');
    return actions.saveFile(fileName, base64);
  });
}
