/**
 * User text that looks like HTML or script is shown as text everywhere: the
 * branch name, member names, a zone and a note full of markup are saved, then
 * every screen and print that shows them is visited. Nothing may run (the
 * `__pwned` flag stays unset), no element may be injected, and the text must
 * appear literally. The fixture also fails on any console error, such as a
 * CSP report of a blocked inline handler.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const BRANCH = '<img src=x onerror="window.__pwned=1">妇联';
// Names lose their spaces when saved; a slash separates HTML attributes just as well.
const NAME_IMG = '<img/src=x/onerror=__pwned=1>';
const NAME_SCRIPT = '<script>__pwned=1</script>';
const ZONE = '<b onmouseover=__pwned=1>一片区';
const NOTE = '<svg onload="window.__pwned=1"></svg><a href="javascript:__pwned=1">点我</a>';
const ID_A = '110105197503080028';
const ID_B = '110105196808150248';

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('img[src="x"], svg[onload], b[onmouseover], a[href^="javascript:"]')).toHaveCount(0);
}

test('HTML/脚本样子的文字在每个界面和打印中都原样显示，不会执行', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await app.open('/settings/basic');
  await page.getByLabel('社区妇联名称').fill(BRANCH);
  await page.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByTestId('branch-name')).toHaveText(BRANCH);
  await expectInert(page);

  // Members and a zone through the same API the pages use.
  const created = await page.evaluate(
    async ({ zone, members }) => {
      const api = window.api!;
      const z = await api.members.saveZone({ name: zone });
      if (!z.ok) throw new Error(z.error.message);
      const zones = await api.members.listZones(undefined);
      const zoneId = zones.ok ? (zones.value as { id: number; name: string }[]).find((x) => x.name === zone)?.id : undefined;
      const results = [];
      for (const m of members) results.push(await api.members.create({ ...m, zoneId }));
      return results.map((r) => (r.ok ? 'ok' : r.error.message));
    },
    {
      zone: ZONE,
      members: [
        { name: NAME_IMG, idNumber: ID_A, note: NOTE, roles: [], tags: [] },
        { name: NAME_SCRIPT, idNumber: ID_B, note: NOTE, roles: [], tags: [] },
      ],
    },
  );
  expect(created).toEqual(['ok', 'ok']);

  await app.open('/');
  await expect(page.getByText(BRANCH, { exact: true }).first()).toBeVisible();
  await expectInert(page);

  await app.open('/members');
  await expect(page.getByText(NAME_IMG, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(NAME_SCRIPT, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(ZONE).first()).toBeVisible();
  await expectInert(page);
  await page.screenshot({ path: test.info().outputPath('hostile-roster.png') });

  // Member detail.
  await page.getByText(NAME_SCRIPT, { exact: true }).first().click();
  await expect(page.getByText(NOTE).first()).toBeVisible();
  await expectInert(page);
  await page.keyboard.press('Escape');

  // Printed roster, from the page's own button.
  await page.getByRole('button', { name: /打印花名册/ }).click();
  await expect(page.getByText(NAME_IMG, { exact: true }).first()).toBeVisible();
  await expect(page.getByText(BRANCH).first()).toBeVisible();
  await expectInert(page);

  await app.open('/members/stats');
  await expect(page.getByText(BRANCH).first()).toBeVisible();
  await expectInert(page);
  await page.goto(`${app.harness.url}#/print/members-stats?asOf=2026-11-29`);
  await expect(page.getByText(BRANCH).first()).toBeVisible();
  await expectInert(page);
  await page.screenshot({ path: test.info().outputPath('hostile-stats-print.png') });
});
