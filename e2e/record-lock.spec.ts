/** Issue 11 item 1: a 定稿 record is shown read-only (renderer/records/read-only.tsx); what may still change stays active. */
import { createFixtureMeeting } from '../core/meetings/fixture';
import { finalizeMeeting } from '../core/meetings/service';
import { withDb } from './db';
import { expect, test } from './fixtures';

const SAVE = /^保\s?存(草稿)?$/;

test('定稿的会议记录只读：字段不可改、没有保存和删除，行动事项状态和更正仍可用，打印照常', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureMeeting(ctx));
    await finalizeMeeting(ctx, id);
  });
  await app.open(`/meetings/${id}`);
  await expect(page.getByTestId('record-locked')).toContainText('定稿并锁定');

  for (const label of ['会议名称', '届次（可不填）', '地点', '主持人', '记录人', '议题1', '议题1的讨论情况', '决议1', '行动事项1内容', '行动事项1责任人']) {
    await expect(page.getByLabel(label, { exact: true }), label).toBeDisabled();
  }
  await expect(page.getByLabel('会议名称')).toHaveValue('第四季度执委会议');
  await expect(page.getByLabel('王秀英的出席情况').getByRole('radio', { name: '缺席' })).toBeDisabled();
  await expect(page.getByTestId('attendance-figures')).toContainText('出席率 75.0%');
  for (const name of [SAVE, /^定\s?稿$/, /^删\s?除$/, /添加议题/, /添加决议/, /添加行动事项/, /添加发言/, /添加其他人员/, /移除/]) {
    await expect(page.getByRole('button', { name }), String(name)).toHaveCount(0);
  }
  await expect(page.getByLabel('从花名册添加')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('meeting-locked.png') });

  // Still active: 行动事项 status (saved at once), 更正, 打印.
  const status = page.getByLabel('行动事项1状态');
  await expect(status).toBeEnabled();
  await status.click();
  await page.locator('.ant-select-item-option', { hasText: '进行中' }).filter({ visible: true }).click();
  await expect(page.getByText('已将“制定走访慰问名单”的状态改为进行中')).toBeVisible();
  await page.getByLabel('更正内容').fill('出席人员漏记赵敏');
  await page.getByLabel('更正原因').fill('核对签到表发现');
  await page.getByLabel('更正人').fill('张丽');
  await page.getByRole('button', { name: '添加更正' }).click();
  await expect(page.getByTestId('correction')).toContainText('张丽 更正：出席人员漏记赵敏');
  await page.getByRole('button', { name: '打印预览' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expect(page.getByTestId('print-sheet')).toContainText('第四季度执委会议记录');
});

test('草稿的会议记录照常可改：字段可编辑，有保存、定稿和删除', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => void ({ id } = await createFixtureMeeting(ctx)));
  await app.open(`/meetings/${id}`);
  await expect(page.getByLabel('会议名称')).toBeEnabled();
  await expect(page.getByLabel('王秀英的出席情况').getByRole('radio', { name: '缺席' })).toBeEnabled();
  for (const name of [SAVE, /^定\s?稿$/, /^删\s?除$/, /添加议题/]) await expect(page.getByRole('button', { name })).toBeVisible();
  await expect(page.getByTestId('record-locked')).toHaveCount(0);
});
