/**
 * For tests (vitest, e2e): a 2026 across every module, with 身份证号 and mobiles
 * planted in the data and in free text (决议, 请假原因, 补学方式, 议题 content and
 * title, a meeting title, archive 备注, the branch's own phone) — none may reach
 * the 年度工作台账. Figures, by hand:
 * - 在册妇女 6 (the meetings' roster, core/meetings/fixture.ts), all born 1980 → 45周岁及以上 6 (100.0%);
 * - 妇联班子成员 4 (主席 王秀英, 副主席 李桂兰, 执委 张丽, 执委 刘芳);
 * - 会议 3: 执委会议 2026-11-20 (4 应到, 3 实到, 75.0%), 工作例会 2026-03-10 (75.0%), 妇女议事会 2026-06-18 (0 应到, —);
 * - 学习 1: 2026-11-18, 2 学时, 3/4 = 75.0%, 刘芳 请假 and 补学 on 2026-11-25;
 * - 议题 2 raised, 1 办结 (满意, 满意率 100.0%, 1/1);
 * - 归档 1 paper item of 2 pages.
 */
import { upsertBranchInfo } from '../../db/settings/queries';
import { manualItemSchema } from '../archive/schema';
import { createManualItem } from '../archive/items';
import type { AppContext } from '../context';
import { driveTo, newItem, seedSession } from '../deliberation/fixture';
import { createFixtureMeeting, typeId } from '../meetings/fixture';
import { createMeeting, finalizeMeeting } from '../meetings/service';
import { addMakeup } from '../study/makeup';
import { getSession } from '../study/read';
import { sessionInputSchema } from '../study/schema';
import { createSession, finalizeSession } from '../study/service';

async function rosterIds(ctx: AppContext): Promise<Record<string, number>> {
  const rows = await ctx.db.selectFrom('member').select(['id', 'name']).execute();
  return Object.fromEntries(rows.map((r) => [r.name, r.id]));
}

export const PLANTED_ID = '11010519491231002X';
export const PLANTED_PHONES = ['13812345678', '13912345678', '13512345678', '13700001234', '13600001234', '13800001111'];

export async function seedYearbookFixture(ctx: AppContext) {
  await upsertBranchInfo(ctx.db, { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '王秀英', phone: '13800001111' }, ctx.now().toISOString());

  const meeting = await createFixtureMeeting(ctx, { resolutions: [`走访困难户李某（身份证号 ${PLANTED_ID}，电话 13812345678），由李桂兰牵头。`] });
  await finalizeMeeting(ctx, meeting.id);
  await createMeeting(ctx, { ...meeting.input, typeId: await typeId(ctx, '工作例会'), title: '一季度工作例会（联系人13700001234）', session: '', date: '2026-03-10' });

  const m = await rosterIds(ctx);
  const { id: sessionId } = await createSession(
    ctx,
    sessionInputSchema.parse({
      date: '2026-11-18',
      form: '集中学习',
      title: '十一月集中学习',
      content: '传达学习全国妇女十四大精神。',
      host: { memberId: m.王秀英, name: '王秀英' },
      speaker: { memberId: m.李桂兰, name: '李桂兰' },
      place: '社区党群服务中心二楼会议室',
      recorder: { memberId: m.张丽, name: '张丽' },
      hours: 2,
      attendees: [
        { memberId: m.王秀英, name: '王秀英', attendance: '出席' },
        { memberId: m.李桂兰, name: '李桂兰', attendance: '出席' },
        { memberId: m.张丽, name: '张丽', attendance: '出席' },
        { memberId: m.刘芳, name: '刘芳', attendance: '请假', reason: '照顾住院的母亲，电话13912345678' },
        { memberId: null, name: '周建国（社区书记）', attendance: '列席' },
      ],
    }),
  );
  await finalizeSession(ctx, sessionId);
  const liu = (await getSession(ctx, sessionId)).attendees.find((a) => a.name === '刘芳')!;
  await addMakeup(ctx, { attendeeId: liu.id, date: '2026-11-25', method: '自学材料，电话13512345678汇报', reflection: `身份证 ${PLANTED_ID}`, hours: 2 });

  // The roster's women as representatives (a second roster would repeat its 身份证号).
  await ctx.db.insertInto('member_role').values([m.王秀英!, m.李桂兰!, m.张丽!, m.刘芳!].map((id) => ({ member_id: id, role: '妇女代表' }))).execute();
  const reps = { wang: m.王秀英!, li: m.李桂兰!, zhang: m.张丽!, liu: m.刘芳!, zhao: m.赵敏! };
  const delibSession = await seedSession(ctx);
  const item = await newItem(ctx, reps);
  await driveTo(ctx, item.id, '办结', delibSession);
  await newItem(ctx, reps, { title: '反映13600001234号码骚扰问题', raisedOn: '2026-09-01' });

  await createManualItem(
    ctx,
    manualItemSchema.parse({ docKind: '通知', year: 2026, title: '关于开展三八节活动的通知', responsible: '', docNumber: '', date: '2026-03-01', pages: 2, note: `经办人电话 13812345678，身份证 ${PLANTED_ID}` }),
  );
  return { meetingId: meeting.id, sessionId, itemId: item.id };
}
