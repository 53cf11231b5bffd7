/**
 * The second launcher of DESIGN §2: the same specs against the real desktop app
 * through Playwright's `_electron`, where an Electron binary exists. On machines
 * that cannot download Electron the tests are skipped with the reason shown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');
const MAIN = join(ROOT, 'build/main/main.cjs');

/** Where the Electron executable is, without `require('electron')` (which would try to download it). */
export function electronExecutable(): string | null {
  const dir = join(ROOT, 'node_modules/electron');
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const base = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist');
  const executable = join(base, relative);
  return existsSync(executable) ? executable : null;
}

export function electronSkipReason(): string | null {
  if (!electronExecutable()) return '本机没有 Electron 程序（无法下载），桌面版端到端测试跳过；浏览器版已覆盖同样的界面';
  if (!existsSync(MAIN)) return '尚未构建桌面主进程（npm run build），桌面版端到端测试跳过';
  return null;
}

export async function launchDesktop(dbPath: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: electronExecutable()!,
    args: [MAIN, '--db', dbPath],
    env: { ...process.env, ELECTRON_ENABLE_LOGGING: '1' },
  });
  return { app, page: await app.firstWindow() };
}
