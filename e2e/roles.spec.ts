/**
 * Issue 11 item 2: the screen offers only what the signed-in operator may do, from the
 * API table's access labels (renderer/operators/access.tsx); the core still refuses the rest.
 */
import type { Page } from '@playwright/test';
import { fixtureMeetingInput } from '../core/meetings/fixture';
import { addMembers } from '../core/members/roster-fixture';
import { createMeeting, finalizeMeeting } from '../core/meetings/service';
import { saveOperator, setOperatorPassword } from '../core/operators/service';
import { withDb } from './db';
import { expect, test } from './fixtures';

/** 王主席 (管理员, 1234), 李录入 (录入员), 赵只读 (只读); a draft and a finalized meeting; one member. */
async function office(dbPath: string) {
  const ids = { draft: 0, final: 0 };
  await withDb(dbPath, async (ctx) => {
    const input = await fixtureMeetingInput(ctx);
    ids.draft = (await createMeeting(ctx, input)).id;
    ids.final = (await createMeeting(ctx, { ...input, title: '十月执委会议', date: '2026-10-20' })).id;
    await finalizeMeeting(ctx, ids.final);
    await addMembers(ctx, [{ name: '孙美华', roles: [], birthDate: '1975-05-05' }]);
    const wang = await saveOperator(ctx, { name: '王主席', role: '管理员' });
    await setOperatorPassword(ctx, wang.id, '1234');
    await saveOperator(ctx, { name: '李录入', role: '录入员' });
    await saveOperator(ctx, { name: '赵只读', role: '只读' });
  });
  return ids;
}

async function signIn(page: Page, name: string) {
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
  await page.getByLabel('选择操作员').getByText(name).click();
  await page.getByRole('button', { name: /^进\s?入$/ }).click();
  await expect(page.getByTestId('session-control')).toContainText(name);
}

const WRITE_BUTTONS = [/新增成员/, /导出Excel/, /管理片区/, /新建会议记录/, /^编\s?辑$/, /状态变动/, /^删\s?除$/, /^保\s?存/, /^定\s?稿$/, /添加更正/, /导出Word/, /添加议题/, /添加行动事项/];

async function expectNoWriteButtons(page: Page, where: string) {
  for (const name of WRITE_BUTTONS) await expect(page.getByRole('button', { name }), `${where}：${name}`).toHaveCount(0);
}

test('只读操作员：花名册、成员详情、会议列表和会议记录页都没有写入按钮，菜单没有导入和管理页', async ({ app }) => {
  const { page } = app;
  const ids = await office(app.harness.dbPath);
  await page.goto(`${app.harness.url}#/members`);
  await signIn(page, '赵只读');
  await expect(page.getByTestId('session-control')).toContainText('只读');

  await expect(page.getByTestId('roster-total')).toContainText('共 7 人');
  await expect(page.getByRole('button', { name: /打印花名册/ })).toBeEnabled();
  await expectNoWriteButtons(page, '花名册');
  for (const item of ['导入花名册', '操作员', '操作日志']) await expect(page.getByRole('menuitem', { name: item }), item).toHaveCount(0);
  await expect(page.getByRole('menuitem', { name: '基本情况统计' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('roster-read-only.png') });

  await page.getByLabel('搜索成员').fill('孙美华');
  await expect(page.getByTestId('roster-total')).toContainText('共 1 人');
  await page.getByText('孙美华').click();
  await expect(page.getByTestId('member-detail')).toContainText('孙美华');
  await expectNoWriteButtons(page, '成员详情');
  // The full 身份证号 is a 管理员's: the eye is shown disabled, saying why.
  await expect(page.getByRole('button', { name: '查看完整身份证号' })).toBeDisabled();
  await page.getByRole('button', { name: '查看完整身份证号' }).locator('..').hover();
  await expect(page.getByRole('tooltip')).toContainText('当前操作员“赵只读”是只读，此操作需要管理员');

  await page.goto(`${app.harness.url}#/meetings`);
  await expect(page.getByRole('row', { name: /第四季度执委会议/ })).toBeVisible();
  await expectNoWriteButtons(page, '会议列表');

  await page.goto(`${app.harness.url}#/meetings/${ids.draft}`);
  await expect(page.getByTestId('record-read-only')).toContainText('当前操作员“赵只读”是只读');
  await expect(page.getByLabel('会议名称')).toBeDisabled();
  await expect(page.getByLabel('行动事项1状态')).toBeDisabled();
  await expect(page.getByRole('button', { name: '打印预览' })).toBeEnabled();
  await expectNoWriteButtons(page, '会议记录草稿');

  await page.goto(`${app.harness.url}#/meetings/${ids.final}`);
  await expect(page.getByTestId('record-locked')).toBeVisible();
  await expect(page.getByLabel('行动事项1状态')).toBeDisabled();
  await expect(page.getByLabel('更正内容')).toHaveCount(0);
  await expectNoWriteButtons(page, '已定稿会议记录');
  await page.screenshot({ path: test.info().outputPath('meeting-read-only.png') });

  await page.goto(`${app.harness.url}#/settings/basic`);
  await expect(page.getByLabel('社区妇联名称')).toBeDisabled();
  await expectNoWriteButtons(page, '基本信息');

  // The core holds as before, whatever the screen shows.
  const refused = await page.evaluate(() => window.api!.members.create({ name: '钱某', idNumber: '', phone: '', note: '', roles: [], tags: [] }));
  expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
});

test('录入员：可以录入和导出，但不提供完整身份证号导出；管理员则可以', async ({ app }) => {
  const { page } = app;
  await office(app.harness.dbPath);
  await page.goto(`${app.harness.url}#/members`);
  await signIn(page, '李录入');
  for (const name of [/新增成员/, /导出Excel/]) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '导入花名册' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: '操作员' })).toHaveCount(0);

  await page.getByRole('button', { name: /导出Excel/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出花名册（Excel）' });
  await expect(dialog.getByRole('radio', { name: '身份证号隐去中间8位（推荐）' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: '完整身份证号（需确认）' })).toBeDisabled();
  await dialog.getByTestId('not-permitted').hover();
  await expect(page.getByRole('tooltip')).toContainText('当前操作员“李录入”是录入员，此操作需要管理员');
  await page.screenshot({ path: test.info().outputPath('export-entry-clerk.png') });
  await dialog.getByRole('button', { name: /取\s?消/ }).click();

  await page.getByText('孙美华').click();
  for (const name of [/^编\s?辑$/, /状态变动/, /^删\s?除$/]) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByRole('button', { name: '查看完整身份证号' })).toBeDisabled();
  await expect(page.getByRole('button', { name: '查看完整联系电话' })).toHaveCount(0); // she has no phone on file
});

test('导出对话框每次都从隐去中间8位开始，即使上次选了完整身份证号', async ({ app }) => {
  const { page } = app;
  await withDb(app.harness.dbPath, async (ctx) => void (await addMembers(ctx, [{ name: '孙美华', roles: [] }])));
  await app.open('/members');
  await page.getByRole('button', { name: /导出Excel/ }).click();
  const dialog = page.getByRole('dialog', { name: '导出花名册（Excel）' });
  await dialog.getByText('完整身份证号（需确认）').click();
  await expect(dialog.getByRole('radio', { name: '完整身份证号（需确认）' })).toBeChecked();
  await dialog.getByRole('button', { name: /取\s?消/ }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: /导出Excel/ }).click();
  await expect(dialog.getByRole('radio', { name: '身份证号隐去中间8位（推荐）' })).toBeChecked();
});
