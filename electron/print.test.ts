import { describe, expect, it } from 'vitest';
import type { DesktopBridge } from '../core/platform/desktop';
import { DESKTOP_PRINT_CHANNEL, DESKTOP_SAVE_FILE_CHANNEL, DESKTOP_SAVE_PDF_CHANNEL } from './print-channels';
import { wireDesktop } from './print-ipc';
import { isPrintRoute, printUrl, safeFileName, waitForPrintReady } from './print-route';

type Handler = (event: unknown, ...args: unknown[]) => unknown;
const from = (url: string) => ({ senderFrame: { url } });
const OURS = 'app://bundle/index.html#/members/stats';

function wired() {
  const handlers: Record<string, Handler> = {};
  const calls: unknown[][] = [];
  const actions: DesktopBridge = {
    print: async (route) => (calls.push(['print', route]), { printed: true }),
    savePdf: async (route, name) => (calls.push(['savePdf', route, name]), { saved: true, path: `/docs/${name}` }),
    saveFile: async (name, base64) => (calls.push(['saveFile', name, base64]), { saved: true }),
  };
  wireDesktop({ handle: (channel: string, h: Handler) => (handlers[channel] = h) } as never, actions);
  return { handlers, calls };
}

describe('print routes', () => {
  it('accepts only our print documents with a plain query', () => {
    expect(isPrintRoute('/print/members-stats?asOf=2026-06-30')).toBe(true);
    expect(isPrintRoute('/print/members-roster')).toBe(true);
    for (const bad of ['/members', '/print/', '/print/../x', 'https://evil.example/print/x', '/print/x#y', '/print/x?a=<b>', 42, null]) {
      expect(isPrintRoute(bad), String(bad)).toBe(false);
    }
    expect(printUrl('/print/members-stats?asOf=2026-06-30')).toBe('app://bundle/index.html#/print/members-stats?asOf=2026-06-30');
  });

  it('makes file names safe for Windows and keeps the extension', () => {
    expect(safeFileName('妇女基本情况统计表（2026年6月30日）.pdf', 'pdf')).toBe('妇女基本情况统计表（2026年6月30日）.pdf');
    expect(safeFileName('..\\..\\Windows/system32:x', 'pdf')).toBe('_.._Windows_system32_x.pdf');
    expect(safeFileName('', 'xlsx')).toBe('导出文件.xlsx');
  });

  it('waits for data-print-ready, reports data-print-error, and times out in Chinese', async () => {
    const states: unknown[] = ['waiting', 'waiting', 'ready'];
    await waitForPrintReady({ executeJavaScript: async () => states.shift() } as never, { pollMs: 1 });
    expect(states).toEqual([]);
    await expect(waitForPrintReady({ executeJavaScript: async () => ({ error: '统计截止日期不能晚于今天' }) } as never)).rejects.toThrow(
      '无法打印：统计截止日期不能晚于今天',
    );
    await expect(waitForPrintReady({ executeJavaScript: async () => 'waiting' } as never, { timeoutMs: 5, pollMs: 1 })).rejects.toThrow('打印内容准备超时');
  });
});

describe('window.desktop IPC', () => {
  it('does what our own page asks, with validated arguments', async () => {
    const { handlers, calls } = wired();
    await handlers[DESKTOP_PRINT_CHANNEL]!(from(OURS), '/print/members-stats?asOf=2026-06-30');
    await handlers[DESKTOP_SAVE_PDF_CHANNEL]!(from(OURS), '/print/members-stats', '统计表');
    await handlers[DESKTOP_SAVE_FILE_CHANNEL]!(from(OURS), '统计表.xlsx', 'UEsDBA==');
    expect(calls).toEqual([
      ['print', '/print/members-stats?asOf=2026-06-30'],
      ['savePdf', '/print/members-stats', '统计表.pdf'],
      ['saveFile', '统计表.xlsx', 'UEsDBA=='],
    ]);
  });

  it('refuses other senders, other routes and bad file content, doing nothing', async () => {
    const { handlers, calls } = wired();
    const foreign = from('https://evil.example/');
    expect(() => handlers[DESKTOP_PRINT_CHANNEL]!(foreign, '/print/members-stats')).toThrow('拒绝访问');
    expect(() => handlers[DESKTOP_SAVE_FILE_CHANNEL]!({ senderFrame: null }, 'a.xlsx', 'UEsDBA==')).toThrow('拒绝访问');
    expect(() => handlers[DESKTOP_SAVE_PDF_CHANNEL]!(from(OURS), 'file:///etc/passwd', 'x')).toThrow('打印地址无效');
    expect(() => handlers[DESKTOP_SAVE_FILE_CHANNEL]!(from(OURS), 'a.xlsx', 'not base64!')).toThrow('文件内容无效');
    expect(calls).toEqual([]);
  });
});
