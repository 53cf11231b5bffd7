/**
 * A realistic year of 会议记录 for a demo file: 执委会议 every month, 妇女小组长会议
 * every quarter, two 联席会议, up to today. Attendance from the roster's officers
 * (some 请假), topics with speeches, 决议 and 行动事项 (a few still open, one overdue).
 * Meetings older than two weeks are 定稿; one old 执委会议 stays a 草稿, as happens.
 * Written through the services, so every row is what the app itself writes (and audited).
 * (The 妇女议事会 sessions come from the deliberation demo.)
 */
import dayjs from 'dayjs';
import type { AppContext } from '../context';
import type { AttendeeInput } from '../attendance/schema';
import { meetingInputSchema } from './schema';
import { createMeeting, finalizeMeeting } from './service';
import { listMeetingTypes, membersWithRoles } from './templates';

const EXECUTIVE_TOPICS = [
  ['传达区妇联年度工作会议精神', '研究部署全年工作要点'],
  ['筹备“三八”国际妇女节系列活动', '研究困难妇女帮扶名单'],
  ['总结“三八”节活动', '部署“最美家庭”寻访'],
  ['研究春季妇女健康讲座安排', '巾帼志愿服务队招募'],
  ['部署“两癌”筛查宣传动员', '研究妇女议事会议题办理情况'],
  ['研究暑期儿童托管服务', '上半年工作小结'],
  ['部署防溺水安全宣传', '研究留守儿童关爱活动'],
  ['研究反家暴法宣传周活动', '巾帼志愿者表彰推荐'],
  ['部署重阳节敬老活动', '研究第三季度工作落实情况'],
  ['研究家庭教育讲座安排', '部署冬季困难妇女走访摸底'],
  ['研究年终总结和台账整理', '部署冬季走访慰问'],
  ['年度工作总结', '研究下一年度工作计划'],
];
const PLACE = '社区党群服务中心二楼会议室';
const REASONS = ['外出参加区妇联培训', '单位值班', '照顾生病家人', '身体不适'];

export async function seedDemoMeetings(ctx: AppContext, options: { year: number }) {
  const { year } = options;
  const today = dayjs(ctx.now()).format('YYYY-MM-DD');
  const types = new Map((await listMeetingTypes(ctx)).map((t) => [t.name, t]));
  const officers = await membersWithRoles(ctx, ['妇联主席', '副主席', '执委']);
  const leaders = await membersWithRoles(ctx, ['妇联主席', '妇女小组长']);
  if (officers.length < 3 || !types.has('执委会议')) return { year, meetings: 0, finalized: 0, note: '花名册中执委太少，未生成会议记录（请先生成演示名单）' };

  const planned: { type: string; date: string; title: string; topics: string[]; people: typeof officers }[] = [];
  for (let month = 1; month <= 12; month++) {
    planned.push({ type: '执委会议', date: `${year}-${String(month).padStart(2, '0')}-08`, title: `${month}月执委会议`, topics: EXECUTIVE_TOPICS[month - 1]!, people: officers });
  }
  for (const [q, month] of [1, 4, 7, 10].entries()) {
    planned.push({ type: '妇女小组长会议', date: `${year}-${String(month + 1).padStart(2, '0')}-15`, title: `第${'一二三四'[q]}季度妇女小组长会议`, topics: ['通报近期工作', '收集各片区妇女诉求', '布置下阶段任务'], people: leaders.slice(0, 14) });
  }
  for (const [date, title] of [[`${year}-05-20`, '“两癌”筛查工作联席会议'], [`${year}-11-12`, '冬季关爱行动联席会议']] as const) {
    planned.push({ type: '联席会议', date, title, topics: ['通报情况', '协调事项'], people: officers.slice(0, 3) });
  }

  let made = 0;
  let finalized = 0;
  const staleDraft = planned.filter((p) => p.type === '执委会议' && p.date < dayjs(today).subtract(45, 'day').format('YYYY-MM-DD')).at(-1);
  for (const [i, p] of planned.sort((a, b) => a.date.localeCompare(b.date)).entries()) {
    if (p.date > today || !types.has(p.type) || p.people.length < 2) continue;
    const [host, recorder] = [p.people[0]!, p.people[Math.min(2, p.people.length - 1)]!];
    const attendees: AttendeeInput[] = p.people.map((m, j) =>
      j > 2 && (i + j) % 7 === 0
        ? { memberId: m.memberId, name: m.name, attendance: '请假', reason: REASONS[(i + j) % REASONS.length]! }
        : { memberId: m.memberId, name: m.name, attendance: '出席', reason: '' },
    );
    if (p.type === '联席会议') attendees.push({ memberId: null, name: '周建国（社区书记）', attendance: '列席', reason: '' });
    const present = attendees.filter((a) => a.attendance === '出席');
    const due = dayjs(p.date).add(20, 'day').format('YYYY-MM-DD');
    const input = meetingInputSchema.parse({
      typeId: types.get(p.type)!.id,
      title: p.title,
      date: p.date,
      startTime: '09:00',
      endTime: '10:30',
      place: PLACE,
      host: { memberId: host.memberId, name: host.name },
      recorder: { memberId: recorder.memberId, name: recorder.name },
      attendees,
      topics: p.topics.map((title, k) => ({
        title,
        notes: `${host.name}介绍了有关情况，与会人员进行了讨论。`,
        speeches: [{ speaker: present[(k + 1) % present.length]!.name, content: '建议结合各片区实际，分工到人，按时反馈。' }],
      })),
      resolutions: [`${p.topics[0]}：由${recorder.name}牵头落实，下次会议通报进展。`],
      actions: [
        { content: `落实“${p.topics[0]}”有关安排`, owner: recorder.name, dueDate: due, status: due < today ? '已完成' : '进行中' },
        { content: `收集整理“${p.topics[1] ?? p.topics[0]}”相关材料`, owner: host.name, dueDate: due, status: due < today && i % 5 !== 3 ? '已完成' : '未开始' },
      ],
    });
    const { id } = await createMeeting(ctx, input);
    made++;
    if (p !== staleDraft && dayjs(today).diff(p.date, 'day') > 14) {
      await finalizeMeeting(ctx, id);
      finalized++;
    }
  }
  return { year, meetings: made, finalized };
}
