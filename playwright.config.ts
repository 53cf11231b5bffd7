import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS } from './core/platform/pdf-chromium';

/** Debian's Chromium (never a downloaded browser), with the flags this offline machine needs: the PDF service's own. */
export const CHROMIUM_ARGS = CHROMIUM_FLAGS;

// On the desktop the core and the window share the machine's clock and time zone; here the harness
// runs in the test worker, so it takes the browser's zone: otherwise after 16:00 UTC a form's “today”
// is the core's tomorrow and is refused. Set here, so every worker (they inherit it) agrees.
const TIME_ZONE = 'Asia/Shanghai';
process.env.TZ = TIME_ZONE;

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
    timezoneId: TIME_ZONE,
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
