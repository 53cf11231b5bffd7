import { checkChar } from '../core/members/idcard';
import { toMemberRow } from '../core/members/service';
import { memberInputSchema } from '../core/members/schema';
import { insertMemberRows } from '../db/members/queries';
import { execFileSync } from 'node:child_process';
import { openDatabase } from '../db/open';
import { upsertBranchInfo } from '../db/settings/queries';
import { expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

async function memberCount(dbPath: string) {
  const db = await openDatabase(dbPath);
  try {
    const rows = await db.db.selectFrom('member').select('name').execute();
    return rows.length;
  } finally {
    await db.close();
  }
}

test('新增成员：校验位错误时提示且不保存；改正后保存，出生日期和年龄自动填出；按拼音首字母找到并查看完整身份证号', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('/members');
  await expect(page.getByRole('button', { name: '导入花名册' })).toBeVisible();

  await page.getByRole('button', { name: /新增成员/ }).first().click();
  await page.getByLabel('姓名').fill('张海丽');
  await page.getByLabel('身份证号').fill('110105194912310021');
  await page.getByRole('button', { name: '保 存' }).click();
  await expect(page.getByText('身份证号校验位不符（末位应为X），可能有数字录错，请逐位核对')).toBeVisible();
  await expect(page.getByLabel('出生日期')).toHaveValue('');
  expect(await memberCount(app.harness.dbPath)).toBe(0);

  await page.getByLabel('身份证号').fill('11010519491231002x');
  await expect(page.getByLabel('出生日期')).toHaveValue('1949-12-31');
  await expect(page.getByLabel('性别')).toHaveValue('女');
  await expect(page.getByRole('textbox', { name: '年龄', exact: true })).toHaveValue(/^7\d岁$/);
  await page.getByLabel('联系电话').fill('13812345678');
  await page.getByLabel('身份证号').press('Enter');
  await expect(page.getByText('已保存：张海丽')).toBeVisible();
  expect(await memberCount(app.harness.dbPath)).toBe(1);

  // The saved member opens in the detail drawer; close it and find her by pinyin initials.
  await expect(page.getByTestId('member-detail')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByLabel('搜索成员').fill('zhl');
  await expect(page.getByTestId('roster-total')).toHaveText('共 1 人');
  const row = page.getByRole('row').filter({ hasText: '张海丽' });
  await expect(row).toContainText('1****************X');
  await expect(row).toContainText('138****5678');
  await page.getByLabel('搜索成员').fill('lihong');
  await expect(page.getByText('没有找到符合条件的成员')).toBeVisible();
  // A phone tail needs 3+ characters; 1–2 match names and pinyin only, and the empty list says so.
  await page.getByLabel('搜索成员').fill('5678');
  await expect(page.getByTestId('roster-total')).toHaveText('共 1 人');
  await page.getByLabel('搜索成员').fill('78');
  await expect(page.getByText('没有姓名或拼音含“78”的成员。查住址、证件或电话尾号，请至少输入3个字。')).toBeVisible();
  await page.getByLabel('搜索成员').fill('zhl');
  await row.click();

  await expect(page.getByTestId('detail-id-number')).toHaveText('1****************X');
  await page.getByRole('button', { name: '查看完整身份证号' }).click();
  await expect(page.getByTestId('detail-id-number')).toHaveText('11010519491231002X');
  await expect(page.getByTestId('detail-phone')).toHaveText('138****5678');
});

test('同一身份证号再次登记时，提示已登记的成员姓名', async ({ app }) => {
  const { page } = app;
  await app.open('/members');
  for (const name of ['张海丽', '李红']) {
    await page.getByRole('button', { name: /新增成员/ }).first().click();
    await page.getByLabel('姓名').fill(name);
    await page.getByLabel('身份证号').fill('11010519491231002X');
    if (name === '李红') await expect(page.getByTestId('id-conflict')).toContainText('已登记为“张海丽”');
    await page.getByLabel('身份证号').press('Enter');
    if (name === '张海丽') {
      await expect(page.getByText('已保存：张海丽')).toBeVisible();
      await page.keyboard.press('Escape');
    }
  }
  await expect(page.getByTestId('id-conflict')).toContainText('已登记为“张海丽”（编号 1）');
  expect(await memberCount(app.harness.dbPath)).toBe(1);
});

test('几百名成员的花名册：虚拟滚动、排序、筛选（截图 1366×768）', async ({ app }) => {
  const { page } = app;
  const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
  const given = ['秀英', '桂兰', '玉芳', '丽娟', '海燕', '春梅', '淑珍', '美华', '晓红', '静'];
  const db = await openDatabase(app.harness.dbPath);
  const now = new Date().toISOString();
  await db.db.transaction().execute(async (trx) => {
    for (const name of ['第一网格', '第二网格', '第三网格']) await trx.insertInto('zone').values({ name, created_at: now }).execute();
    const rows = Array.from({ length: 360 }, (_, i) => {
      const year = 1940 + (i % 65);
      const first17 = `330106${year}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i * 2).padStart(3, '0').slice(-3)}`;
      return toMemberRow(
        memberInputSchema.parse({
          name: surnames[i % surnames.length]! + given[(i * 7) % given.length]!,
          idNumber: first17 + checkChar(first17),
          phone: `139${String(10000000 + i * 7919).slice(-8)}`,
          zoneId: (i % 3) + 1,
          building: `${(i % 12) + 1}栋`,
          education: ['20', '30', '60', '70', '80'][i % 5],
          political: i % 4 === 0 ? '01' : '13',
          roles: i % 25 === 0 ? ['妇女代表'] : [],
          tags: i % 17 === 0 ? ['困难妇女'] : [],
        }),
      );
    });
    await insertMemberRows(trx, rows, now, now.slice(0, 10));
    await upsertBranchInfo(trx, { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' }, now);
  });
  await db.close();

  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('/members');
  await expect(page.getByTestId('roster-total')).toHaveText('共 360 人');
  // Only the visible rows are in the DOM.
  const rendered = await page.getByTestId('roster-scroller').getByRole('row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(60);
  await expect(page.getByRole('button', { name: '导出Excel' })).toBeEnabled();
  await page.waitForTimeout(400); // let the buttons' enable transition finish before the screenshot
  await page.screenshot({ path: test.info().outputPath('roster-1366.png') });

  await page.getByTestId('roster-scroller').evaluate((el) => (el.scrollTop = el.scrollHeight));
  await expect(page.getByTestId('roster-scroller').getByRole('row').last()).toContainText(/\S/);
  await expect(page.getByTestId('roster-scroller').getByText('正在加载……')).toHaveCount(0);

  await page.getByRole('columnheader', { name: '年龄' }).click();
  await expect(page.getByTestId('roster-scroller').getByRole('row').first()).toContainText(/^\d+/);
  await page.getByLabel('按身份筛选').click();
  await page.getByTitle('妇女代表').click();
  await expect(page.getByTestId('roster-total')).toHaveText('共 15 人');
  await expect(page.getByTestId('roster-scroller').getByRole('row').first()).toContainText(/^1\D/);
  await page.screenshot({ path: test.info().outputPath('roster-filtered.png') });

  // 打印花名册 prints exactly the filtered list (15 妇女代表), A4 landscape, header on every page.
  await page.getByRole('button', { name: /打印花名册/ }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  const route = new URL(page.url()).hash.slice(1);
  expect(route).toMatch(/^\/print\/members-roster\?selection=/);
  const filteredPdf = await printToPdf(page, route, test.info().outputPath('roster-filtered.pdf'));
  expect(filteredPdf.text).toContain('幸福里社区妇联');
  expect(filteredPdf.text.replace(/\s+/g, '')).toContain('共15人（在册）');

  await page.goto(`${app.harness.url}#/print/members-roster?selection=${encodeURIComponent(JSON.stringify({ query: '' }))}`);
  const pdf = await printToPdf(page, new URL(page.url()).hash.slice(1), test.info().outputPath('roster.pdf'));
  const flat = pdf.text.replace(/\s+/g, '');
  expect(pdf.pages).toBeGreaterThan(3);
  expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts/);
  for (const header of ['序号', '姓名', '性别', '出生日期', '年龄', '民族', '文化程度', '政治面貌', '片区', '联系电话', '身份']) expect(flat).toContain(header);
  // The header row repeats on every page, and every page is numbered.
  expect(flat.match(/序号姓名性别出生日期/g)?.length).toBe(pdf.pages);
  expect(flat).toContain(`第${pdf.pages}页，共${pdf.pages}页`);
  expect(flat).toContain('共360人');
  expect(flat).toMatch(/139\*\*\*\*\d{4}/);
  expect(flat).not.toMatch(/139\d{8}/);
  pdfToPng(pdf.path, test.info().outputPath('roster-page'));
});
