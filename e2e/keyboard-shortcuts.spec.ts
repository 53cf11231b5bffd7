/**
 * Issue 15 item 6: Ctrl+P on a record opens that record's print (the page's own 打印
 * action, not the browser's print of the screen), Esc closes a dialog, and the
 * keyboard's place is visible (a dark :focus-visible ring).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedOneRecordPerModule } from './record-fixtures';

const hash = (page: Page) => page.evaluate(() => decodeURIComponent(window.location.hash));

test('Ctrl+P：会议记录、学习记录、议题、成员卡片打开各自的打印预览；档案打开归档章对话框，Esc 关闭它', async ({ app }) => {
  const { page } = app;
  const ids = await seedOneRecordPerModule(app.harness.dbPath);

  for (const [route, print] of [
    [`/meetings/${ids.meeting}`, `#/print/meeting?id=${ids.meeting}`],
    [`/study/${ids.study}`, `#/print/study-session?id=${ids.study}`],
    [`/deliberation/items/${ids.item}`, `#/print/deliberation-feedback?id=${ids.item}`],
  ] as const) {
    await app.open(route);
    await expect(page.getByRole('button', { name: /打印/ }).first()).toBeVisible();
    await page.keyboard.press('Control+P');
    await expect.poll(() => hash(page), { message: `${route} 上按 Ctrl+P` }).toBe(print);
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  }

  await app.open('/members');
  await page.locator('.roster-scroller [role="row"]').first().click();
  await expect(page.getByTestId('person-study')).toBeVisible();
  await page.keyboard.press('Control+P');
  await expect.poll(() => hash(page)).toMatch(/^#\/print\/study-person\?memberId=\d+$/);

  await app.open(`/archive/items/${ids.archive}`);
  await expect(page.getByRole('button', { name: '打印归档章' })).toBeVisible();
  await page.keyboard.press('Control+P');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('归档章');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await hash(page)).toBe(`#/archive/items/${ids.archive}`);
});

test('用 Tab 到达的按钮和输入框有清楚的焦点框（深色 3px，鼠标点击时不显示）', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/basic');
  const name = page.getByLabel('社区妇联名称');
  await name.click();
  // Tab from the first field: the next stop shows the ring.
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toHaveCSS('outline-style', 'solid');
  await expect(focused).toHaveCSS('outline-width', '3px');
  await expect(focused).toHaveCSS('outline-color', 'rgb(173, 20, 87)');
  // A mouse click on a button shows none.
  const save = page.getByRole('button', { name: /保\s?存/ }).first();
  await save.hover();
  await page.mouse.down();
  await page.mouse.up();
  await expect(save).not.toHaveCSS('outline-style', 'solid');
});
