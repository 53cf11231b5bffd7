/** Issue 11 item 3: a print preview and back keeps the session; only 锁定, the idle timer or a reload lock. */
import { createFixtureMeeting } from '../core/meetings/fixture';
import { saveOperator, setOperatorPassword } from '../core/operators/service';
import { withDb } from './db';
import { expect, test } from './fixtures';

test('设了密码后：打印预览再返回，仍是原来的操作员，不出现锁定画面；刷新页面才重新锁定', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureMeeting(ctx));
    const wang = await saveOperator(ctx, { name: '王主席', role: '管理员' });
    await setOperatorPassword(ctx, wang.id, '1234');
  });
  await page.goto(`${app.harness.url}#/meetings/${id}`);
  await page.getByLabel('选择操作员').getByText('王主席').click();
  await page.getByLabel('密码').fill('1234');
  await page.getByLabel('密码').press('Enter');
  await expect(page.getByLabel('会议名称')).toHaveValue('第四季度执委会议');

  for (const button of ['打印预览', '签到表']) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
    await page.getByRole('button', { name: /^返\s?回$/ }).click();
    await expect(page.getByLabel('会议名称'), button).toHaveValue('第四季度执委会议');
    await expect(page.getByText('社区妇联工作台账已锁定')).toHaveCount(0);
    await expect(page.getByTestId('session-control')).toContainText('当前操作员：王主席（管理员）');
  }
  // The roster's print as well, from the menu.
  await page.getByRole('menuitem', { name: '花名册', exact: true }).click();
  await page.getByRole('button', { name: /打印花名册/ }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await page.getByRole('button', { name: /^返\s?回$/ }).click();
  await expect(page.getByTestId('roster-total')).toBeVisible();
  await expect(page.getByText('社区妇联工作台账已锁定')).toHaveCount(0);

  await page.reload();
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
});
