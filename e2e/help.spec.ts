/** Issue 15 item 9: 这一页做什么 on each page, 帮助 → 使用说明 (offline manual), 帮助 → 快捷键. */
import { SHORTCUTS } from '../renderer/keyboard/shortcuts';
import { withDb } from './db';
import { expect, test } from './fixtures';

test('这一页做什么（键盘也能打开）、使用说明页和快捷键列表', async ({ app }) => {
  const { page } = app;
  await withDb(app.harness.dbPath, async () => undefined);
  await app.open('/meetings');

  const help = page.getByRole('button', { name: '这一页做什么' });
  await help.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('page-help-text')).toContainText('按模板新建');
  await expect(page.getByText('这一页做什么：会议记录列表')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('page-help.png') });
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('page-help-text')).toBeHidden();

  // Another page, another text.
  await page.getByRole('menuitem', { name: '回收站' }).click();
  await help.click();
  await expect(page.getByTestId('page-help-text')).toContainText('彻底删除后不可恢复');
  await help.click();

  await page.getByRole('button', { name: /帮助/ }).click();
  await page.getByRole('menuitem', { name: '使用说明', exact: true }).click();
  await expect(page).toHaveURL(/#\/help$/);
  const manual = page.getByTestId('manual-page');
  for (const text of ['一年的工作节奏', '召开执委会议', '每季度', '召开一次妇女议事会', '3月', '归档', '年底', '备份也保存到']) {
    await expect(manual).toContainText(text);
  }
  await page.screenshot({ path: test.info().outputPath('manual.png'), fullPage: true });

  await page.getByRole('button', { name: /帮助/ }).click();
  await page.getByRole('menuitem', { name: '快捷键' }).click();
  const dialog = page.getByRole('dialog').filter({ hasText: '快捷键' });
  for (const s of SHORTCUTS) await expect(dialog.getByRole('row').filter({ hasText: s.keys }).filter({ hasText: s.does })).toBeVisible();
  await expect(dialog).toContainText('全局搜索');
  await expect(dialog).toContainText('打印本页记录');
  await page.screenshot({ path: test.info().outputPath('shortcuts.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
