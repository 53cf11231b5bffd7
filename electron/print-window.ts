/**
 * `window.desktop` in the main process: print routes are rendered in a hidden window
 * (same preload, same security) and printed / saved as PDF once the page says it is ready.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { DesktopBridge, SaveResult } from '../core/platform/desktop';
import { A4_PDF_OPTIONS, printWithDialog } from './print';
import { printUrl, waitForPrintReady } from './print-route';
import { webPreferencesFor } from './security';

export function desktopActions(preloadPath: string, parent: () => BrowserWindow | null): DesktopBridge {
  const withPrintWindow = async <T>(route: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> => {
    const win = new BrowserWindow({ show: false, width: 1240, height: 1754, webPreferences: webPreferencesFor(preloadPath) });
    try {
      await win.loadURL(printUrl(route));
      await waitForPrintReady(win.webContents);
      return await use(win);
    } finally {
      win.destroy();
    }
  };

  const askWhere = async (title: string, suggestedName: string, filters: Electron.FileFilter[]): Promise<string | undefined> => {
    const options: Electron.SaveDialogOptions = { title, defaultPath: join(app.getPath('documents'), suggestedName), filters };
    const owner = parent();
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled ? undefined : result.filePath;
  };

  return {
    print: (route) => withPrintWindow(route, (win) => printWithDialog(win.webContents)),

    async savePdf(route, suggestedName): Promise<SaveResult> {
      const path = await askWhere('导出PDF', suggestedName, [{ name: 'PDF 文件', extensions: ['pdf'] }]);
      if (!path) return { saved: false };
      const pdf = await withPrintWindow(route, (win) => win.webContents.printToPDF(A4_PDF_OPTIONS));
      await writeFile(path, pdf);
      return { saved: true, path };
    },

    async saveFile(suggestedName, base64): Promise<SaveResult> {
      const extension = /\.([a-z0-9]{1,5})$/i.exec(suggestedName)?.[1];
      const path = await askWhere('保存文件', suggestedName, extension ? [{ name: `${extension.toUpperCase()} 文件`, extensions: [extension] }] : []);
      if (!path) return { saved: false };
      await writeFile(path, Buffer.from(base64, 'base64'));
      return { saved: true, path };
    },
  };
}
