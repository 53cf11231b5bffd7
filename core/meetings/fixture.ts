/** For tests (vitest and e2e): a small roster with roles, and a complete meeting ready to 定稿. */
import type { AppContext } from '../context';
import { addMembers } from '../members/roster-fixture';
import { meetingInputSchema, type MeetingInput } from './schema';
import { createMeeting } from './service';
import { listMeetingTypes } from './templates';

export async function seedRoster(ctx: AppContext) {
  const ids = await addMembers(ctx, [
    { name: '王秀英', roles: ['妇联主席'] },
    { name: '李桂兰', roles: ['副主席'] },
    { name: '张丽', roles: ['执委'] },
    { name: '刘芳', roles: ['执委', '妇女小组长'] },
    { name: '陈静', roles: ['妇女小组长'] },
    { name: '赵敏', roles: [] },
  ]);
  const [wang, li, zhang, liu, chen, zhao] = ids as [number, number, number, number, number, number];
  return { wang, li, zhang, liu, chen, zhao };
}

export async function typeId(ctx: AppContext, name: string): Promise<number> {
  const type = (await listMeetingTypes(ctx)).find((t) => t.name === name);
  if (!type) throw new Error(`no meeting type ${name}`);
  return type.id;
}

/** 执委会议 with every field §4.6 asks for: 4 expected (3 出席, 1 请假), 1 列席. */
export async function fixtureMeetingInput(ctx: AppContext, overrides: Partial<MeetingInput> = {}): Promise<MeetingInput> {
  const m = await seedRoster(ctx);
  return meetingInputSchema.parse({
    typeId: await typeId(ctx, '执委会议'),
    title: '第四季度执委会议',
    session: '第三届第五次',
    date: '2026-11-20',
    startTime: '09:00',
    endTime: '11:30',
    place: '社区党群服务中心二楼会议室',
    host: { memberId: m.wang, name: '王秀英' },
    recorder: { memberId: m.zhang, name: '张丽' },
    attendees: [
      { memberId: m.wang, name: '王秀英', attendance: '出席' },
      { memberId: m.li, name: '李桂兰', attendance: '出席' },
      { memberId: m.zhang, name: '张丽', attendance: '出席' },
      { memberId: m.liu, name: '刘芳', attendance: '请假', reason: '外出参加区妇联培训' },
      { memberId: null, name: '周建国（社区书记）', attendance: '列席' },
    ],
    topics: [
      {
        title: '传达区妇联第四季度工作会议精神',
        notes: '王秀英传达了会议精神，大家进行了讨论。',
        speeches: [{ speaker: '李桂兰', content: '建议结合巾帼志愿服务开展冬季关爱活动。' }],
      },
      { title: '研究“三八”节活动筹备', speeches: [{ speaker: '周建国（社区书记）', content: '社区可提供活动场地。' }] },
    ],
    resolutions: ['12月开展困难妇女冬季走访慰问，由李桂兰牵头。'],
    actions: [
      { content: '制定走访慰问名单', owner: '李桂兰', dueDate: '2026-12-05', status: '未开始' },
      { content: '联系爱心企业筹集物资', owner: '张丽', dueDate: '2026-11-25', status: '进行中' },
      { content: '上报季度工作总结', owner: '王秀英', dueDate: '2026-11-22', status: '已完成' },
    ],
    ...overrides,
  });
}

export async function createFixtureMeeting(ctx: AppContext, overrides: Partial<MeetingInput> = {}) {
  const input = await fixtureMeetingInput(ctx, overrides);
  const { id } = await createMeeting(ctx, input);
  return { id, input };
}

/** What the fixture meeting's record shows in every format (print and Word); each test adds its own extras. */
export const FIXTURE_RECORD_TEXTS = [
  '第四季度执委会议记录',
  '会议名称',
  '第四季度执委会议（第三届第五次）',
  '2026年11月20日上午9时00分至11时30分',
  '社区党群服务中心二楼会议室',
  '主持人',
  '记录人',
  '应到4人，实到3人，出席率75.0%',
  '周建国（社区书记）',
  '刘芳（请假：外出参加区妇联培训）',
  '李桂兰：建议结合巾帼志愿服务开展冬季关爱活动。',
  '12月开展困难妇女冬季走访慰问，由李桂兰牵头。',
  '主持人（签字）',
  '附：更正记录',
] as const;
