/** Exposes `window.api` (named functions only, never ipcRenderer itself). */
import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from '../core/api/bridge';
import { API_CHANNEL, API_METHODS_CHANNEL } from './channels';

const names = ipcRenderer.sendSync(API_METHODS_CHANNEL) as string[];

contextBridge.exposeInMainWorld(
  'api',
  buildBridge(names, (method, input) => ipcRenderer.invoke(API_CHANNEL, { method, input })),
);
