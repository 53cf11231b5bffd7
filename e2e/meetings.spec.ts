import { createFixtureMeeting, FIXTURE_RECORD_TEXTS, fixtureMeetingInput, seedRoster } from '../core/meetings/fixture';
import { addMeetingCorrection, createMeeting, finalizeMeeting } from '../core/meetings/service';
import { withDb } from './db';
import { dialogOpened, expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

test('按模板新建执委会议，登记请假原因、议题、发言和决议，定稿后修改被拒绝，添加更正，打印预览', async ({ app }) => {
  const { page } = app;
  await withDb(app.harness.dbPath, async (ctx) => void (await seedRoster(ctx)));
  await app.open('/meetings');
  await expect(page.getByTestId('year-counts')).toContainText('执委会议：0 次');

  await page.getByRole('button', { name: '新建会议记录' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await dialogOpened(page);
  await page.getByRole('dialog').getByText('执委会议', { exact: true }).click();
  await page.getByRole('button', { name: '按模板新建' }).click();

  // The template: 执委会议 → all 妇联主席/副主席/执委 在册, and its default 议题.
  await expect(page.getByLabel('议题1', { exact: true })).toHaveValue('传达上级妇联会议精神');
  for (const name of ['王秀英', '李桂兰', '张丽', '刘芳']) await expect(page.getByRole('cell', { name, exact: true })).toBeVisible();
  await expect(page.getByTestId('attendance-figures')).toContainText('应到 4 人，实到 4 人，出席率 100.0%');

  await page.getByLabel('会议名称').fill('十一月执委会议');
  for (const [label, value] of [['开始时间', '09:00'], ['结束时间', '11:30']] as const) {
    await page.getByLabel(label).click();
    await page.getByLabel(label).fill(value);
    await page.getByLabel(label).press('Enter');
  }
  await page.getByLabel('地点').fill('社区党群服务中心二楼会议室');
  await page.getByLabel('主持人').fill('王秀英');
  await page.getByLabel('记录人').fill('张丽');
  await page.getByLabel('刘芳的出席情况').getByText('请假').click();
  await expect(page.getByTestId('attendance-figures')).toContainText('应到 4 人，实到 3 人，出席率 75.0%');

  // 请假 without a reason is refused, naming the person.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('meeting-error')).toContainText('刘芳请假，请填写请假原因');
  await page.getByLabel('刘芳的原因').fill('外出参加区妇联培训');

  await page.getByLabel('议题1的讨论情况').fill('王秀英传达了区妇联会议精神。');
  await page.getByRole('button', { name: '添加发言' }).first().click();
  await page.getByLabel('议题1发言人1').click();
  await page.locator('.ant-select-item-option', { hasText: '李桂兰' }).filter({ visible: true }).click();
  await page.getByLabel('议题1发言1内容').fill('建议开展冬季关爱走访。');
  await page.getByRole('button', { name: '添加决议' }).click();
  await page.getByLabel('决议1', { exact: true }).fill('12月开展困难妇女冬季走访慰问。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('已保存')).toBeVisible();
  await expect(page).toHaveURL(/#\/meetings\/\d+$/);
  await page.screenshot({ path: test.info().outputPath('meeting-edit.png'), fullPage: false });

  await page.getByRole('button', { name: /^定\s?稿$/ }).click();
  await page.getByRole('button', { name: '确认定稿' }).click();
  await expect(page.getByText(/本记录已于 .* 定稿并锁定/)).toBeVisible();

  // After 定稿 the record is read-only on screen (e2e/record-lock.spec.ts), and an edit that
  // reaches the API anyway is refused with the reason.
  await expect(page.getByLabel('地点')).toBeDisabled();
  await expect(page.getByRole('button', { name: /^保\s?存$/ })).toHaveCount(0);
  const refused = await page.evaluate(async (id) => {
    const meeting = await window.api!.meetings.get({ id });
    if (!meeting.ok) return meeting.error.message;
    const { typeId, title, session, date, startTime, endTime, place, host, recorder, attendees, topics, resolutions, actions } = meeting.value;
    const answer = await window.api!.meetings.update({
      id,
      meeting: { typeId, title, session, date, startTime, endTime, place: `${place}（改）`, host, recorder, attendees, topics, resolutions, actions },
    });
    return answer.ok ? 'saved' : answer.error.message;
  }, Number(page.url().split('/').pop()));
  expect(refused).toContain('会议记录《十一月执委会议》已定稿，不能再修改或删除。如需更正，请添加“更正”记录');

  await page.getByLabel('更正内容').fill('出席人员漏记赵敏，应补记为列席');
  await page.getByLabel('更正原因').fill('核对签到表发现');
  await page.getByLabel('更正人').fill('张丽');
  await page.getByRole('button', { name: '添加更正' }).click();
  await expect(page.getByTestId('correction')).toContainText('张丽 更正：出席人员漏记赵敏，应补记为列席（原因：核对签到表发现）');

  await page.getByRole('button', { name: '打印预览' }).click();
  const sheet = page.getByTestId('print-sheet');
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached();
  await expect(sheet).toContainText('十一月执委会议记录');
  await expect(sheet).toContainText('社区党群服务中心二楼会议室'); // the refused edit changed nothing
  await expect(sheet).toContainText('刘芳（请假：外出参加区妇联培训）');
  await expect(sheet).toContainText('李桂兰：建议开展冬季关爱走访。');
  await expect(sheet).toContainText('散会。');
  await expect(sheet).toContainText('附：更正记录');
  await page.screenshot({ path: test.info().outputPath('meeting-preview.png') });

  await app.open('/meetings');
  await expect(page.getByTestId('year-counts')).toContainText('执委会议：1 次');
  await expect(page.getByRole('row', { name: /十一月执委会议/ })).toContainText('已定稿');
  await page.screenshot({ path: test.info().outputPath('meetings-list.png') });
});

test('会议记录与签到表打印为 A4 PDF：页眉表格、发言人、决议、散会、页码、更正附录', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureMeeting(ctx));
    await finalizeMeeting(ctx, id);
    await addMeetingCorrection(ctx, id, { what: '出席人员漏记赵敏', why: '核对签到表发现', by: '张丽' });
  });
  await app.open('/meetings/actions');
  await expect(page.getByRole('row', { name: /联系爱心企业筹集物资/ })).toContainText('已逾期');
  await page.screenshot({ path: test.info().outputPath('meeting-actions.png') });

  const started = Date.now();
  const pdf = await printToPdf(page, `/print/meeting?id=${id}`, test.info().outputPath('meeting.pdf'));
  const elapsed = Date.now() - started;
  // pdftotext wraps lines and drops or adds spaces: compare without whitespace.
  const flat = pdf.text.replace(/\s+/g, '');
  for (const expected of [...FIXTURE_RECORD_TEXTS, '散会。', '核对签到表发现', '— 1 —']) {
    expect(flat, expected).toContain(expected.replace(/\s+/g, ''));
  }
  expect(flat).toContain(`—${pdf.pages}—`);
  pdfToPng(pdf.path, test.info().outputPath('meeting-page'));
  console.log(`meeting PDF: ${pdf.pages} pages, printed and read back in ${elapsed} ms`);

  const signIn = await printToPdf(page, `/print/meeting-signin?id=${id}`, test.info().outputPath('signin.pdf'));
  expect(signIn.text).toContain('第四季度执委会议签到表');
  expect(signIn.text.replace(/\s+/g, '')).toContain('应到4人，实到');
  expect(signIn.text).toContain('签名');
  expect(signIn.text).toContain('刘芳');
  pdfToPng(signIn.path, test.info().outputPath('signin-page'));
});

test('会议记录列表中删除草稿：确认后移入回收站并可恢复；已定稿的记录删除被拒绝并说明原因', async ({ app }) => {
  const { page } = app;
  let other = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    const input = await fixtureMeetingInput(ctx);
    await createMeeting(ctx, input);
    other = (await createMeeting(ctx, { ...input, title: '十二月工作例会', date: '2026-11-25' })).id;
  });
  await app.open('/meetings');
  const row = (title: string) => page.locator('.ant-table').getByRole('row').filter({ hasText: title });
  await expect(row('第四季度执委会议')).toBeVisible();

  await row('第四季度执委会议').getByRole('button', { name: '删除第四季度执委会议' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '确定删除会议记录“第四季度执委会议”？' });
  await expect(confirm).toContainText('删除后可在回收站中恢复（设置 → 回收站）。');
  await page.waitForTimeout(400); // let the dialog's opening animation finish for the screenshot
  await page.screenshot({ path: test.info().outputPath('meeting-delete-confirm.png') });
  await confirm.getByRole('button', { name: /^删\s?除$/ }).click();
  await expect(page.getByText('已删除“第四季度执委会议”，可在 设置 → 回收站 中恢复')).toBeVisible();
  await expect(row('第四季度执委会议')).toHaveCount(0);
  await expect(row('十二月工作例会')).toBeVisible();

  // 定稿 elsewhere while this list still shows it as a draft: the delete is refused with the reason.
  const finalized = await page.evaluate((id) => window.api!.meetings.finalize({ id }), other);
  expect(finalized.ok).toBe(true);
  await row('十二月工作例会').getByRole('button', { name: '删除十二月工作例会' }).click();
  const again = page.getByRole('dialog').filter({ hasText: '确定删除会议记录“十二月工作例会”？' });
  await expect(again).toBeVisible();
  await dialogOpened(page);
  await again.getByRole('button', { name: /^删\s?除$/ }).click();
  const refused = page.getByRole('dialog').filter({ hasText: '不能删除这条会议记录' });
  await expect(refused).toContainText('会议记录《十二月工作例会》已定稿，不能删除。如需更正');
  await expect(page.getByRole('dialog').filter({ hasText: '确定删除会议记录' })).toHaveCount(0);
  await page.waitForTimeout(400); // let the dialog's opening animation finish for the screenshot
  await page.screenshot({ path: test.info().outputPath('meeting-delete-refused.png') });
  await refused.getByRole('button', { name: '知道了' }).click();
  await expect(row('十二月工作例会')).toContainText('已定稿');
  await expect(row('十二月工作例会').getByRole('button', { name: /删除/ })).toHaveCount(0);

  await page.getByRole('menuitem', { name: '回收站' }).click();
  const binRow = page.locator('.ant-table').getByRole('row').filter({ hasText: '第四季度执委会议' });
  await expect(binRow).toContainText('会议记录');
  await binRow.getByRole('button', { name: /^恢\s?复$/ }).click();
  await expect(page.getByText('已恢复会议记录“第四季度执委会议”')).toBeVisible();

  await app.open('/meetings');
  await expect(row('第四季度执委会议')).toBeVisible();
  await page.waitForLoadState('networkidle');
});
