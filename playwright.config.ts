import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './core/platform/pdf-chromium';

/** Debian's Chromium (never a downloaded browser), with the flags this offline machine needs: the PDF service's own. */
export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  projects: [
    { name: 'chromium' },
    // The same specs on the desktop app; skipped, with the reason shown, where no Electron binary exists.
    { name: 'electron' },
  ],
  use: {
    browserName: 'chromium',
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    // The app honours "reduce motion" (renderer/theme.ts): no dialog zooms in while a test clicks it.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
