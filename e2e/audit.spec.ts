import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';

const ZHANG = { name: '张海丽', idNumber: '11010519491231002X', phone: '13812345678', roles: [], tags: [] };

test('操作日志：刚保存的基本信息修改出现在日志中，可筛选，可导出为 Excel（身份证号已隐去）', async ({ app }) => {
  const { page } = app;
  await app.open('/settings/basic');
  await page.getByLabel('社区妇联名称').fill('幸福里社区妇联');
  await page.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByTestId('branch-name')).toHaveText('幸福里社区妇联');
  await page.evaluate((m) => window.api!.members.create(m), ZHANG);

  await page.getByRole('menuitem', { name: '操作日志' }).click();
  const table = page.locator('.ant-table');
  const branchRow = table.getByRole('row').filter({ hasText: '基本信息：幸福里社区妇联' });
  await expect(branchRow).toContainText('管理员');
  await expect(branchRow).toContainText('修改');
  await expect(branchRow).toContainText('社区妇联名称：（空） → 幸福里社区妇联');
  const memberRow = table.getByRole('row').filter({ hasText: '成员：张海丽' });
  await expect(memberRow).toContainText('身份证号：1****************X');
  await expect(table).not.toContainText(ZHANG.idNumber);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: test.info().outputPath('audit-page.png') });

  await page.getByLabel('对象类型').click();
  await page.getByTitle('成员', { exact: true }).click();
  await expect(table.getByRole('row').filter({ hasText: '基本信息' })).toHaveCount(0);
  await expect(memberRow).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出为 Excel' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^操作日志_\d{8}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile((await file.path())!)) as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet('操作日志')!;
  expect(sheet.getCell('E4').value).toBe('张海丽');
  expect(String(sheet.getCell('F4').value)).toContain('身份证号：1****************X');
  expect(JSON.stringify(sheet.getSheetValues())).not.toContain(ZHANG.idNumber);
});

test('回收站：删除的成员在回收站中，恢复后回到花名册', async ({ app }) => {
  const { page } = app;
  await app.open('/members');
  const { id } = await page.evaluate((m) => window.api!.members.create(m), ZHANG).then((r) => {
    if (!r.ok) throw new Error(r.error.message);
    return r.value as { id: number };
  });
  await page.evaluate((memberId) => window.api!.members.delete({ id: memberId }), id);

  await page.getByRole('menuitem', { name: '回收站' }).click();
  const row = page.locator('.ant-table').getByRole('row').filter({ hasText: '张海丽' });
  await expect(row).toContainText('成员');
  await expect(row).toContainText('管理员');
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: test.info().outputPath('recycle-page.png') });
  await row.getByRole('button', { name: '恢 复' }).click();
  await expect(page.getByText('已恢复成员“张海丽”')).toBeVisible();
  await expect(page.getByText('回收站是空的')).toBeVisible();

  await page.getByRole('menuitem', { name: '花名册', exact: true }).click();
  await expect(page.getByText('张海丽').first()).toBeVisible();
  await page.waitForLoadState('networkidle'); // the roster's other requests finish before the harness closes
});
