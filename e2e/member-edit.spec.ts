import { openDatabase } from '../db/open';
import { expect, test } from './fixtures';

async function stored(dbPath: string) {
  const db = await openDatabase(dbPath);
  try {
    const member = await db.db.selectFrom('member').select(['name', 'id_number', 'phone']).executeTakeFirstOrThrow();
    const reveals = await db.db.selectFrom('audit_log').select('action').where('action', '=', 'reveal').execute();
    return { ...member, reveals: reveals.length };
  } finally {
    await db.close();
  }
}

test('编辑成员时身份证号和电话保持打码；不改就原样保留，要改需重新完整输入', async ({ app }) => {
  const { page } = app;
  await app.open('/members');
  await page.evaluate(() =>
    window.api!.members.create({ name: '张海丽', idNumber: '11010519491231002X', phone: '13812345678' }),
  );
  await page.reload();
  await page.getByRole('row').filter({ hasText: '张海丽' }).click();
  await page.getByRole('button', { name: /^编\s*辑$/ }).click();

  await expect(page.getByRole('textbox', { name: '身份证号' })).toHaveValue('1****************X');
  await expect(page.getByRole('textbox', { name: '联系电话' })).toHaveValue('138****5678');
  await expect(page.getByLabel('出生日期')).toHaveValue('1949-12-31');
  await page.getByLabel('姓名').fill('张海莉');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存：张海莉')).toBeVisible();
  expect(await stored(app.harness.dbPath)).toEqual({ name: '张海莉', id_number: '11010519491231002X', phone: '13812345678', reveals: 0 });

  await page.getByRole('button', { name: /^编\s*辑$/ }).click();
  await page.getByText('修改身份证号（需重新完整输入）').click();
  await expect(page.getByRole('textbox', { name: '身份证号' })).toHaveValue('');
  await page.getByRole('textbox', { name: '身份证号' }).fill('110105194912310046');
  await expect(page.getByLabel('出生日期')).toHaveValue('1949-12-31');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存：张海莉')).toHaveCount(2);
  expect(await stored(app.harness.dbPath)).toMatchObject({ id_number: '110105194912310046', phone: '13812345678' });
});
