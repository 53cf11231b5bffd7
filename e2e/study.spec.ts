import { copyFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import dayjs from 'dayjs';
import { samplePdf } from '../core/attachments/test-files';
import { seedRoster } from '../core/meetings/fixture';
import { saveOperator, setOperatorPassword } from '../core/operators/service';
import { createFixtureSession } from '../core/study/fixture';
import { withDb } from './db';
import { expect, test } from './fixtures';
import { pdfToPng, printToPdf } from './print';

/** Where the screenshots for the closing note go (FULIAN_SHOTS_DIR), else the test's output folder. */
const shot = (name: string) => (process.env.FULIAN_SHOTS_DIR ? `${process.env.FULIAN_SHOTS_DIR}/${name}` : test.info().outputPath(name));

test('计划一个月的学习，按计划新建学习记录（材料、附件、请假），定稿后修改被拒绝，登记补学，成员页看到学时，打印并导出学习台账', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await withDb(app.harness.dbPath, async (ctx) => void (await seedRoster(ctx)));
  const held = dayjs().subtract(1, 'month');
  const [year, month] = [held.year(), held.month() + 1];

  // 1. Plan the month.
  await app.open('/study/plan');
  if (year !== dayjs().year()) {
    await page.getByLabel('计划年度').click();
    await page.locator('.ant-select-item-option', { hasText: `${year}年` }).click();
  }
  await expect(page.getByTestId(`empty-month-${month}`)).toHaveText('本月未开展学习');
  await page.getByRole('button', { name: `${month}月添加计划` }).click();
  const planDialog = page.getByRole('dialog');
  await planDialog.getByLabel('计划学习主题').fill('学习全国妇女十四大精神');
  await planDialog.getByLabel('计划主讲人').fill('李桂兰');
  await planDialog.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByText('学习全国妇女十四大精神（集中学习，李桂兰）')).toBeVisible();

  // 2. A session from the plan item, with a new material from the library dialog.
  await page.getByRole('button', { name: '按此计划新建学习记录' }).click();
  await expect(page.getByLabel('学习主题')).toHaveValue('学习全国妇女十四大精神');
  await page.getByLabel('学习内容').fill('传达学习全国妇女十四大精神，结合社区工作开展讨论。');
  await page.getByLabel('地点').fill('社区党群服务中心二楼会议室');
  await page.getByLabel('主持人').fill('王秀英');
  await page.getByLabel('记录人').fill('张丽');
  for (const name of ['王秀英', '李桂兰', '张丽', '刘芳']) {
    await page.getByLabel('从花名册添加').click();
    await page.getByLabel('从花名册添加').fill(name);
    await page.locator('.ant-select-item-option', { hasText: name }).filter({ visible: true }).first().click();
    await expect(page.getByLabel(`${name}的出席情况`)).toBeVisible();
  }
  await page.getByLabel('刘芳的出席情况').getByText('请假').click();
  await expect(page.getByTestId('attendance-figures')).toContainText('应到 4 人，实到 3 人，出席率 75.0%');
  await page.getByLabel('张丽的学时').fill('1');

  await page.getByRole('button', { name: '新增材料' }).click();
  const materialDialog = page.getByRole('dialog');
  await materialDialog.getByLabel('材料标题').fill('关于深入学习贯彻全国妇女十四大精神的通知');
  await materialDialog.getByLabel('发文机关').fill('区妇联');
  await materialDialog.getByLabel('文号').fill('区妇字〔2026〕12号');
  await materialDialog.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(page.getByRole('cell', { name: '区妇字〔2026〕12号' })).toBeVisible();

  // 请假 without a reason is refused, naming her.
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByTestId('study-error')).toContainText('刘芳请假，请填写请假原因');
  await page.getByLabel('刘芳的原因').fill('照顾住院的母亲');
  await page.getByRole('button', { name: '添加发言' }).click();
  await page.getByLabel('第1条发言人').click();
  await page.locator('.ant-select-item-option', { hasText: '李桂兰' }).filter({ visible: true }).click();
  await page.getByLabel('第1条发言内容').fill('建议把学习和巾帼志愿服务结合起来。');
  await page.getByRole('button', { name: '保存草稿' }).click();
  await expect(page.getByText('已保存', { exact: true })).toBeVisible();
  await expect(page).toHaveURL(/#\/study\/\d+$/);
  const id = Number(/\/study\/(\d+)$/.exec(page.url())![1]);

  // An attachment through the shared card.
  const pdfPath = test.info().outputPath('学习通知.pdf');
  writeFileSync(pdfPath, samplePdf('Study notice'));
  await page.getByTestId('attachments-card').locator('input[type=file]').setInputFiles(pdfPath);
  await expect(page.getByText('已添加附件“学习通知.pdf”')).toBeVisible();

  // 3. 定稿; the screen is read-only and an edit that reaches the API is refused.
  await page.getByRole('button', { name: /^定\s?稿$/ }).click();
  await page.getByRole('button', { name: '确认定稿' }).click();
  await expect(page.getByTestId('record-locked')).toBeVisible();
  await expect(page.getByLabel('地点')).toBeDisabled();
  await expect(page.getByRole('button', { name: /^保\s?存$/ })).toHaveCount(0);
  const refused = await page.evaluate(async (sessionId) => {
    const s = await window.api!.study.get({ id: sessionId });
    if (!s.ok) return s.error;
    const answer = await window.api!.study.update({ id: sessionId, session: { ...s.value, title: '改过的主题', materialIds: s.value.materials.map((m) => m.id) } as never });
    return answer.ok ? 'saved' : answer.error;
  }, id);
  expect(refused).toMatchObject({ code: 'LOCKED', message: expect.stringContaining('已定稿，不能再修改') });

  // 4. 补学 for her.
  const makeups = page.getByTestId('makeup-card');
  await expect(makeups).toContainText('尚未补学');
  await makeups.getByRole('button', { name: '登记补学' }).click();
  const makeupDialog = page.getByRole('dialog');
  await makeupDialog.getByLabel('补学方式').fill('自学通知原文并交心得');
  await makeupDialog.getByLabel('补学心得').fill('要把关爱困难妇女落到实处。');
  await makeupDialog.getByRole('button', { name: /^保\s?存$/ }).click();
  await expect(makeups).toContainText(/\d{4}-\d{2}-\d{2}，自学通知原文并交心得，2学时/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot('12-session.png') });

  // 5. Her hours on her member page.
  await app.open('/members');
  await page.getByRole('row').filter({ hasText: '刘芳' }).click();
  await expect(page.getByTestId(`study-year-${year}`)).toContainText('缺席/请假1次（已补学1次），共2学时');
  await expect(page.getByTestId('person-study')).toContainText('学习全国妇女十四大精神');

  // 6. The plan shows the month held.
  await app.open('/study/plan');
  if (year !== dayjs().year()) {
    await page.getByLabel('计划年度').click();
    await page.locator('.ant-select-item-option', { hasText: `${year}年` }).click();
  }
  await expect(page.getByTestId(`empty-month-${month}`)).toHaveCount(0);
  await expect(page.getByText('已完成')).toBeVisible();
  await page.getByText(`${month}月`, { exact: true }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: shot('12-plan.png') });

  // 7. Print the session: the text read back from the PDF.
  const pdf = await printToPdf(page, `/print/study-session?id=${id}`, test.info().outputPath('study.pdf'));
  for (const text of ['学习全国妇女十四大精神学习记录', '集中学习', '2学时（张丽1学时）', '应到4人，实到3人，出席率75.0%', '刘芳（请假：照顾住院的母亲）', '区妇字〔2026〕12号', '李桂兰：建议把学习和巾帼志愿服务结合起来。', '刘芳已补学', '主持人（签字）']) {
    expect(pdf.text.replace(/\s+/g, ''), text).toContain(text.replace(/\s+/g, ''));
  }
  const prefix = pdfToPng(pdf.path, test.info().outputPath('study-page'));
  copyFileSync(`${prefix}-1.png`, shot('12-print.png'));

  const signIn = await printToPdf(page, `/print/study-signin?id=${id}`, test.info().outputPath('signin.pdf'));
  for (const text of ['学习全国妇女十四大精神签到表', '应到4人，实到', '主讲人李桂兰', '刘芳']) expect(signIn.text.replace(/\s+/g, ''), text).toContain(text);

  // The per-person record and the annual 学习台账 as PDFs: no ID or phone anywhere.
  const memberId = await page.evaluate(async () => {
    const list = await window.api!.study.owing({});
    const s = await window.api!.study.list({ query: '' });
    if (!s.ok || !list.ok) return 0;
    const detail = await window.api!.study.get({ id: s.value[0]!.id });
    return detail.ok ? (detail.value.attendees.find((a) => a.name === '刘芳')?.memberId ?? 0) : 0;
  });
  const person = await printToPdf(page, `/print/study-person?memberId=${memberId}`, test.info().outputPath('person.pdf'));
  const personText = person.text.replace(/\s+/g, '');
  // The year's row: 应参加 1, 参加 0, 缺席/请假 1, 已补学 1, 未补学 0, 学时 2 (table cells wrap, so only unwrapped runs are compared).
  for (const text of ['刘芳个人学习情况', '单位：幸福里社区妇联', `${year}年101102`, '学习明细', held.format('YYYY-MM-')]) expect(personText, text).toContain(text);
  const ledgerPdf = await printToPdf(page, `/print/study-ledger?year=${year}`, test.info().outputPath('ledger.pdf'));
  const ledgerText = ledgerPdf.text.replace(/\s+/g, '');
  expect(ledgerText).toContain(`${year}年度学习台账`);
  expect(ledgerText.indexOf('年度学习计划执行情况')).toBeLessThan(ledgerText.indexOf('学习全国妇女十四大精神学习记录'));
  expect(ledgerText).toContain('本月未开展学习');
  for (const t of [pdf.text, person.text, ledgerPdf.text]) expect(t).not.toMatch(/\d{17}[\dX]|1[3-9]\d{9}/);

  // 8. Export the 学习台账.
  await page.setViewportSize({ width: 1366, height: 768 });
  await app.open('/study');
  if (year !== dayjs().year()) {
    await page.getByLabel('年度').click();
    await page.locator('.ant-select-item-option', { hasText: `${year}年` }).click();
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出学习台账（Excel）' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`学习台账_${year}.xlsx`);
  const path = test.info().outputPath('ledger.xlsx');
  await file.saveAs(path);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  expect(wb.worksheets.map((s) => s.name)).toEqual(['年度计划', '学习记录', '个人学时', '补学']);
  const people: string[][] = [];
  wb.getWorksheet('个人学时')!.eachRow((row) => people.push((row.values as unknown[]).slice(2).map(String)));
  // 姓名, 应参加, 参加, 缺席/请假, 已补学, 未补学, 学时
  expect(people).toContainEqual(['刘芳', '1', '0', '1', '1', '0', '2']);
  expect(people).toContainEqual(['张丽', '1', '1', '0', '0', '0', '1']);
});

test('只读操作员：学习记录、计划、材料页和定稿前的记录页都没有写入按钮，打印照常', async ({ app }) => {
  const { page } = app;
  let id = 0;
  await withDb(app.harness.dbPath, async (ctx) => {
    ({ id } = await createFixtureSession(ctx));
    const wang = await saveOperator(ctx, { name: '王主席', role: '管理员' });
    await setOperatorPassword(ctx, wang.id, '1234');
    await saveOperator(ctx, { name: '赵只读', role: '只读' });
  });
  await page.goto(`${app.harness.url}#/study`);
  await expect(page.getByText('社区妇联工作台账已锁定')).toBeVisible();
  await page.getByLabel('选择操作员').getByText('赵只读').click();
  await page.getByRole('button', { name: /^进\s?入$/ }).click();
  await expect(page.getByTestId('session-control')).toContainText('赵只读');
  await expect(page.getByRole('cell', { name: '十一月集中学习' })).toBeVisible();
  for (const name of [/新建学习记录/, /导出学习台账/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '打印学习台账' })).toBeVisible();
  await app.open(`/study/${id}`);
  await expect(page.getByLabel('学习主题')).toBeDisabled();
  for (const name of [/^保\s?存/, /^定\s?稿$/, /^删\s?除$/, /新增材料/, /添加发言/, /添加附件/]) await expect(page.getByRole('button', { name }), String(name)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '打印预览' })).toBeEnabled();
  await app.open('/study/plan');
  await expect(page.getByTestId('plan-totals')).toBeVisible();
  for (const name of [/添加计划/, /按此计划新建/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
  await app.open('/study/materials');
  for (const name of [/新增学习材料/, /添加规则/, /^编\s?辑$/]) await expect(page.getByRole('button', { name })).toHaveCount(0);
});
