/** Another local page cannot show the app inside its own frame (and so cannot overlay or click-jack it). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { startHarness } from '../harness/server';
import { skipWizard } from './fixtures';

test('其他网页不能把本软件嵌进框架里', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the harness page; the desktop shell sends the same headers (electron/shell.test.ts)');
  const dir = mkdtempSync(join(tmpdir(), 'fulian-frame-'));
  await skipWizard(join(dir, 'fulian.sqlite'));
  const harness = await startHarness({ dbPath: join(dir, 'fulian.sqlite'), rendererDir: process.env.FULIAN_RENDERER_DIR });
  try {
    // The app itself opens normally.
    await page.goto(`${harness.url}#/`);
    await expect(page.getByTestId('branch-name')).toBeVisible();

    // Another page served from this PC (another port), as a local attacker's would be.
    const attacker = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<h1>别的网页</h1><iframe id="victim" src="${harness.url}#/" width="1000" height="600"></iframe>`);
    });
    await new Promise<void>((ok) => attacker.listen(0, '127.0.0.1', ok));
    const { port } = attacker.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForTimeout(2000);
    attacker.close();
    const frame = page.frames().find((f) => f !== page.mainFrame());
    expect(frame).toBeDefined();
    // Blocked by frame-ancestors / X-Frame-Options: not even the page's HTML is in the frame.
    expect(await frame!.locator('#root').count()).toBe(0);
    expect(await frame!.locator('[data-testid="branch-name"]').count()).toBe(0);
  } finally {
    await harness.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
