/**
 * A realistic year of 会议记录 for a demo file or the bench: a 执委会议 each month,
 * a 工作例会 each quarter, 妇女小组长会议 every other month, the 执委 attending
 * (one 请假 now and then), action items (some overdue, some done). Meetings older
 * than three weeks are 定稿; the latest stay drafts. Written through the service,
 * so every row is what the app itself would write. Deterministic for a given seed.
 */
import dayjs from 'dayjs';
import type { AppContext } from '../context';
import { meetingInputSchema } from './schema';
import { createMeeting, finalizeMeeting } from './service';
import { listMeetingTypes } from './templates';

const PLAN: Array<[type: string, months: number[], day: number, title: (m: number) => string]> = [
  ['执委会议', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 8, (m) => `${m}月执委会议`],
  ['工作例会', [3, 6, 9, 12], 25, (m) => `第${Math.ceil(m / 3)}季度工作例会`],
  ['妇女小组长会议', [2, 4, 6, 8, 10, 12], 15, (m) => `${m}月妇女小组长会议`],
];
const ACTIONS = ['走访慰问困难妇女', '更新妇女花名册', '筹备“三八”节活动', '上报季度工作总结', '组织巾帼志愿服务', '收集妇女诉求并汇总'];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface DemoMeetingsOptions {
  year: number;
  /** Repeat the yearly plan this many times (the bench wants thousands of meetings); default 1. */
  rounds?: number;
  seed?: number;
}

export async function seedDemoMeetings(ctx: AppContext, options: DemoMeetingsOptions) {
  const { year } = options;
  const rnd = random(options.seed ?? year + 7);
  const today = dayjs(ctx.now()).format('YYYY-MM-DD');
  const types = new Map((await listMeetingTypes(ctx)).map((t) => [t.name, t.id]));
  const officers = await ctx.db
    .selectFrom('member')
    .innerJoin('member_role', 'member_role.member_id', 'member.id')
    .select(['member.id', 'member.name'])
    .where('member_role.role', 'in', ['妇联主席', '副主席', '执委'])
    .where('member.status', '=', '在册')
    .where('member.deleted_at', 'is', null)
    .groupBy('member.id')
    .orderBy('member.id')
    .limit(9)
    .execute();
  if (officers.length < 3) return { year, meetings: 0, note: '花名册中执委太少，未生成会议记录（请先生成演示名单）' };
  let meetings = 0;
  let finalized = 0;
  for (let round = 0; round < (options.rounds ?? 1); round++) {
    for (const [typeName, months, day, title] of PLAN) {
      const typeId = types.get(typeName);
      if (!typeId) continue;
      for (const month of months) {
        const date = dayjs(`${year}-${String(month).padStart(2, '0')}-${String(Math.min(28, day + round)).padStart(2, '0')}`).format('YYYY-MM-DD');
        if (date > today) continue;
        const attendees = officers.map((o) => (rnd() < 0.1 ? { memberId: o.id, name: o.name, attendance: '请假' as const, reason: '外出培训' } : { memberId: o.id, name: o.name, attendance: '出席' as const }));
        const present = attendees.filter((a) => a.attendance === '出席');
        const due = (n: number) => dayjs(date).add(n, 'day').format('YYYY-MM-DD');
        const input = meetingInputSchema.parse({
          typeId,
          title: round ? `${title(month)}（${round + 1}）` : title(month),
          date,
          startTime: '09:00',
          endTime: '11:00',
          place: '社区党群服务中心二楼会议室',
          host: { memberId: officers[0]!.id, name: officers[0]!.name },
          recorder: { memberId: officers[2]!.id, name: officers[2]!.name },
          attendees,
          topics: [
            { title: '传达上级妇联会议精神', notes: '传达了会议精神，大家进行了讨论。', speeches: present.slice(0, 2).map((p) => ({ speaker: p.name, content: '结合片区实际谈了落实意见。' })) },
            { title: '研究部署近期工作' },
          ],
          resolutions: ['按分工抓好落实，下次会议通报进展。'],
          actions: [0, 1].map((i) => ({
            content: ACTIONS[(month + i) % ACTIONS.length]!,
            owner: officers[(month + i) % officers.length]!.name,
            dueDate: due(14 + i * 10),
            // Done once its time has passed, mostly; a few stay open past their due date.
            status: due(14 + i * 10) < today ? (rnd() < 0.85 ? '已完成' : '进行中') : '未开始',
          })),
        });
        const { id } = await createMeeting(ctx, input);
        meetings++;
        if (dayjs(today).diff(date, 'day') >= 21) {
          await finalizeMeeting(ctx, id);
          finalized++;
        }
      }
    }
  }
  return { year, meetings, finalized };
}
