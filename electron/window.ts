import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './security';
import { windowOptionsFor } from './window-options';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const win = new BrowserWindow(windowOptionsFor(preloadPath));
  win.once('ready-to-show', () => win.show());
  void win.loadURL(APP_ENTRY_URL);
  return win;
}
