import type { BrowserWindowConstructorOptions } from 'electron';
import { webPreferencesFor } from './security';

/** 1366×768 is the most common office screen; the window fits it with the taskbar. */
export function windowOptionsFor(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1366,
    height: 728,
    minWidth: 1024,
    minHeight: 640,
    title: '社区妇联工作台账',
    show: false,
    backgroundColor: '#f5f5f5',
    autoHideMenuBar: false,
    webPreferences: webPreferencesFor(preloadPath),
  };
}

/**
 * The hidden window a print route is printed or rendered to PDF in: never shown,
 * A4 proportions (210 × 297 at 150 dpi), the same preload and security as the main window.
 */
export function printWindowOptionsFor(preloadPath: string): BrowserWindowConstructorOptions {
  return { show: false, width: 1240, height: 1754, webPreferences: webPreferencesFor(preloadPath) };
}
