import { makeId } from '../core/members/import/test-files';
import { expect, test } from './fixtures';

const ZHANG = { name: '张海丽', idNumber: '11010519491231002X', phone: '13812345678', roles: [], tags: [] };
const LI = { name: '李红', idNumber: makeId('19750308'), phone: '', roles: [], tags: [] };

test('成员详情中删除：确认后从花名册消失，回收站中可恢复', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/basic');
  for (const member of [ZHANG, LI]) {
    const made = await page.evaluate((m) => window.api!.members.create(m), member);
    expect(made.ok).toBe(true);
  }
  await page.getByRole('menuitem', { name: '花名册', exact: true }).click();
  await expect(page.getByTestId('roster-total')).toHaveText('共 2 人');

  await page.getByRole('row').filter({ hasText: '张海丽' }).click();
  await expect(page.getByTestId('member-detail')).toBeVisible();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByRole('button', { name: /^删\s?除$/ }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确定删除成员“张海丽”？' });
  await expect(confirm).toContainText('删除后可在 设置 → 回收站 中恢复。');
  await page.screenshot({ path: test.info().outputPath('member-delete-confirm.png') });
  await confirm.getByRole('button', { name: /^取\s?消$/ }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('member-detail')).toBeVisible(); // cancelled: nothing happened

  await drawer.getByRole('button', { name: /^删\s?除$/ }).click();
  await confirm.getByRole('button', { name: /^删\s?除$/ }).click();
  await expect(page.getByText('已删除“张海丽”，可在 设置 → 回收站 中恢复')).toBeVisible();
  await expect(page.getByTestId('member-detail')).toBeHidden();
  await expect(page.getByTestId('roster-total')).toHaveText('共 1 人');
  await expect(page.getByRole('row').filter({ hasText: '张海丽' })).toHaveCount(0);

  await page.getByRole('menuitem', { name: '回收站' }).click();
  const binRow = page.locator('.ant-table').getByRole('row').filter({ hasText: '张海丽' });
  await expect(binRow).toContainText('成员');
  await binRow.getByRole('button', { name: /^恢\s?复$/ }).click();
  await expect(page.getByText('已恢复成员“张海丽”')).toBeVisible();

  await page.getByRole('menuitem', { name: '花名册', exact: true }).click();
  await expect(page.getByTestId('roster-total')).toHaveText('共 2 人');
  await expect(page.getByRole('row').filter({ hasText: '张海丽' })).toBeVisible();
  await page.waitForLoadState('networkidle');
});

test('只读操作员的成员详情中没有删除、状态变动和编辑按钮', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/basic');
  const signedIn = await page.evaluate(async (m) => {
    await window.api!.members.create(m);
    await window.api!.operators.save({ name: '王主席', role: '管理员' });
    const reader = await window.api!.operators.save({ name: '李阿姨', role: '只读' });
    if (!reader.ok) return reader.error.message;
    const unlocked = await window.api!.session.unlock({ operatorId: reader.value.id });
    return unlocked.ok ? 'ok' : unlocked.error.message;
  }, ZHANG);
  expect(signedIn).toBe('ok');
  await page.reload();
  await expect(page.getByTestId('session-control')).toContainText('李阿姨（只读）');
  await page.getByRole('menuitem', { name: '花名册', exact: true }).click();
  await page.getByRole('row').filter({ hasText: '张海丽' }).click();
  await expect(page.getByTestId('member-detail')).toBeVisible();
  await expect(page.getByTestId('member-detail')).toContainText('张海丽');
  // Issue 11 item 2: no 编辑 / 状态变动 either (they used to be shown to 只读 operators).
  for (const name of [/^删\s?除$/, /^状态变动$/, /^编\s?辑$/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await page.waitForLoadState('networkidle');
});
