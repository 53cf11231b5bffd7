/** Issue 15 item 8: the first-run wizard on an empty data file — finished once, or skipped — never shows again. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import { openDatabase } from '../db/open';
import { readAppSetting } from '../db/operators/queries';
import { selectBranchInfo } from '../db/settings/queries';
import { listOfficers } from '../core/settings/officers';
import { WIZARD_KEY } from '../core/settings/setup';
import { EXTRA_DIR_KEY } from '../core/backup/extra-copy';
import { expect, test } from './fixtures';

test.use({ firstRun: true });

async function readBack(dbPath: string) {
  const opened = await openDatabase(dbPath);
  try {
    return {
      branch: await selectBranchInfo(opened.db),
      officers: await listOfficers(opened.db),
      wizard: await readAppSetting<{ state: string } | null>(opened.db, WIZARD_KEY, null),
      extraDir: await readAppSetting(opened.db, EXTRA_DIR_KEY, ''),
    };
  } finally {
    await opened.close();
  }
}

test('空的数据文件先显示向导：填写名称、全宗号、班子、备份位置，完成后保存，刷新后不再显示', async ({ app }) => {
  const { page } = app;
  const usb = mkdtempSync(join(tmpdir(), 'fulian-usb-'));
  test.info().attach('usb', { body: usb });
  // One roster member, to be picked by her initials.
  const opened = await openDatabase(app.harness.dbPath);
  const ctx = { db: opened.db, dbPath: opened.path, now: () => new Date() };
  const made = await dispatch(apiTable, ctx, 'members.create', { name: '李桂兰', idNumber: '11010519491231002X' });
  await opened.close();
  expect(made.ok).toBe(true);
  const liId = (made as { value: { id: number } }).value.id;

  await page.goto(`${app.harness.url}#/`);
  const wizard = page.getByTestId('setup-wizard');
  await expect(wizard).toBeVisible();
  await expect(page.getByTestId('branch-name')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('wizard-1.png') });

  // 下一步 without a name says so and stays.
  await wizard.getByRole('button', { name: '下一步' }).click();
  await expect(page.getByTestId('wizard-error')).toContainText('请填写社区妇联名称');
  await wizard.getByLabel('社区妇联名称').fill('幸福里社区妇联');
  await wizard.getByLabel('所属街道').fill('城关街道');
  await wizard.getByRole('button', { name: '下一步' }).click();

  await wizard.getByLabel('全宗号').fill('0194');
  await wizard.getByRole('button', { name: '下一步' }).click();

  await wizard.getByLabel('第1位的姓名').fill('lgl');
  await expect(page.locator('.ant-select-item-option').filter({ hasText: '李桂兰' })).toBeVisible();
  await wizard.getByLabel('第1位的姓名').press('ArrowDown');
  await wizard.getByLabel('第1位的姓名').press('Enter');
  await expect(wizard.getByLabel('第1位的姓名')).toHaveValue('李桂兰');
  await expect(wizard.getByText('花名册成员')).toBeVisible();
  await wizard.getByRole('button', { name: '添加一位' }).click();
  await wizard.getByLabel('第2位的姓名').fill('陈红');
  await expect(wizard.getByTestId('officers-editor')).toContainText('副主席');
  await page.screenshot({ path: test.info().outputPath('wizard-3.png') });
  await wizard.getByRole('button', { name: '下一步' }).click();

  await expect(wizard.getByText('从空白开始')).toBeVisible();
  await wizard.getByRole('button', { name: '下一步' }).click();

  await wizard.getByLabel('备份也保存到（可不填）').fill(usb);
  await wizard.getByRole('button', { name: /^完\s?成$/ }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await expect(wizard).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await expect(wizard).toHaveCount(0);

  // Officers stay editable in 设置 → 基本信息.
  await page.getByRole('menuitem', { name: '基本信息' }).click();
  await expect(page.getByLabel('第1位的姓名')).toHaveValue('李桂兰');
  await expect(page.getByLabel('第2位的姓名')).toHaveValue('陈红');

  await app.harness.close();
  const saved = await readBack(app.harness.dbPath);
  expect(saved.branch).toMatchObject({ name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194' });
  expect(saved.officers).toEqual([
    { name: '李桂兰', role: '妇联主席', memberId: liId },
    { name: '陈红', role: '副主席', memberId: null },
  ]);
  expect(saved.wizard).toMatchObject({ state: 'finished' });
  expect(saved.extraDir).toBe(usb);
  rmSync(usb, { recursive: true, force: true });
});

test('跳过向导：直接进入软件，刷新后不再显示，数据文件里记为已跳过', async ({ app }) => {
  const { page } = app;
  await page.goto(`${app.harness.url}#/`);
  const wizard = page.getByTestId('setup-wizard');
  await wizard.getByRole('button', { name: '跳过此步' }).click();
  await expect(wizard.getByLabel('全宗号')).toBeVisible();
  await wizard.getByRole('button', { name: '跳过向导' }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('（尚未填写社区妇联名称）');
  await page.reload();
  await expect(page.getByTestId('branch-name')).toBeVisible();
  await expect(wizard).toHaveCount(0);
  await app.harness.close();
  const saved = await readBack(app.harness.dbPath);
  expect(saved.wizard).toMatchObject({ state: 'skipped' });
  expect(saved.branch.name).toBe('');
});
