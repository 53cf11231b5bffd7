/**
 * Global search (issue 15 item 3): Ctrl+K opens the palette, results arrive grouped
 * with the typed words marked, ↓ moves, Enter opens the record; the header box does
 * the same; a member is listed with her masked 身份证号 only.
 */
import { createFixtureMeeting } from '../core/meetings/fixture';
import { createMeeting } from '../core/meetings/service';
import { addMembers, makeIdNumber } from '../core/members/roster-fixture';
import { createMaterial } from '../core/study/materials';
import { withDb } from './db';
import { dialogOpened, expect, test } from './fixtures';

const HU_ID = makeIdNumber('1975-03-08', 4, '330106');

async function seed(dbPath: string) {
  const ids = { november: 0, october: 0, hu: 0 };
  await withDb(dbPath, async (ctx) => {
    const meeting = await createFixtureMeeting(ctx);
    ids.november = meeting.id;
    ids.october = (await createMeeting(ctx, { ...meeting.input, title: '十月执委会议', date: '2026-10-16' })).id;
    [ids.hu] = (await addMembers(ctx, [{ name: '胡海燕', birthDate: '1975-03-08', idNumber: HU_ID, phone: '13912345678' }])) as [number];
  });
  return ids;
}

test('Ctrl+K 打开全局搜索：输入、↓ 选第二条、Enter 打开那条会议记录；Esc 关闭', async ({ app }) => {
  const { page } = app;
  const ids = await seed(app.harness.dbPath);
  await app.open('/members');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  await expect(palette).toBeVisible();
  await dialogOpened(page);
  const input = palette.getByRole('combobox', { name: '全局搜索' });
  await expect(input).toBeFocused();
  await expect(palette).toContainText('可查姓名、拼音首字母');

  await input.pressSequentially('执委会议');
  const options = palette.getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(palette.locator('[data-group="meetings"]')).toContainText('会议记录');
  // Newest first; the typed words are marked in each title.
  await expect(options.nth(0).locator('mark')).toHaveText('执委会议');
  await expect(options.nth(0)).toContainText('第四季度执委会议');
  await expect(options.nth(1)).toContainText('十月执委会议');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await input.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await input.press('Enter');

  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${ids.october}$`));
  await expect(page.getByLabel('会议名称')).toHaveValue('十月执委会议');

  // Nothing found says so; Esc closes and leaves the page as it was.
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox').fill('没有这样的记录');
  await expect(palette.getByTestId('search-nothing')).toContainText('没有找到“没有这样的记录”');
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/meetings/${ids.october}$`));
});

test('页头搜索框：按证件尾号找到成员，只显示打码的身份证号，Enter 打开她的详情', async ({ app }) => {
  const { page } = app;
  const ids = await seed(app.harness.dbPath);
  await app.open('/');
  await page.getByTestId('header-search').click();
  const palette = page.getByRole('dialog');
  await expect(palette).toBeVisible();
  await dialogOpened(page);
  await page.keyboard.type(HU_ID.slice(-4));
  const hit = palette.getByRole('option');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('胡海燕');
  const masked = `${HU_ID[0]}${'*'.repeat(16)}${HU_ID[17]}`;
  await expect(hit).toContainText(masked);
  await expect(hit).toContainText('身份证号尾号');
  // Only the digit the mask shows is marked; the full number is nowhere on the page.
  await expect(hit.locator('mark')).toHaveText(HU_ID[17]!);
  expect(await page.content()).not.toContain(HU_ID.slice(6, 14));

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/members\\?member=${ids.hu}$`));
  await expect(page.locator('.ant-drawer-title')).toHaveText('胡海燕（在册）');

  // Pinyin initials from the header box, typed straight into it.
  await page.keyboard.press('Escape');
  await expect(page.locator('.ant-drawer-title')).toBeHidden();
  await page.getByTestId('header-search').click();
  await expect(palette).toBeVisible();
  await palette.getByRole('combobox').fill('hhy');
  await expect(palette.getByRole('option').first()).toContainText('胡海燕');
  await expect(palette.getByRole('option').first().locator('mark')).toHaveText('hhy');
});

test('学习材料：按文号找到，Enter 只列出这份材料，点“显示全部材料”回到全部', async ({ app }) => {
  const { page } = app;
  await withDb(app.harness.dbPath, async (ctx) => {
    await createMaterial(ctx, { title: '关于加强家庭家教家风建设的意见', issuer: '区妇联', docNumber: '区妇字〔2026〕7号', publishedOn: '2026-05-10', kind: '文件', source: '' });
    await createMaterial(ctx, { title: '在全市基层妇联工作会议上的讲话', issuer: '市妇联', docNumber: '', publishedOn: '2026-09-20', kind: '讲话', source: '' });
  });
  await app.open('/');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog');
  await dialogOpened(page);
  await palette.getByRole('combobox').fill('〔2026〕7号');
  const hit = palette.getByRole('option');
  await expect(hit).toHaveCount(1);
  await expect(hit).toContainText('关于加强家庭家教家风建设的意见');
  await expect(hit.locator('mark')).toHaveText('〔2026〕7号');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/study\/materials\?material=\d+$/);
  // The first table on the page is the materials' (the 学时计算规则 table follows it).
  const rows = page.locator('.ant-table-tbody').first().locator('tr.ant-table-row');
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText('关于加强家庭家教家风建设的意见');
  await page.getByRole('button', { name: '显示全部材料' }).click();
  await expect(rows).toHaveCount(2);
  await expect(page).toHaveURL(/#\/study\/materials$/);
});
