/**
 * `window.desktop` in the main process: print routes are rendered in a hidden window
 * (same preload, same security) and printed / saved as PDF once the page says it is ready.
 * The same window runner serves the PDF service core asks for (pdf-window.ts).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { DesktopBridge, SaveResult } from '../core/platform/desktop';
import type { PrintWindowRunner } from './pdf-window';
import { A4_PDF_OPTIONS, printWithDialog } from './print';
import { printUrl, waitForPrintReady } from './print-route';
import { printWindowOptionsFor } from './window-options';

export function printWindowRunner(preloadPath: string): PrintWindowRunner {
  return async (route, use, wait) => {
    const win = new BrowserWindow(printWindowOptionsFor(preloadPath));
    try {
      await win.loadURL(printUrl(route));
      await waitForPrintReady(win.webContents, { route, ...wait });
      return await use(win.webContents);
    } finally {
      win.destroy();
    }
  };
}

export function desktopActions(withPrintWindow: PrintWindowRunner, parent: () => BrowserWindow | null): DesktopBridge {
  const askWhere = async (title: string, suggestedName: string, filters: Electron.FileFilter[]): Promise<string | undefined> => {
    const options: Electron.SaveDialogOptions = { title, defaultPath: join(app.getPath('documents'), suggestedName), filters };
    const owner = parent();
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled ? undefined : result.filePath;
  };

  return {
    print: (route) => withPrintWindow(route, (contents) => printWithDialog(contents)),

    async savePdf(route, suggestedName): Promise<SaveResult> {
      const path = await askWhere('导出PDF', suggestedName, [{ name: 'PDF 文件', extensions: ['pdf'] }]);
      if (!path) return { saved: false };
      const pdf = await withPrintWindow(route, (contents) => contents.printToPDF(A4_PDF_OPTIONS));
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
