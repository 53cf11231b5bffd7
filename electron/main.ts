/** The Electron main process: one window, one database, the API over IPC. Nothing else. */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, session } from 'electron';
import { apiTable } from '../core/api';
import type { AppContext } from '../core/context';
import type { PdfRenderer } from '../core/platform/pdf';
import { APP_NAME, APP_VERSION } from '../core/version';
import { resolveDbPath } from '../core/platform/paths';
import { createAppContext, type DatabaseHolder } from '../core/backup/holder';
import { scheduleDailyBackup, type ScheduledBackup } from '../core/backup/daily';
import { openAtStartup } from '../core/startup/recover';
import { wireApi } from './ipc';
import { openWithSystem } from './open-file';
import { buildMenuTemplate } from './menu';
import { printWithDialog } from './print';
import { wireDesktop } from './print-ipc';
import { createWindowPdfRenderer } from './pdf-window';
import { desktopActions, printWindowRunner } from './print-window';
import { registerAppScheme, serveRenderer } from './protocol';
import { denyAllPermissions, hardenContents } from './security';
import { createMainWindow } from './window';
import { guardUnload } from './unload-guard';

const RENDERER_DIR = join(__dirname, '../renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;
let database: DatabaseHolder | null = null;
let dailyBackup: ScheduledBackup | null = null;
let pdfService: PdfRenderer | null = null;
const DAILY_BACKUP_DELAY_MS = 2000;

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
  // A data file that will not open is not a crash: the window shows the recovery screen (renderer/startup).
  database = await openAtStartup(dbPath);
  const withPrintWindow = printWindowRunner(PRELOAD);
  pdfService = createWindowPdfRenderer(withPrintWindow);
  // Object.assign keeps the context's getters (db, dbPath follow a restore).
  const ctx: AppContext = Object.assign(createAppContext(database, () => new Date(), choosePath), {
    openFile: openWithSystem,
    pdf: pdfService,
  });
  serveRenderer(RENDERER_DIR);
  wireApi(ipcMain, apiTable, () => ctx);
  wireDesktop(ipcMain, desktopActions(withPrintWindow, () => mainWindow));
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
  const win = mainWindow;
  guardUnload(win.webContents, (question) => dialog.showMessageBoxSync(win, question));
  // Once the window shows the app: opening never waits for the daily backup.
  const holder = database;
  mainWindow.webContents.once('did-finish-load', () => {
    dailyBackup = scheduleDailyBackup(holder, { delayMs: DAILY_BACKUP_DELAY_MS });
  });
}

/** 备份到… / 从备份恢复…: the native dialog behind backup.choosePath. */
async function choosePath(kind: 'folder' | 'backup-file' | 'data-file', defaultPath: string): Promise<string | undefined> {
  const sqliteFile = (title: string, name: string): Electron.OpenDialogOptions => ({
    title,
    defaultPath,
    properties: ['openFile'],
    filters: [{ name, extensions: ['sqlite'] }],
  });
  const options: Electron.OpenDialogOptions =
    kind === 'folder'
      ? { title: '选择备份保存的位置（如U盘）', defaultPath, properties: ['openDirectory', 'createDirectory'] }
      : kind === 'backup-file'
        ? sqliteFile('选择要恢复的备份文件', '备份文件')
        : sqliteFile('选择要打开的数据文件', '数据文件');
  const result = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}

function fail(err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox('社区妇联工作台账无法启动', message);
  app.exit(1);
}

app.on('window-all-closed', () => app.quit());
app.on('will-quit', () => {
  void pdfService?.close();
  void (dailyBackup?.cancel() ?? Promise.resolve()).then(() => database?.close());
});
