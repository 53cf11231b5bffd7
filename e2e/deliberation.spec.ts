/**
 * Issue 13 in Chromium: a 议题 from 登记 through 立项, 议事会, 表决, 交办, 进展, 回访
 * 不满意 (二次办理), 回访 满意 and 办结; the 反馈单 and the 公示 printed and read back
 * (no ID number, no mobile number, although the representatives have both); a 只读
 * operator sees the 议题 with no write button.
 */
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { seedDemoDeliberation } from '../core/deliberation/demo';
import { seedDemoMembers } from '../core/members/demo-seed';
import { addMembers } from '../core/members/roster-fixture';
import { createItem } from '../core/deliberation/service';
import { driveTo, itemInput, seedRepresentatives, seedSession } from '../core/deliberation/fixture';
import type { DelibState } from '../core/deliberation/lifecycle';
import { saveOperator, setOperatorPassword } from '../core/operators/service';
import { withDb } from './db';
import { dialogOpened, expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

const shot = (name: string) => (process.env.FULIAN_SHOTS_DIR ? `${process.env.FULIAN_SHOTS_DIR}/${name}` : test.info().outputPath(name));

const REPRESENTATIVES: Parameters<typeof addMembers>[1] & Array<{ phone: string }> = [
  { name: '孙丽华', roles: ['妇女代表'], phone: '13812345678', birthDate: '1968-03-08' },
  { name: '周美玲', roles: ['妇女代表'], phone: '13987654321', birthDate: '1972-05-20' },
  { name: '吴秀芳', roles: ['妇女代表', '妇女小组长'], phone: '15011112222', birthDate: '1965-11-02' },
];
const ID_NUMBER = /\d{17}[\dXx]/;
const MOBILE = /1[3-9]\d{9}/;
/** The PDF's text in reading order (pdftotext -raw: a table cell's lines one after another), line breaks removed, so no number can hide across two lines or columns. */
const flatText = (pdfPath: string) => execFileSync('pdftotext', ['-raw', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/** A button's name as antd shows it (two Chinese characters get a space between them: “立 项”). */
const named = (name: string) => new RegExp(`^${[...name].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s?')}$`);

/** A plain select: open it, click the option. */
async function choose(page: Page, field: Locator, text: string) {
  await field.click();
  await page.locator('.ant-select-item-option', { hasText: text }).filter({ visible: true }).first().click();
}

/** A searched select (the roster's 妇女代表): type, click the option. */
async function pick(page: Page, field: Locator, text: string) {
  await field.click();
  await field.fill(text);
  await page.locator('.ant-select-item-option', { hasText: text }).filter({ visible: true }).first().click();
}

/** Opens a step's dialog from the action bar; returns the dialog. */
async function step(page: Page, name: string) {
  await page.getByTestId('item-actions').getByRole('button', { name: named(name) }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialogOpened(page);
  return dialog;
}

async function finish(page: Page, dialog: Locator, button: string, state: string) {
  await dialog.getByRole('button', { name: named(button) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('item-state').first()).toContainText(state);
}

test('议题从登记、两名附议、立项、列入议事会、表决、交办、进展，回访不满意转二次办理，再回访满意后办结；打印反馈单和公示（无身份证号和手机号）', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await withDb(app.harness.dbPath, async (ctx) => {
    await addMembers(ctx, REPRESENTATIVES);
    // Earlier 议题 of the year in other states, so the board has company (one 落实 past its 时限).
    const reps = await seedRepresentatives(ctx);
    const session = await seedSession(ctx);
    const others: Array<[string, DelibState]> = [['小区东门夜间照明不足', '落实'], ['开设四点半课堂', '研判'], ['家门口就业技能培训', '已反馈'], ['楼道堆物清理', '办结']];
    for (const [title, state] of others) await driveTo(ctx, (await createItem(ctx, itemInput(reps, { title }))).id, state, session);
  });

  // A 承办单位 to 交办 to.
  await app.open('/deliberation/units');
  await page.getByLabel('新承办单位名称').fill('辖区派出所');
  await page.getByRole('button', { name: named('添加') }).click();
  await expect(page.getByRole('cell', { name: '辖区派出所', exact: true })).toBeVisible();

  // 1. 登记 with the proposer and two 附议.
  await app.open('/deliberation/items');
  await page.getByRole('button', { name: '登记议题' }).click();
  await page.getByLabel('议题标题').fill('小区加装电梯后老年妇女出行仍有困难');
  await page.getByLabel('诉求内容').fill('3号楼加装电梯后，单元门口台阶未改造，轮椅和婴儿车进出困难，希望增设无障碍坡道。');
  await choose(page, page.getByLabel('来源'), '走访');
  await choose(page, page.getByLabel('类别'), '权益维护');
  await choose(page, page.getByLabel('议事方式'), '一事一议');
  await pick(page, page.getByLabel('提出的妇女代表'), '孙丽华');
  const seconders = page.getByLabel('附议代表');
  await pick(page, seconders, '周美玲');
  await pick(page, seconders, '吴秀芳');
  await page.getByRole('button', { name: '登记议题' }).last().click();
  await expect(page).toHaveURL(/#\/deliberation\/items\/\d+$/);
  await expect(page.getByTestId('item-state').first()).toHaveText('收集');
  const itemId = Number(/items\/(\d+)$/.exec(page.url())![1]);

  // 2. 提交研判, 立项.
  await finish(page, await step(page, '提交研判'), '提交研判', '研判');
  await finish(page, await step(page, '立项'), '立项', '已立项');

  // 3. On a session created on the spot.
  let dialog = await step(page, '列入议事会');
  await dialog.getByRole('button', { name: '新建议事会' }).click();
  await dialog.getByLabel('议事会名称').fill('第四季度妇女议事会');
  await dialog.getByLabel('会议地点').fill('社区党群服务中心');
  await dialog.getByRole('button', { name: named('建立') }).click();
  await expect(dialog.getByLabel('议事会名称')).toBeHidden();
  await expect(dialog.getByText('第四季度妇女议事会（0 项议题）')).toBeVisible();
  await finish(page, dialog, '列入议事会', '列入议事会');

  // 4. The vote: a sum over 实到 is refused on the spot; then 5 of 7 pass it.
  dialog = await step(page, '审议表决');
  await dialog.getByLabel('应到人数').fill('9');
  await dialog.getByLabel('实到人数').fill('7');
  await dialog.getByLabel('同意票').fill('6');
  await dialog.getByLabel('反对票').fill('1');
  await dialog.getByLabel('弃权票').fill('1');
  await expect(dialog.getByTestId('vote-preview')).toContainText('同意、反对、弃权合计（8）不能多于实到人数（7）');
  await dialog.getByLabel('同意票').fill('5');
  await expect(dialog.getByTestId('vote-preview')).toContainText('表决通过（同意票超过实到人数的一半为通过）');
  await dialog.getByLabel('决议内容').fill('由社区两委牵头，30日内在3号楼单元门口增设无障碍坡道。');
  await finish(page, dialog, '审议表决', '已表决');
  await expect(page.getByTestId('item-vote')).toContainText('同意5票，反对1票，弃权1票');

  // 5. 交办 with a 时限 (the default: 30 days).
  dialog = await step(page, '交办');
  await choose(page, dialog.getByLabel('主办单位'), '辖区派出所');
  await finish(page, dialog, '交办', '落实');

  // 6. A 进展 entry, then 反馈 and a 回访 不满意: back to 落实 as 二次办理.
  dialog = await step(page, '添加进展');
  await dialog.getByLabel('进展情况').fill('已联系施工队现场勘察，坡道设计方案已确定。');
  await finish(page, dialog, '添加进展', '落实');
  dialog = await step(page, '反馈/公示');
  await dialog.getByLabel('办理情况').fill('坡道已施工完成。');
  await finish(page, dialog, '反馈/公示', '已反馈');
  dialog = await step(page, '回访');
  await dialog.getByText('不满意', { exact: true }).click();
  await dialog.getByLabel('回访人').fill('王秀英');
  await dialog.getByLabel('回访意见').fill('坡道坡度太陡，雨天易滑。');
  await expect(dialog.getByLabel('二次办理时限')).not.toHaveValue('');
  await finish(page, dialog, '回访', '第二次办理');

  // 7. 二次办理: 反馈, 回访 满意, 办结 (asked once more).
  dialog = await step(page, '反馈/公示');
  await dialog.getByLabel('办理情况').fill('坡道已加铺防滑层并降低坡度。');
  await finish(page, dialog, '反馈/公示', '已反馈');
  dialog = await step(page, '回访');
  await dialog.getByText('满意', { exact: true }).click();
  await dialog.getByLabel('回访人').fill('王秀英');
  await finish(page, dialog, '回访', '已回访');
  dialog = await step(page, '办结');
  await dialog.getByText('A 已解决').click();
  await dialog.getByLabel('办理结果').fill('3号楼单元门口无障碍坡道已建成并加铺防滑层，居民出行问题已解决。');
  await dialog.getByRole('button', { name: named('办结') }).click();
  await page.getByRole('button', { name: '确定办结' }).click();
  await expect(page.getByTestId('item-state').first()).toHaveText('办结');

  // Read-only now: the fields are disabled, no step offered, the timeline tells it all.
  await expect(page.getByTestId('record-locked')).toContainText('已办结');
  await expect(page.getByTestId('item-actions')).toHaveCount(0);
  await expect(page.getByLabel('议题标题')).toBeDisabled();
  await expect(page.getByRole('button', { name: '保存修改' })).toHaveCount(0);
  const timeline = page.getByTestId('item-timeline');
  for (const text of ['登记议题', '立项', '列入议事会', '审议表决', '交办', '进展', '二次办理', '办结']) await expect(timeline).toContainText(text);
  // 登记, 提交研判, 立项, 列入, 表决, 交办, 进展, 反馈, 回访 + 二次办理, 反馈, 回访, 办结.
  await expect(timeline.getByTestId('timeline-entry')).toHaveCount(13);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 15_000 });

  // 办结: filed like any finalized record, through the shared 归档 action (its 办理反馈单 is the snapshot).
  await page.getByRole('button', { name: /(^|\s)归\s?档$/ }).click();
  const fileDialog = page.getByRole('dialog', { name: '归档这份记录' });
  await dialogOpened(page);
  await expect(fileDialog).toContainText('小区加装电梯后老年妇女出行仍有困难');
  await fileDialog.getByRole('button', { name: '确认归档' }).click();
  await expect(page.getByTestId('filed-as')).toContainText(/档号 .*-WS·\d{4}-D30-\d{4}/, { timeout: 30_000 });
  await page.screenshot({ path: shot('13-item.png'), fullPage: true });

  // The board and the representative's detail.
  await app.open('/deliberation/board');
  await expect(page.getByTestId('board-办结')).toContainText('小区加装电梯后老年妇女出行仍有困难');
  await expect(page.getByTestId('board-落实').getByTestId('due-flag')).toContainText('已超期');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot('13-board.png') });

  // The session's meeting record lists it with the vote, read from the 议题 (no copy in the meeting).
  await app.open('/deliberation/sessions');
  await page.getByRole('row', { name: /第四季度妇女议事会/ }).getByText('第四季度妇女议事会').click();
  await expect(page.getByTestId('session-items')).toContainText('小区加装电梯后老年妇女出行仍有困难');
  await expect(page.getByTestId('session-items')).toContainText('同意5，反对1，弃权1');
  const meetingId = Number(/meetings\/(\d+)$/.exec(page.url())![1]);
  const record = await printToPdf(page, `/print/meeting?id=${meetingId}`, test.info().outputPath('meeting.pdf'));
  expect(flatText(record.path)).toContain('审议议题及表决情况');
  expect(flatText(record.path)).toContain('同意5票，反对1票，弃权1票；通过');

  // 不予立项 of the 议题 in 研判 asks once more, then ends it with its reason.
  await app.open('/deliberation/items');
  await page.getByRole('cell', { name: '开设四点半课堂' }).click();
  dialog = await step(page, '不予立项');
  await dialog.getByLabel('不予立项理由').fill('已由街道统一开设，社区不重复立项。');
  await dialog.getByRole('button', { name: named('不予立项') }).click();
  await expect(page.locator('.ant-modal-confirm-title')).toHaveText('确定不予立项议题“开设四点半课堂”？');
  await page.getByRole('button', { name: '确定不予立项' }).click();
  await expect(page.getByTestId('item-state').first()).toHaveText('不予立项');
  await expect(page.getByTestId('item-facts')).toContainText('已由街道统一开设');
  await expect(page.getByTestId('item-actions')).toHaveCount(0);

  // Her member page lists what she raised; 周美玲's what she seconded.
  await app.open('/members');
  await page.getByRole('row').filter({ hasText: '孙丽华' }).click();
  await expect(page.getByTestId('member-deliberation')).toContainText('提出议题 1 项，附议 0 项');
  await expect(page.getByTestId('member-deliberation')).toContainText('小区加装电梯后老年妇女出行仍有困难');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('member-deliberation')).toBeHidden();
  await page.getByRole('row').filter({ hasText: '周美玲' }).click();
  await expect(page.getByTestId('member-deliberation')).toContainText('提出议题 0 项，附议 1 项');

  // 8. Prints: the 反馈单 and the session's 公示, read back.
  const feedback = await printToPdf(page, `/print/deliberation-feedback?id=${itemId}`, test.info().outputPath('fankui.pdf'));
  const fankui = flatText(feedback.path);
  for (const text of ['办理反馈单', '孙丽华', '周美玲、吴秀芳', '无障碍坡道已建成', '不满意', '满意', '提出人（签字）']) expect(fankui).toContain(text);
  expect(fankui).not.toMatch(ID_NUMBER);
  expect(fankui).not.toMatch(MOBILE);
  pdfToPng(feedback.path, test.info().outputPath('fankui'));
  await page.screenshot({ path: shot('13-fankui.png') });

  await app.open(`/deliberation/sessions`);
  await page.getByRole('row', { name: /第四季度妇女议事会/ }).getByRole('button', { name: '议事结果公示' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const gongshi = await printToPdf(page, new URL(page.url()).hash.slice(1), test.info().outputPath('gongshi.pdf'));
  const notice = flatText(gongshi.path);
  for (const text of ['议事结果公示', '第四季度妇女议事会', '增设无障碍坡道', '同意5票', '辖区派出所']) expect(notice).toContain(text);
  expect(notice).not.toMatch(ID_NUMBER);
  expect(notice).not.toMatch(MOBILE);
  for (const r of REPRESENTATIVES) expect(notice).not.toContain(r.name);
  pdfToPng(gongshi.path, test.info().outputPath('gongshi'));
  await page.screenshot({ path: shot('13-gongshi.png') });
});

test('只读操作员：议题页没有任何办理和修改按钮，列表没有登记按钮', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    const reps = await seedRepresentatives(ctx);
    id = (await createItem(ctx, itemInput(reps))).id;
    const wang = await saveOperator(ctx, { name: '王主席', role: '管理员' });
    await setOperatorPassword(ctx, wang.id, '1234');
    await saveOperator(ctx, { name: '赵只读', role: '只读' });
  });
  await page.goto(`${app.harness.url}#/deliberation/items/${id}`);
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
  await page.getByLabel('选择操作员').getByText('赵只读').click();
  await page.getByRole('button', { name: /^进\s?入$/ }).click();
  await expect(page.getByTestId('session-control')).toContainText('赵只读');

  await app.open(`/deliberation/items/${id}`);
  await expect(page.getByTestId('item-state').first()).toHaveText('收集');
  await expect(page.getByTestId('record-read-only')).toContainText('当前操作员“赵只读”是只读');
  await expect(page.getByTestId('item-actions')).toHaveCount(0);
  for (const name of [/保存修改/, /^删\s?除$/, /提交研判/, /撤\s?回/, /立\s?项/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByLabel('议题标题')).toBeDisabled();
  await expect(page.getByRole('button', { name: '打印办理反馈单' })).toBeEnabled();
  // The resident's contact is shown masked to her (she may not call getForEdit).
  await expect(page.getByLabel('联系方式')).toHaveValue('139****1111');
  await app.open('/deliberation/items');
  await expect(page.getByRole('cell', { name: '小区东门夜间照明不足' })).toBeVisible();
  await expect(page.getByRole('button', { name: '登记议题' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /导出议事台账/ })).toHaveCount(0);
});

test('一年的议题：列表按类别筛选和搜索，统计页（季度、类别、口径），打印统计表、舆情汇总表、议程和议事台账', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const year = 2025;
  await withDb(app.harness.dbPath, async (ctx) => {
    await seedDemoMembers(ctx, 300, 11);
    await seedDemoDeliberation({ ...ctx, now: () => new Date(`${year}-12-28T10:00:00+08:00`) }, { year, items: 40 });
  });

  await app.open('/deliberation/items');
  await choose(page, page.getByLabel('年度'), `${year}年`);
  const rows = page.locator('.ant-table-tbody tr.ant-table-row');
  await expect(rows.first()).toBeVisible();
  await choose(page, page.getByLabel('类别'), '儿童关爱');
  await expect(rows.first()).toContainText('儿童关爱');
  for (const cell of await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(3)').allTextContents()) expect(cell).toBe('儿童关爱');
  await page.getByLabel('搜索议题').fill(`YS-${year}-0`);
  await page.getByRole('button', { name: named('搜索') }).click();
  await expect(rows.first()).toContainText(`YS-${year}-0`);
  await page.screenshot({ path: test.info().outputPath('list.png') });

  await app.open('/deliberation/figures');
  await choose(page, page.getByLabel('年度'), `${year}年`);
  await expect(page.getByTestId('figures-quarters')).toContainText('全年');
  await expect(page.getByTestId('figures-categories')).toContainText('儿童关爱');
  await expect(page.getByTestId('figures-caliber')).toContainText('已撤回的议题不计入');
  await page.screenshot({ path: test.info().outputPath('figures.png'), fullPage: true });

  const figures = await printToPdf(page, `/print/deliberation-figures?year=${year}`, test.info().outputPath('figures.pdf'));
  expect(figures.text).toContain(`${year}年度妇女议事会议事情况统计表`);
  expect(figures.text).toContain('满意率');
  pdfToPng(figures.path, test.info().outputPath('figures'));
  const opinions = await printToPdf(page, `/print/deliberation-opinions?from=${year}-01-01&to=${year}-06-30`, test.info().outputPath('opinions.pdf'));
  for (const text of ['妇女舆情汇总表', '按类别', '按来源', '舆情明细', '合计']) expect(opinions.text).toContain(text);
  expect(flatText(opinions.path)).not.toMatch(ID_NUMBER);
  pdfToPng(opinions.path, test.info().outputPath('opinions'));

  await app.open('/deliberation/sessions');
  await choose(page, page.getByLabel('年度'), `${year}年`);
  await page.getByRole('button', { name: named('议程') }).first().click();
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  const agenda = await printToPdf(page, new URL(page.url()).hash.slice(1), test.info().outputPath('agenda.pdf'));
  for (const text of ['议程', '会议名称', '审议议题', '散会']) expect(agenda.text).toContain(text);
  pdfToPng(agenda.path, test.info().outputPath('agenda'));

  const ledger = await printToPdf(page, `/print/deliberation-ledger?year=${year}`, test.info().outputPath('ledger.pdf'));
  expect(ledger.text).toContain(`${year}年度妇女议事会议事台账`);
  expect(ledger.text).toContain('目');
  // Cover, contents, figures, then one page (or more) per 议题.
  expect(ledger.pages).toBeGreaterThanOrEqual(40 + 3);
});
