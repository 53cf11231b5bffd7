import { expect, test } from './fixtures';

test('备份后改名，从备份恢复，旧名称回来；检查数据文件', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('/settings/basic');
  await page.getByLabel('社区妇联名称').fill('幸福里社区妇联');
  await page.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');

  await page.getByRole('menuitem', { name: '数据备份' }).click();
  // The harness made an automatic backup at start.
  await expect(page.getByTestId('latest-backup')).toContainText('自动备份');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/备份完成并已校验/)).toBeVisible();
  const manualRow = page.getByTestId('backup-table').getByRole('row').filter({ hasText: '手动备份' });
  await expect(manualRow).toContainText('幸福里社区妇联');
  await expect(manualRow).toContainText('可恢复');
  await page.screenshot({ path: test.info().outputPath('backup-page.png') });

  await page.getByRole('button', { name: '检查数据文件' }).click();
  await expect(page.getByTestId('check-result')).toContainText('完整性检查通过');

  await page.getByRole('menuitem', { name: '基本信息' }).click();
  await page.getByLabel('社区妇联名称').fill('改过的名字');
  await page.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('改过的名字');

  await page.getByRole('menuitem', { name: '数据备份' }).click();
  await page.getByTestId('backup-table').getByRole('row').filter({ hasText: '手动备份' }).getByRole('button', { name: /恢复/ }).click();
  // Opened from the list, the dialog shows what the backup holds without another click.
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await expect(dialog.getByTestId('backup-holds')).toContainText('幸福里社区妇联');
  await page.screenshot({ path: test.info().outputPath('restore-dialog.png') });
  await dialog.getByRole('button', { name: '恢复这份备份…' }).click();
  await expect(page.getByText(/先把当前的数据另存为一份安全备份/)).toBeVisible();
  await page.getByRole('button', { name: '确定恢复' }).click();

  await expect(page.getByText(/已恢复“幸福里社区妇联”的备份/)).toBeVisible();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await expect(page.getByTestId('backup-table').getByRole('row').filter({ hasText: '恢复前安全备份' })).toContainText('改过的名字');
  await page.screenshot({ path: test.info().outputPath('after-restore.png') });

  await page.reload();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
});

test('恢复时拒绝不是备份的文件，给出中文说明', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/backup');
  await page.getByRole('button', { name: '从备份恢复…' }).click();
  const dialog = page.getByRole('dialog', { name: '从备份恢复' });
  await dialog.getByLabel('备份文件的位置').fill(`${app.harness.dbPath}.nope`);
  await dialog.getByRole('button', { name: '查看内容' }).click();
  await expect(dialog.getByText(/找不到文件/)).toBeVisible();
  await expect(dialog.getByRole('button', { name: '恢复这份备份…' })).toBeDisabled();
});
