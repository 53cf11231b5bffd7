import { openDatabase } from '../db/open';
import { expect, test } from './fixtures';

// The first open of an empty file is the first-run wizard (e2e/first-run.spec.ts); here it was skipped.
test('跳过向导后页头提示尚未填写名称；在 设置 → 基本信息 保存后页头显示名称，刷新后仍在', async ({ app }) => {
  const { page } = app;
  await app.open('/');
  await expect(page.getByTestId('branch-name')).toHaveText('（尚未填写社区妇联名称）');
  await page.getByRole('menuitem', { name: '基本信息' }).click();

  await page.getByLabel('社区妇联名称').fill('幸福里社区妇联');
  await page.getByLabel('所属街道').fill('城关街道');
  await page.getByLabel('全宗号').fill('０１９４');
  await page.getByLabel('联系人').fill('王秀英');
  await page.getByLabel('联系电话').fill('0571-87654321');
  await page.getByLabel('联系电话').press('Enter');

  await expect(page.getByText('基本信息已保存')).toBeVisible();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await expect(page.getByLabel('全宗号')).toHaveValue('0194');

  await page.reload();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await expect(page.getByLabel('社区妇联名称')).toHaveValue('幸福里社区妇联');
  await expect(page.getByLabel('所属街道')).toHaveValue('城关街道');
  await expect(page.getByLabel('联系人')).toHaveValue('王秀英');
  await page.screenshot({ path: test.info().outputPath('basic-info.png'), fullPage: true });
});

test('输入有误时显示中文提示，什么都不保存', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/basic');
  await page.getByLabel('社区妇联名称').fill('幸福里社区妇联');
  await page.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');

  await page.getByLabel('社区妇联名称').fill('');
  await page.getByLabel('全宗号').fill('12');
  await page.getByLabel('联系电话').fill('12345');
  await page.getByRole('button', { name: '保 存' }).click();

  await expect(page.getByText('请填写社区妇联名称')).toBeVisible();
  await expect(page.getByText('全宗号应为4位数字或大写字母（如 0194），不确定可不填')).toBeVisible();
  await expect(page.getByText(/联系电话格式不正确/)).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await expect(page.getByLabel('全宗号')).toHaveValue('');

  await app.harness.close();
  const db = await openDatabase(app.harness.dbPath);
  const rows = await db.db.selectFrom('branch_info').selectAll().execute();
  await db.close();
  expect(rows).toMatchObject([{ name: '幸福里社区妇联', fonds_code: '', phone: '' }]);
});

test('数据服务拒绝其他网页的调用', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', '只针对浏览器版的本机数据服务');
  const { page } = app;
  await app.open('/');
  app.expectConsoleError(/status of 403/);
  const status = await page.evaluate(async () => {
    const res = await fetch('/__harness/api', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fulian-token': 'guessed' },
      body: JSON.stringify({ method: 'settings.getBranchInfo' }),
    });
    return res.status;
  });
  expect(status).toBe(403);
});
