/**
 * Issue 15 item 5: 字号 标准 / 大 / 特大 from the header, remembered per operator and
 * restored when she signs in; the print preview's toolbar follows it, the printed
 * pages never do.
 */
import type { Page } from '@playwright/test';
import { createFixtureMeeting } from '../core/meetings/fixture';
import { seedDemoMembers } from '../core/members/demo-seed';
import { withDb } from './db';
import { expect, test } from './fixtures';
import { layoutProblems } from './layout-check';
import { printToPdf } from './print';

/** Where the screenshots for the closing note go (FULIAN_SHOTS_DIR), else the test's output folder. */
const shot = (name: string) => (process.env.FULIAN_SHOTS_DIR ? `${process.env.FULIAN_SHOTS_DIR}/${name}` : test.info().outputPath(name));

const chooseSize = (page: Page, size: string) => page.getByTestId('font-size-toggle').getByText(size, { exact: true }).click();

/** The base size antd applies to the page's text (a menu entry), and the mode on <html>. */
async function expectSize(page: Page, size: '标准' | '大' | '特大', px: number) {
  await expect(page.locator('html')).toHaveAttribute('data-font-size', size);
  await expect.poll(() => page.locator('.ant-menu-title-content').first().evaluate((el) => getComputedStyle(el).fontSize)).toBe(`${px}px`);
}

async function signIn(page: Page, name: string) {
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
  await page.getByText(name).click();
  await page.getByLabel('密码').fill('1234');
  await page.getByLabel('密码').press('Enter');
  await expect(page.getByTestId('session-control')).toContainText(name);
}

test('字号按操作员记住：两位操作员各选各的，锁定、切换、刷新后重新登录，各自恢复自己的字号', async ({ app }) => {
  const { page } = app;
  await app.open('/');
  await expectSize(page, '标准', 15);
  const made = await page.evaluate(async () => {
    const api = window.api!;
    for (const [name, role] of [['王主席', '管理员'], ['李委员', '录入员']] as const) {
      const saved = await api.operators.save({ name, role });
      if (!saved.ok) return saved.error.message;
      await api.operators.setPassword({ id: saved.value.id, password: '1234' });
    }
    return 'ok';
  });
  expect(made).toBe('ok');
  await page.reload();

  await signIn(page, '王主席');
  await expectSize(page, '标准', 15);
  await chooseSize(page, '特大');
  await expectSize(page, '特大', 18);
  await page.screenshot({ path: test.info().outputPath('home-特大.png') });

  await page.getByRole('button', { name: /锁定/ }).click();
  await signIn(page, '李委员');
  await expectSize(page, '标准', 15); // not her colleague's
  await chooseSize(page, '大');
  await expectSize(page, '大', 16);

  await page.getByRole('button', { name: /锁定/ }).click();
  await signIn(page, '王主席');
  await expectSize(page, '特大', 18);

  // Closing and reopening the app (a reload) keeps each one's choice in the data file.
  await page.reload();
  await signIn(page, '李委员');
  await expectSize(page, '大', 16);
  await page.reload();
  await signIn(page, '王主席');
  await expectSize(page, '特大', 18);
});

test('打印预览的工具栏随字号变大，打印出来的会议记录在三种字号下完全相同（页数和文字）', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => void ({ id } = await createFixtureMeeting(ctx)));
  const toolbarPx = { 标准: '16px', 大: '18px', 特大: '20px' } as const;
  const printed: Array<{ text: string; pages: number }> = [];
  for (const size of ['标准', '大', '特大'] as const) {
    await app.open(`/meetings/${id}`);
    await chooseSize(page, size);
    await expect(page.locator('html')).toHaveAttribute('data-font-size', size);
    await page.getByRole('button', { name: '打印预览' }).click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
    await expect(page.locator('.print-toolbar')).toHaveCSS('font-size', toolbarPx[size]);
    const pdf = await printToPdf(page, `/print/meeting?id=${id}`, test.info().outputPath(`meeting-${size}.pdf`));
    printed.push({ text: pdf.text, pages: pdf.pages });
    // The sheet itself keeps its own size whatever the app's.
    await expect(page.getByTestId('print-sheet')).toHaveCSS('font-size', '16px'); // 12pt
  }
  expect(printed[0]!.pages).toBeGreaterThan(0);
  expect(printed[1]).toEqual(printed[0]);
  expect(printed[2]).toEqual(printed[0]);

  // A preview opened on its own (reloaded) asks for the operator's size itself.
  await page.reload();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await expect(page.locator('.print-toolbar')).toHaveCSS('font-size', '20px');
});

test('大字号下的首页和会议记录编辑页（1366×768）：不横向滚动、文字不被截断（截图存档）', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    await seedDemoMembers(ctx, 2600, 7);
    ({ id } = await createFixtureMeeting(ctx));
  });
  await app.open('/');
  await chooseSize(page, '大');
  await expectSize(page, '大', 16);
  for (const [route, name] of [
    ['/', 'home-大.png'],
    [`/meetings/${id}`, 'meeting-editor-大.png'],
  ] as const) {
    await page.evaluate((r) => (window.location.hash = r), route);
    await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
    if (route !== '/') await expect(page.getByLabel('会议名称')).toBeVisible();
    await page.waitForTimeout(300);
    expect(await layoutProblems(page), route).toEqual([]);
    await page.screenshot({ path: shot(name) });
  }
});
