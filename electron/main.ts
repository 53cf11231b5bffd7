/** The Electron main process: one window, one database, the API over IPC. Nothing else. */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { apiTable } from '../core/api';
import type { AppContext } from '../core/context';
import { APP_NAME, APP_VERSION } from '../core/version';
import { resolveDbPath } from '../core/platform/paths';
import { openDatabase, type OpenDatabase } from '../db/open';
import { wireApi } from './ipc';
import { buildMenuTemplate } from './menu';
import { printWithDialog } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, hardenContents } from './security';
import { createMainWindow } from './window';

const RENDERER_DIR = join(__dirname, '../renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let database: OpenDatabase | null = null;

registerAppScheme();
app.on('web-contents-created', (_event, contents) => hardenContents(contents));

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.whenReady().then(start, fail);
}

async function start() {
  denyAllPermissions(session.defaultSession);
  const dbPath = resolveDbPath(process.argv, process.env);
  try {
    database = await openDatabase(dbPath);
  } catch (err) {
    return fail(err);
  }
  const ctx: AppContext = { db: database.db, dbPath: database.path, now: () => new Date() };
  serveRenderer(RENDERER_DIR);
  wireApi(ipcMain, apiTable, () => ctx);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        print: () => {
          const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
          if (target) void printWithDialog(target.webContents);
        },
        about: () =>
          void dialog.showMessageBox({
            title: '关于',
            message: `${APP_NAME} ${APP_VERSION}`,
            detail: `数据文件：${ctx.dbPath}`,
          }),
      }),
    ),
  );
  mainWindow = createMainWindow(PRELOAD);
  mainWindow.on('closed', () => (mainWindow = null));
}

function fail(err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('社区妇联工作台账无法启动', message);
  app.exit(1);
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => void database?.close());
