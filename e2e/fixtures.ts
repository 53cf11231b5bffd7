/**
 * The `app` fixture: the real renderer over a fresh SQLite file, every test its
 * own database. Project "chromium": served by the harness in Debian's Chromium.
 * Project "electron": the desktop app itself, where an Electron binary exists.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { WIZARD_KEY } from '../core/settings/setup';
import { openDatabase } from '../db/open';
import { writeAppSetting } from '../db/operators/queries';
import { startHarness } from '../harness/server';
import { electronSkipReason, launchDesktop } from './electron-app';

/** The running app: its entry URL (`${url}#/route` opens a route) and its data file. */
export interface RunningApp {
  url: string;
  dbPath: string;
  close(): Promise<void>;
}

export interface AppFixture {
  page: Page;
  harness: RunningApp;
  /** Opens a route of the app (hash route, e.g. '/settings/basic') and waits for the shell. */
  open(route?: string): Promise<void>;
  /** A console error the test provokes on purpose; any other one fails the test. */
  expectConsoleError(pattern: RegExp): void;
}

export const test = base.extend<{ app: AppFixture; firstRun: boolean }>({
  /** false: the fresh file has its first-run wizard marked skipped, so a test opens the app's pages directly. */
  firstRun: [false, { option: true }],
  app: async ({ page: browserPage, firstRun }, use, testInfo) => {
    const desktop = testInfo.project.name === 'electron';
    const skipReason = desktop ? electronSkipReason() : null;
    testInfo.skip(skipReason !== null, skipReason ?? '');
    const dir = mkdtempSync(join(tmpdir(), 'fulian-e2e-'));
    const dbPath = join(dir, 'fulian.sqlite');
    let page = browserPage;
    let running: RunningApp;
    if (desktop) {
      const launched = await launchDesktop(dbPath);
      page = launched.page;
      running = { url: 'app://bundle/index.html', dbPath, close: () => launched.app.close() };
    } else {
      // FULIAN_RENDERER_DIR lets parallel work build and test its own copy of the renderer.
      running = await startHarness({ dbPath, rendererDir: process.env.FULIAN_RENDERER_DIR });
    }
    if (!firstRun) await skipWizard(dbPath);
    // Once the app is closed (by the test, to read the file, or at teardown) the page's
    // background calls (lock-state checks) fail by design: those errors are not the page's.
    let closed = false;
    const harness: RunningApp = {
      ...running,
      close: async () => {
        if (closed) return;
        closed = true;
        await running.close();
      },
    };
    const errors: string[] = [];
    const expected: RegExp[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error' && !closed) errors.push(msg.text());
    });
    const open = async (route = '/') => {
      await page.goto(`${harness.url}#${route}`);
      await expect(page.getByTestId('branch-name')).toBeVisible();
    };
    await use({ page, harness, open, expectConsoleError: (pattern) => expected.push(pattern) });
    if (!desktop) await page.goto('about:blank').catch(() => undefined);
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
    const unexpected = errors.filter((e) => !expected.some((p) => p.test(e)));
    expect(unexpected, '页面不应出现脚本错误或被 CSP 拦截的资源').toEqual([]);
  },
});

/** Marks the first-run wizard skipped in the data file (through a second connection, before any page loads). */
export async function skipWizard(dbPath: string) {
  const opened = await openDatabase(dbPath);
  try {
    await writeAppSetting(opened.db, WIZARD_KEY, { state: 'skipped', at: new Date().toISOString() });
  } finally {
    await opened.close();
  }
}

/** A click during a dialog's zoom-in was seen lost on a loaded machine: wait until it has finished opening. */
export const dialogOpened = (page: Page) => expect(page.locator('.ant-modal[class*="ant-zoom-"]')).toHaveCount(0);

export { expect };
