import { openDatabase } from '../db/open';
import { makeId, wpsRoster, xlsxFile } from '../core/members/import/test-files';
import { expect, test } from './fixtures';

const roster = () =>
  xlsxFile({
    rows: [
      ['幸福里社区妇女花名册'],
      ['序号', '姓名', '身份证号码', '文化程度', '手机号码', '所属网格'],
      [1, '张海丽', '11010519491231002x', '本科', '13812345678', '一网格'],
      [2, '李红', makeId('19750308'), '大专', '', '二网格'],
      [3, '钱娟', '110105194912310021', '高中', '', ''],
      [4, '孙丽', makeId('19800101', '046'), '大学', '12345', ''],
      [5, '王芳', makeId('19680815', '024', '320102'), '初中', '', '一网格'],
    ],
    merges: ['A1:F1'],
  });

test('导入有问题的花名册：预览列出问题行，确认后写入其余各行', async ({ app }) => {
  const { page } = app;
  await app.open('/members/import');
  await page.locator('input[type=file]').setInputFiles({
    name: '幸福里花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await roster(),
  });

  await expect(page.getByText('表头在第 2 行，下面有 5 行数据')).toBeVisible();
  await expect(page.getByRole('cell', { name: '身份证号码' })).toBeVisible();
  await page.getByRole('button', { name: '下一步：预览' }).click();

  // A bad phone no longer rejects 孙丽: a 提醒, and her phone left empty.
  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('可导入4人');
  await expect(counts).toContainText('有错误1行');
  await expect(page.getByRole('row', { name: /^5 身份证号码 错误 身份证号校验位不符/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^6 手机号码 提醒 联系电话格式不正确/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^6 文化程度 提醒 未识别的文化程度“大学”/ })).toBeVisible();
  await expect(page.getByText('以下片区/网格还不在列表中，导入时将自动新建：一网格、二网格')).toBeVisible();
  await expect(page.getByRole('cell', { name: '1****************X' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-preview.png'), fullPage: true });

  await page.getByRole('button', { name: '导入 4 人' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('将写入 4 人：新增 4 人，更新 0 人。');
  await expect(dialog).toContainText('有错误的 1 行不会导入。');
  await dialog.getByRole('button', { name: '导入 4 人' }).click();

  await expect(page.getByText('导入完成：新增 4 人，更新 0 人')).toBeVisible();
  await expect(page.getByText('共 5 行；跳过已登记或未确认的 0 行；有错误未导入 1 行；合计、签名等非成员行 0 行已跳过。')).toBeVisible();
  await expect(dialog).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('import-done.png'), fullPage: true });
  await expect(page.getByRole('button', { name: '查看花名册' })).toBeVisible();

  await app.harness.close();
  const db = await openDatabase(app.harness.dbPath);
  const names = await db.db.selectFrom('member').select('name').orderBy('id').execute();
  await db.close();
  expect(names.map((n) => n.name)).toEqual(['张海丽', '李红', '孙丽', '王芳']);
});

test('导入每个网格一张表的 WPS 花名册：两张表都预览，勾选确认后导入，第二张表的人有民族和文化程度', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('/members/import');
  await page.locator('input[type=file]').setInputFiles({
    name: '幸福里花名册.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await wpsRoster(),
  });

  await expect(page.getByText('找到 2 个花名册工作表，共 9 行数据')).toBeVisible();
  await expect(page.getByText('工作表“一网格”：表头在第 2–3 行，下面有 6 行数据。')).toBeVisible();
  await expect(page.getByText('工作表“二网格”：表头在第 2–3 行，下面有 3 行数据。')).toBeVisible();
  await expect(page.getByText('以下工作表没有“姓名”“身份证号”等表头，不导入：填表说明')).toBeVisible();
  await expect(page.getByRole('cell', { name: /^民族$/ }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('import-wps-columns.png'), fullPage: true });
  await page.getByRole('button', { name: '下一步：预览' }).click();

  const sheets = page.getByTestId('import-sheets');
  await expect(sheets.getByRole('row', { name: '一网格 6 3 0 4 1 2' })).toBeVisible();
  await expect(sheets.getByRole('row', { name: '二网格 3 2 0 1 0 1' })).toBeVisible();
  await expect(page.getByRole('row', { name: /^一网格 11 （整行） 已跳过 “合计”行/ })).toBeVisible();
  await expect(page.getByText('用工作表名作为片区/网格（一网格、二网格）')).toBeVisible();
  // The tick is re-checked by the API before it shows.
  const liuFang = page.getByRole('checkbox', { name: '导入“二网格”第5行（刘芳）' });
  await liuFang.click();
  await expect(liuFang).toBeChecked();
  await expect(page.getByTestId('import-counts')).toContainText('可导入6人');
  await page.screenshot({ path: test.info().outputPath('import-wps-preview.png'), fullPage: true });

  await page.getByRole('button', { name: '导入 6 人' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '导入 6 人' }).click();
  await expect(page.getByText('导入完成：新增 6 人，更新 0 人')).toBeVisible();

  await page.getByRole('button', { name: '查看花名册' }).click();
  await page.getByRole('row').filter({ hasText: '陈静' }).click();
  const detail = page.getByTestId('member-detail');
  await expect(detail).toContainText('陈静');
  await expect(detail.getByText('蒙古族')).toBeVisible();
  await expect(detail.getByText('研究生')).toBeVisible();
  await expect(detail).toContainText('二网格');
  await page.screenshot({ path: test.info().outputPath('import-wps-member.png'), fullPage: true });
});

test('认不出的列在“核对列”中指定后再导入', async ({ app }) => {
  const { page } = app;
  await app.open('/members/import');
  await page.locator('input[type=file]').setInputFiles({
    name: 'list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`姓名,证件号,电话\r\n李红,${makeId('19750308')},13912345678\r\n`),
  });
  await expect(page.getByText('还没有对应到“身份证号”列，请在下表中选择。')).toBeVisible();
  await expect(page.getByRole('button', { name: '下一步：预览' })).toBeDisabled();
  await page.getByLabel('“证件号”导入为').click();
  await page.getByTitle('身份证号', { exact: true }).click();
  await expect(page.getByText('还没有对应到')).toBeHidden();
  await page.getByRole('button', { name: '下一步：预览' }).click();
  await expect(page.getByTestId('import-counts')).toContainText('可导入1人');
});

test('选了不是表格的文件：显示中文原因，仍停在第一步', async ({ app }) => {
  const { page } = app;
  await app.open('/members/import');
  await page.locator('input[type=file]').setInputFiles({ name: '花名册.xlsx', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ\x90\x00program') });
  await expect(page.getByText('“花名册.xlsx”不是可导入的表格文件。请选择 Excel/WPS 保存的 .xlsx、.xls 文件，或 .csv 文件。')).toBeVisible();
  await expect(page.getByText('把花名册文件拖到这里，或点击选择文件')).toBeVisible();
});
