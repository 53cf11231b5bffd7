import { expect, test } from './fixtures';

test('设置操作员密码后刷新：锁定页面，密码错误有中文提示，密码正确进入程序', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/operators');
  await expect(page.getByText('还没有设置操作员')).toBeVisible();

  await page.getByRole('button', { name: '添加操作员' }).click();
  await page.getByLabel('姓名').fill('王主席');
  await page.getByRole('dialog').getByText('管理员', { exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText('已添加操作员“王主席”')).toBeVisible();
  await expect(page.getByTestId('session-control')).toContainText('当前操作员：王主席（管理员）');

  await page.getByRole('button', { name: '设密码' }).click();
  await page.getByLabel('新密码').fill('1234');
  await page.getByLabel('再输一遍').fill('1243');
  await page.getByRole('button', { name: '保存密码' }).click();
  await expect(page.getByText('两次输入的密码不一样')).toBeVisible();
  await page.getByLabel('再输一遍').fill('1234');
  await page.getByRole('button', { name: '保存密码' }).click();
  await expect(page.getByText('已为“王主席”设置密码')).toBeVisible();
  await expect(page.locator('.ant-table').getByText('已设置')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('operators-page.png') });

  await page.reload();
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
  await expect(page.getByTestId('branch-name')).toHaveCount(0);
  await page.getByText('王主席').click();
  await page.getByLabel('密码').fill('9999');
  await page.getByRole('button', { name: '解 锁' }).click();
  await expect(page.getByText('密码不正确，请重新输入“王主席”的密码。')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('lock-screen.png') });

  await page.getByLabel('密码').fill('1234');
  await page.getByLabel('密码').press('Enter');
  await expect(page.getByTestId('branch-name')).toBeVisible();
  await expect(page.getByTestId('session-control')).toContainText('王主席');

  // 锁定 in the header brings the lock screen back.
  await page.getByRole('button', { name: /锁定/ }).click();
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
});

test('无人操作到设定的分钟数后自动锁定', async ({ app }) => {
  const { page } = app;
  await page.clock.install();
  await app.open('/settings/operators');
  const created = await page.evaluate(async () => {
    const made = await window.api!.operators.save({ name: '王主席', role: '管理员' });
    if (!made.ok) return made.error.message;
    await window.api!.operators.setPassword({ id: made.value.id, password: '1234' });
    await window.api!.operators.saveLockSettings({ idleMinutes: 2 });
    return 'ok';
  });
  expect(created).toBe('ok');
  await page.reload();
  await page.getByText('王主席').click();
  await page.getByLabel('密码').fill('1234');
  await page.getByLabel('密码').press('Enter');
  await expect(page.getByTestId('branch-name')).toBeVisible();

  await page.clock.fastForward('01:30');
  await page.mouse.move(200, 300); // activity restarts the count
  await page.clock.fastForward('01:30');
  await expect(page.getByTestId('branch-name')).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
});

test('第一位操作员默认是管理员；管理员没有密码时操作员页面提醒任何人都能进入', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/operators');
  await page.getByRole('button', { name: '添加操作员' }).click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: '管理员' })).toBeChecked();
  await page.getByLabel('姓名').fill('王主席');
  await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText('已添加操作员“王主席”')).toBeVisible();
  await expect(page.getByTestId('admin-without-password')).toContainText('管理员“王主席”还没有设置密码');
  await expect(page.getByTestId('admin-without-password')).toContainText('程序不会锁定');

  // The second one starts as 录入员; once she has a password the app locks, and the 管理员 without one is the open door.
  await page.getByRole('button', { name: '添加操作员' }).click();
  await expect(page.getByRole('dialog').getByRole('radio', { name: '录入员' })).toBeChecked();
  await page.getByLabel('姓名').fill('李录入');
  await page.getByRole('dialog').getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText('已添加操作员“李录入”')).toBeVisible();
  await page.getByRole('row', { name: /李录入/ }).getByRole('button', { name: '设密码' }).click();
  await page.getByLabel('新密码').fill('5678');
  await page.getByLabel('再输一遍').fill('5678');
  await page.getByRole('button', { name: '保存密码' }).click();
  await expect(page.getByTestId('admin-without-password')).toContainText('任何人都可以在锁定画面直接选择她进入程序');
  await page.screenshot({ path: test.info().outputPath('operators-warning.png') });

  await page.getByRole('row', { name: /王主席/ }).getByRole('button', { name: '设密码' }).click();
  await page.getByLabel('新密码').fill('1234');
  await page.getByLabel('再输一遍').fill('1234');
  await page.getByRole('button', { name: '保存密码' }).click();
  await expect(page.getByText('已为“王主席”设置密码')).toBeVisible();
  await expect(page.getByTestId('admin-without-password')).toHaveCount(0);
});
