/**
 * Issue 11 item 5: one tab stop per field in visual order (read-only 出生日期/性别/年龄 and
 * the hidden × of selects and dates skipped), and nothing typed is ever silently dropped.
 */
import type { Page } from '@playwright/test';
import { addMembers } from '../core/members/roster-fixture';
import { saveZone } from '../core/members/zones';
import { withDb } from './db';
import { dialogOpened, expect, test } from './fixtures';

/** What has the focus: its label or id. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el?.getAttribute('aria-label') || el?.id || el?.textContent?.trim() || el?.tagName || '';
  });

test('只用键盘（Tab）录入一位完整的成员：每个字段各一个 Tab 位，按页面顺序，录入的每个值都保存下来', async ({ app }) => {
  const { page } = app;
  await withDb(app.harness.dbPath, async (ctx) => void (await saveZone(ctx, { name: '幸福一网格' })));
  await app.open('/members');
  await page.getByRole('button', { name: /新增成员/ }).first().click();
  await expect(page.getByLabel('姓名')).toBeFocused();

  const entries: Array<[field: string, typed: string]> = [
    ['name', '张海丽'],
    ['idNumber', '11010519491231002x'],
    ['ethnicity', '回族'],
    ['education', '本科'], // the only label containing it: 大学本科
    ['political', '中共党员'],
    ['marital', '已婚'],
    ['phone', '13812345678'],
    ['片区/网格', '一网格'],
    ['building', '3栋2单元'],
    ['currentAddress', '幸福里小区3栋2单元401'],
    ['householdAddress', '城关镇幸福村5组'],
    ['employment', '灵活就业'],
    ['workplace', '幸福里家政服务社'],
    ['roles', '执委'],
    ['tags', '高龄独居'],
    ['joinedOn', '2020.3.8'], // as officers write it; replaces today's date
    ['note', '每周三下午可联系'],
  ];
  for (const [field, typed] of entries) {
    await expect.poll(() => focused(page), { message: `Tab 应到“${field}”`, timeout: 3000 }).toBe(field);
    if (field === 'joinedOn') await page.keyboard.press('Control+A');
    if (typed) await page.keyboard.type(typed);
    await page.keyboard.press('Tab');
  }
  await expect.poll(() => focused(page)).toMatch(/^保\s?存$/);
  await page.screenshot({ path: test.info().outputPath('member-keyboard.png') });
  await page.keyboard.press('Enter');
  await expect(page.getByText('已保存：张海丽')).toBeVisible();

  const saved = await page.evaluate(async () => {
    const api = window.api!;
    const list = await api.members.list({ query: '张海丽' });
    if (!list.ok) return list.error.message;
    const id = list.value.rows[0]!.id;
    const [detail, idNumber, phone] = await Promise.all([api.members.get({ id }), api.members.reveal({ id, field: 'idNumber' }), api.members.reveal({ id, field: 'phone' })]);
    if (!detail.ok || !idNumber.ok || !phone.ok) return 'read failed';
    return { ...detail.value, idNumber: idNumber.value.value, phone: phone.value.value };
  });
  expect(saved).toMatchObject({
    name: '张海丽',
    idNumber: '11010519491231002X',
    birthDate: '1949-12-31',
    ethnicity: { name: '回族' },
    education: { name: '大学本科' },
    political: { name: '中共党员' },
    marital: { name: '已婚' },
    phone: '13812345678',
    zone: { name: '幸福一网格' },
    building: '3栋2单元',
    currentAddress: '幸福里小区3栋2单元401',
    householdAddress: '城关镇幸福村5组',
    employment: '灵活就业',
    workplace: '幸福里家政服务社',
    roles: ['执委'],
    tags: ['高龄独居'],
    joinedOn: '2020-03-08',
    note: '每周三下午可联系',
  });
});

test('选择框里打了不在列表中的字：离开时告诉她哪个字段没有填入，而不是悄悄丢掉', async ({ app }) => {
  const { page } = app;
  await app.open('/members');
  await page.getByRole('button', { name: /新增成员/ }).first().click();
  await page.getByLabel('民族').click();
  await page.keyboard.type('火星族');
  await page.keyboard.press('Tab');
  await expect(page.getByText('民族：没有“火星族”这一项，没有填入。请从列表中选择。')).toBeVisible();
  await page.keyboard.type('中共');
  await page.keyboard.press('Tab');
  await expect(page.getByText('文化程度：没有“中共”这一项')).toBeVisible();
  // Several labels contain it: Tab takes the highlighted one (as the list shows), and moves on.
  await page.keyboard.type('中共');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('婚姻状况', { exact: true })).toBeFocused();
  await expect(page.locator('#political').locator('xpath=ancestor::div[contains(@class,"ant-select")][1]')).toContainText('中共党员');

  // A date that is no date is reported, and the field keeps its date.
  await page.getByLabel('入册日期').click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2020.13.45');
  await page.keyboard.press('Tab');
  await expect(page.getByText('入册日期：“2020.13.45”不是日期，没有填入。')).toBeVisible();
});

test('身份证号校验位错误的红字在改对时立即消失，不用先离开输入框', async ({ app }) => {
  const { page } = app;
  await app.open('/members');
  await page.getByRole('button', { name: /新增成员/ }).first().click();
  const id = page.getByLabel('身份证号');
  await id.fill('110105194912310021');
  await page.keyboard.press('Tab');
  await expect(page.getByText('末位应为X')).toBeVisible();
  await id.click();
  await page.keyboard.press('Backspace');
  await page.keyboard.type('X');
  await expect(id).toBeFocused();
  await expect(page.getByText('末位应为X')).toHaveCount(0);
});

test('会议记录：基本情况每个字段一个 Tab 位；主持人/记录人按姓名或拼音首字母筛选，↓ 回车选中所打的人', async ({ app }) => {
  const { page } = app;
  await withDb(app.harness.dbPath, async (ctx) => {
    await addMembers(ctx, [
      { name: '韩建秀', roles: ['妇联主席'] },
      { name: '苏桂英', roles: ['执委'] },
      { name: '李秀兰', roles: [] },
    ]);
  });
  await app.open('/meetings');
  await page.getByRole('button', { name: '新建会议记录' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await dialogOpened(page);
  await page.getByRole('dialog').getByText('执委会议', { exact: true }).click();
  await page.getByRole('button', { name: '按模板新建' }).click();
  await page.getByLabel('会议名称').click();
  await page.keyboard.press('Tab');
  for (const [field, typed] of [
    ['meeting-session', '第三届第五次'],
    ['meeting-date', ''],
    ['meeting-start', ''],
    ['meeting-end', ''],
    ['meeting-place', '社区活动室'],
  ] as const) {
    await expect.poll(() => focused(page), { message: `Tab 应到“${field}”`, timeout: 3000 }).toBe(field);
    if (typed) await page.keyboard.type(typed);
    await page.keyboard.press('Tab');
  }
  await expect.poll(() => focused(page)).toBe('meeting-host');
  await page.keyboard.type('苏桂');
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveText(['苏桂英']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('主持人')).toHaveValue('苏桂英');
  await page.keyboard.press('Tab');
  await expect.poll(() => focused(page)).toBe('meeting-recorder');
  await page.keyboard.type('hjx');
  await expect(page.locator('.ant-select-item-option').filter({ visible: true })).toHaveText(['韩建秀']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('记录人')).toHaveValue('韩建秀');
  await page.screenshot({ path: test.info().outputPath('meeting-keyboard.png') });

  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page).toHaveURL(/#\/meetings\/\d+$/);
  const saved = await page.evaluate((id) => window.api!.meetings.get({ id }), Number(page.url().split('/').pop()));
  expect(saved).toMatchObject({ ok: true, value: { session: '第三届第五次', place: '社区活动室', host: { name: '苏桂英' }, recorder: { name: '韩建秀' } } });
  if (saved.ok) {
    expect(saved.value.host.memberId).not.toBeNull();
    expect(saved.value.recorder.memberId).not.toBeNull();
  }
});
