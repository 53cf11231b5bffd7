/**
 * 首页 (issue 15 items 1–2) in Chromium: a data file with an overdue 行动事项 and
 * an overdue 议题 shows both under 需要尽快处理; clicking lands on the list that
 * holds them; the 年度检查表's cell opens the meetings of that type and quarter.
 * Screenshots at 1366×768 for the closing note.
 */
import dayjs from 'dayjs';
import { driveTo, newItem, seedRepresentatives, seedSession } from '../core/deliberation/fixture';
import { typeId } from '../core/meetings/fixture';
import { meetingInputSchema } from '../core/meetings/schema';
import { createMeeting, finalizeMeeting } from '../core/meetings/service';
import { withDb } from './db';
import { expect, test } from './fixtures';

const shot = (name: string) => (process.env.FULIAN_SHOTS_DIR ? `${process.env.FULIAN_SHOTS_DIR}/${name}` : test.info().outputPath(name));
const day = (n: number) => dayjs().add(n, 'day').format('YYYY-MM-DD');

test('首页 lists what is overdue; each entry opens its list; the 年度检查表 drills down to the records', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  const meetingDate = day(-20);
  await withDb(app.harness.dbPath, async (ctx) => {
    const reps = await seedRepresentatives(ctx);
    const { id } = await createMeeting(
      ctx,
      meetingInputSchema.parse({
        typeId: await typeId(ctx, '执委会议'),
        title: '执委会议（首页测试）',
        date: meetingDate,
        startTime: '09:00',
        endTime: '10:00',
        place: '社区会议室',
        host: { name: '王秀英' },
        recorder: { name: '张丽' },
        topics: [{ title: '研究近期工作' }],
        actions: [
          { content: '走访困难妇女家庭', owner: '李桂兰', dueDate: day(-5), status: '进行中' },
          { content: '筹备新年联欢', owner: '张丽', dueDate: day(20), status: '未开始' },
        ],
      }),
    );
    await finalizeMeeting(ctx, id);
    // A 议题 in 落实 whose 时限 (2026-07-20, the fixture's) has passed.
    const sessionId = await seedSession(ctx);
    await driveTo(ctx, (await newItem(ctx, reps, { title: '东门路灯不亮' })).id, '落实', sessionId);
  });

  await app.open('/');
  const urgent = page.getByLabel('需要尽快处理');
  await expect(urgent.getByRole('link', { name: '有1项会议行动事项已超过完成时限，尚未完成。' })).toBeVisible();
  await expect(urgent.getByRole('link', { name: '有1个议题已超过落实时限，尚未反馈。' })).toBeVisible();
  // The harness's daily backup may or may not have run by now: the line is there either way.
  await expect(page.getByText(/^数据备份：(这个数据文件还没有备份过|最近一次备份在今天)/)).toBeVisible();
  // This year's meetings: the 执委会议 and the 议事会 session (a meeting record too).
  await expect(page.getByRole('link', { name: '会议记录 2' })).toBeVisible();
  await page.screenshot({ path: shot('home-1366.png'), fullPage: false });

  // The overdue action item: the 行动事项 list opens on 已逾期, showing it and not the other one.
  await urgent.getByRole('link', { name: /行动事项已超过完成时限/ }).click();
  await expect(page).toHaveURL(/#\/meetings\/actions\?scope=overdue$/);
  await expect(page.getByRole('cell', { name: '走访困难妇女家庭' })).toBeVisible();
  await expect(page.getByRole('cell', { name: '筹备新年联欢' })).toHaveCount(0);

  // The overdue 议题.
  await app.open('/');
  await page.getByLabel('需要尽快处理').getByRole('link', { name: /议题已超过落实时限/ }).click();
  await expect(page).toHaveURL(/#\/deliberation\/items\?due=overdue$/);
  await expect(page.getByText('东门路灯不亮')).toBeVisible();

  // 立即备份 from the 首页: the backup line turns fine.
  await app.open('/');
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText('数据备份：最近一次备份在今天。')).toBeVisible();

  // The 年度检查表: the 执委会议 cell of the meeting's quarter opens that type's meetings of that quarter.
  await page.getByRole('button', { name: '年度检查表' }).click();
  await expect(page).toHaveURL(/#\/home\/grid$/);
  const quarter = ['第一季度', '第二季度', '第三季度', '第四季度'][Math.floor(dayjs(meetingDate).month() / 3)]!;
  if (dayjs(meetingDate).year() === dayjs().year()) {
    const cell = page.getByRole('button', { name: new RegExp(`^执委会议（每月） ${quarter}：应3 实1`) });
    await expect(cell).toBeVisible();
    await page.screenshot({ path: shot('home-grid-1366.png'), fullPage: false });
    await cell.click();
    await expect(page).toHaveURL(/#\/meetings\?typeId=\d+&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    await expect(page.getByText(/^只显示 \d{4}-\d\d-\d\d 至 \d{4}-\d\d-\d\d 的记录$/)).toBeVisible();
    await expect(page.getByRole('cell', { name: '执委会议（首页测试）' })).toBeVisible();
  }

  // 会议类型 → 召开频次: 联席会议 expected each quarter from now on, in the 年度检查表 too.
  await app.open('/meetings/types');
  await page.getByLabel('联席会议的召开频次').click();
  await page.locator('.ant-select-item-option', { hasText: '每季度' }).click();
  await expect(page.getByText('“联席会议”改为每季度召开')).toBeVisible();
  await app.open('/home/grid');
  await expect(page.getByText('联席会议（每季度）', { exact: true })).toBeVisible();
});
