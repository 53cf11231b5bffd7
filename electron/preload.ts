/** Exposes `window.api` (named functions only, never ipcRenderer itself). */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../core/api/bridge';
import type { DesktopBridge } from '../core/platform/desktop';
import { API_CHANNEL, API_METHODS_CHANNEL } from './channels';
import { DESKTOP_PRINT_CHANNEL, DESKTOP_SAVE_FILE_CHANNEL, DESKTOP_SAVE_PDF_CHANNEL } from './print-channels';

const names = ipcRenderer.sendSync(API_METHODS_CHANNEL) as string[];

contextBridge.exposeInMainWorld(
  'api',
  buildBridge(names, (method, input) => ipcRenderer.invoke(API_CHANNEL, { method, input })),
);

/** `window.desktop`: printing and saving files, through the main process (see electron/print-ipc.ts). */
contextBridge.exposeInMainWorld('desktop', {
  print: (route: string) => ipcRenderer.invoke(DESKTOP_PRINT_CHANNEL, route),
  savePdf: (route: string, suggestedName: string) => ipcRenderer.invoke(DESKTOP_SAVE_PDF_CHANNEL, route, suggestedName),
  saveFile: (suggestedName: string, base64: string) => ipcRenderer.invoke(DESKTOP_SAVE_FILE_CHANNEL, suggestedName, base64),
} satisfies DesktopBridge);
