/**
 * The `app` fixture: the real renderer served by the harness over a fresh
 * SQLite file, opened in Debian's Chromium. Every test gets its own database.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { startHarness, type Harness } from '../harness/server';

export interface AppFixture {
  page: Page;
  harness: Harness;
  /** Opens a route of the app (hash route, e.g. '/settings/basic') and waits for the shell. */
  open(route?: string): Promise<void>;
  /** A console error the test provokes on purpose; any other one fails the test. */
  expectConsoleError(pattern: RegExp): void;
}

export const test = base.extend<{ app: AppFixture }>({
  app: async ({ page }, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'fulian-e2e-'));
    // FULIAN_RENDERER_DIR lets parallel work build and test its own copy of the renderer.
    const harness = await startHarness({ dbPath: join(dir, 'fulian.sqlite'), rendererDir: process.env.FULIAN_RENDERER_DIR });
    const errors: string[] = [];
    const expected: RegExp[] = [];
    page.on('pageerror', (err) => errors.push(err.message));
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    const open = async (route = '/') => {
      await page.goto(`${harness.url}#${route}`);
      await expect(page.getByTestId('branch-name')).toBeVisible();
    };
    await use({ page, harness, open, expectConsoleError: (pattern) => expected.push(pattern) });
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
    const unexpected = errors.filter((e) => !expected.some((p) => p.test(e)));
    expect(unexpected, '页面不应出现脚本错误或被 CSP 拦截的资源').toEqual([]);
  },
});

export { expect };
