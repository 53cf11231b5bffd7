/**
 * Issue 15 item 11: on every page of the left navigation (read from the menu the app
 * builds from renderer/modules, so pages added later are checked too) and on one
 * record page per module, in 标准 and in 特大: no serious or critical axe-core
 * violation, and nothing cut off at 1366×768 (e2e/layout-check.ts). The check itself
 * is shown to fail on a page broken on purpose.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { layoutProblems } from './layout-check';
import { seedOneRecordPerModule as seed } from './record-fixtures';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Every route of the left navigation, in menu order (groups are open: renderer/AppShell.tsx). */
async function navRoutes(page: Page): Promise<string[]> {
  const ids = await page.locator('.ant-layout-sider li.ant-menu-item').evaluateAll((items) => items.map((li) => li.getAttribute('data-menu-id') ?? ''));
  return ids.map((id) => id.slice(id.indexOf('-/') + 1)).filter((route) => route.startsWith('/'));
}

/** Waits until the page has loaded what it shows (no spinner, no skeleton). */
async function settled(page: Page) {
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton-active')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(150);
}

interface Finding {
  page: string;
  problem: string;
}

async function check(page: Page, label: string, findings: Finding[]) {
  const started = Date.now();
  await settled(page);
  const ready = Date.now();
  const axe = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  for (const v of axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
    findings.push({ page: label, problem: `axe ${v.impact} ${v.id}（${v.help}）：${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join('；')}（${v.nodes[0]?.any[0]?.message ?? ''}）` });
  }
  const checked = Date.now();
  for (const p of await layoutProblems(page)) findings.push({ page: label, problem: `${p.kind} ${p.where}「${p.text}」${p.detail}` });
  if (process.env.FULIAN_A11Y_TIMES) console.log(label, ready - started, checked - ready, Date.now() - checked);
}

const go = async (page: Page, route: string) => {
  await page.evaluate((r) => (window.location.hash = r), route);
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(`#${route}`);
};

async function openIn(app: { page: Page; open(route?: string): Promise<void> }, size: string) {
  await app.open('/');
  await app.page.getByTestId('font-size-toggle').getByText(size, { exact: true }).click();
  await expect(app.page.locator('html')).toHaveAttribute('data-font-size', size);
}

const report = (findings: Finding[]) => findings.map((f) => `${f.page}: ${f.problem}`).join('\n');

for (const size of ['标准', '特大'] as const) {
  test(`无障碍与版面（${size}）：导航中的每一页，没有严重的 axe 问题，1366×768 下没有横向滚动、没有被截断的文字`, async ({ app }) => {
    test.setTimeout(300_000);
    const { page } = app;
    await seed(app.harness.dbPath);
    await openIn(app, size);
    const routes = await navRoutes(page);
    expect(routes.length, '导航中应列出各模块的页面').toBeGreaterThan(15);
    expect(routes).toEqual(expect.arrayContaining(['/', '/members', '/meetings', '/study', '/deliberation/items', '/archive', '/settings/basic']));
    const findings: Finding[] = [];
    for (const route of routes) {
      await go(page, route);
      await check(page, route, findings);
    }
    expect(findings, report(findings)).toEqual([]);
  });

  test(`无障碍与版面（${size}）：每个模块的一条记录（成员卡片、会议记录、学习记录、议题、档案）`, async ({ app }) => {
    test.setTimeout(180_000);
    const { page } = app;
    const ids = await seed(app.harness.dbPath);
    await openIn(app, size);
    const findings: Finding[] = [];
    for (const route of [`/meetings/${ids.meeting}`, `/study/${ids.study}`, `/deliberation/items/${ids.item}`, `/archive/items/${ids.archive}`]) {
      await go(page, route);
      await check(page, route, findings);
    }
    // The member card: a drawer over the roster.
    await go(page, '/members');
    await page.locator('.roster-scroller [role="row"]').first().click();
    await expect(page.locator('.ant-drawer-open')).toBeVisible();
    await check(page, '成员卡片', findings);
    expect(findings, report(findings)).toEqual([]);
  });
}

test('版面检查本身：故意做坏的页面（横向滚动、被截断的按钮文字和固定宽度的表头）会被查出，有意省略（带完整文字提示）的不算', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.setContent(`<!doctype html><html lang="zh-CN"><body style="margin:0;font-size:18px">
    <div style="width:1600px">很宽的一行</div>
    <button style="width:60px;overflow:hidden;white-space:nowrap">保存并定稿</button>
    <div style="width:80px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap" id="cut">会议名称和届次</div>
    <div style="height:20px;overflow:hidden;width:200px" id="short">第一行<br>第二行</div>
    <div style="width:80px;overflow:hidden;text-overflow:ellipsis;white-space:nowrap" title="社区党群服务中心二楼会议室">社区党群服务中心二楼会议室</div>
    <div style="width:300px;overflow:hidden;white-space:nowrap">放得下</div>
  </body></html>`);
  const problems = await layoutProblems(page);
  expect(problems.map((p) => [p.kind, p.text])).toEqual([
    ['page-scrolls-sideways', ''],
    ['text-clipped', '保存并定稿'],
    ['text-clipped', '会议名称和届次'],
    ['text-clipped', '第一行\n第二行'],
  ]);
});
