/**
 * A realistic year of study for a demo file or the bench: a plan for each month,
 * a materials library, sessions (about monthly, a few extra) with the 执委 and
 * 小组长 attending, some 请假/缺席, most finalized and about half of the absences
 * made up. Deterministic for a given seed. Written through the services, so every
 * row is what the app itself would write (and audited).
 */
import dayjs from 'dayjs';
import type { AppContext } from '../context';
import { addMakeup } from './makeup';
import { createMaterial } from './materials';
import { savePlanItem } from './plan';
import { sessionInputSchema, STUDY_FORMS } from './schema';
import { createSession, finalizeSession } from './service';

const TOPICS = [
  '学习全国两会精神',
  '学习《中华人民共和国妇女权益保障法》',
  '学习习近平总书记关于注重家庭家教家风建设的重要论述',
  '传达区妇联年度工作会议精神',
  '学习《反家庭暴力法》典型案例',
  '学习全国妇女十四大精神',
  '巾帼志愿服务专题辅导',
  '学习党的二十届三中全会精神',
  '“三八”国际妇女节主题学习',
  '学习基层妇联组织建设有关文件',
  '学习防范电信诈骗知识',
  '年度学习总结交流',
];
const MATERIALS = [
  { title: '关于深入学习贯彻全国妇女十四大精神的通知', issuer: '区妇联', docNumber: '区妇字〔{Y}〕12号', kind: '文件' as const },
  { title: '中华人民共和国妇女权益保障法', issuer: '全国人大常委会', docNumber: '', kind: '文件' as const },
  { title: '在全市基层妇联工作会议上的讲话', issuer: '市妇联', docNumber: '', kind: '讲话' as const },
  { title: '区妇联年度工作报告', issuer: '区妇联', docNumber: '', kind: '报告' as const },
  { title: '关于开展“最美家庭”寻访活动的通知', issuer: '街道妇联', docNumber: '街妇发〔{Y}〕3号', kind: '文件' as const },
  { title: '反家庭暴力典型案例汇编', issuer: '区法院', docNumber: '', kind: '其他' as const },
];
const REASONS = ['外出培训', '照顾生病家人', '单位值班', '身体不适', '外出探亲'];
const METHODS = ['自学材料原文并交心得', '观看学习视频', '由主讲人单独辅导'];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface DemoStudyOptions {
  year: number;
  sessions?: number;
  people?: number;
  seed?: number;
}

export async function seedDemoStudy(ctx: AppContext, options: DemoStudyOptions) {
  const { year } = options;
  const count = options.sessions ?? 15;
  const rnd = random(options.seed ?? year);
  const today = dayjs(ctx.now()).format('YYYY-MM-DD');
  // Officers first (those with roles), then anyone, up to the number of people wanted.
  const officers = await ctx.db
    .selectFrom('member')
    .select(['member.id', 'member.name'])
    .where('member.deleted_at', 'is', null)
    .where('member.status', '=', '在册')
    .orderBy((eb) => eb.exists(eb.selectFrom('member_role').whereRef('member_role.member_id', '=', 'member.id').select('member_role.role')), 'desc')
    .orderBy('member.id')
    .limit(options.people ?? 14)
    .execute();
  if (officers.length < 3) return { year, sessions: 0, materials: 0, planItems: 0, makeups: 0, note: '花名册人数太少，未生成学习记录（请先生成演示名单）' };

  const materialIds: number[] = [];
  for (const [i, m] of MATERIALS.entries()) {
    const { id } = await createMaterial(ctx, { ...m, docNumber: m.docNumber.replace('{Y}', String(year)), publishedOn: `${year}-${String(1 + i * 2).padStart(2, '0')}-10`, source: `${m.issuer}下发` });
    materialIds.push(id);
  }
  const planIds: number[] = [];
  for (let month = 1; month <= 12; month++) {
    const { id } = await savePlanItem(ctx, { year, month, topic: TOPICS[month - 1]!, form: month % 4 === 0 ? '专题辅导' : '集中学习', speaker: officers[month % 3]!.name, note: '' });
    planIds.push(id);
  }

  let sessions = 0;
  let makeups = 0;
  for (let i = 0; i < count; i++) {
    const dayOfYear = Math.floor(((i + 0.5) / count) * 360);
    const date = dayjs(`${year}-01-01`).add(dayOfYear, 'day').format('YYYY-MM-DD');
    if (date > today) break;
    const month = Number(date.slice(5, 7));
    const planned = i % Math.max(1, Math.round(count / 12)) === 0;
    const halfDay = rnd() < 0.3;
    const people = officers.map((o) => {
      const r = rnd();
      if (r < 0.08) return { memberId: o.id, name: o.name, attendance: '请假' as const, reason: REASONS[Math.floor(rnd() * REASONS.length)]! };
      if (r < 0.12) return { memberId: o.id, name: o.name, attendance: '缺席' as const, reason: '' };
      return { memberId: o.id, name: o.name, attendance: '出席' as const, reason: '', hours: rnd() < 0.05 ? 1 : null };
    });
    const present = people.filter((p) => p.attendance === '出席');
    const input = sessionInputSchema.parse({
      date,
      startTime: halfDay ? '08:30' : '14:30',
      endTime: halfDay ? '11:30' : '16:30',
      form: planned ? (month % 4 === 0 ? '专题辅导' : '集中学习') : STUDY_FORMS[1 + Math.floor(rnd() * 4)],
      title: planned ? TOPICS[month - 1] : `${month}月${['研讨交流', '线上学习', '自学'][i % 3]}`,
      content: `围绕“${TOPICS[month - 1]}”组织学习，结合社区妇联工作实际进行讨论。`,
      host: { memberId: officers[0]!.id, name: officers[0]!.name },
      speaker: { memberId: officers[month % 3]!.id, name: officers[month % 3]!.name },
      place: '社区党群服务中心二楼会议室',
      recorder: { memberId: officers[2]!.id, name: officers[2]!.name },
      hours: halfDay ? 3 : 2,
      summary: '通过学习，大家进一步提高了认识，表示要把学习成果运用到服务妇女群众的实际工作中。',
      planItemId: planned ? planIds[month - 1] : null,
      materialIds: [materialIds[i % materialIds.length]!],
      attendees: people.map((p) => ({ ...p, hours: 'hours' in p && p.hours !== null && p.hours !== undefined ? Math.min(p.hours, halfDay ? 3 : 2) : null })),
      speeches: present.slice(1, 3).map((p) => ({ speaker: p.name, content: '结合自己片区的情况谈了学习体会。' })),
    });
    const { id } = await createSession(ctx, input);
    sessions++;
    const recent = dayjs(today).diff(date, 'day') < 20;
    if (recent) continue; // the latest sessions stay drafts, as in real life
    await finalizeSession(ctx, id);
    const absent = await ctx.db.selectFrom('study_attendee').select(['id']).where('session_id', '=', id).where('attendance', 'in', ['缺席', '请假']).execute();
    for (const a of absent) {
      const on = dayjs(date).add(3 + Math.floor(rnd() * 10), 'day').format('YYYY-MM-DD');
      if (rnd() < 0.6 && on <= today) {
        await addMakeup(ctx, { attendeeId: a.id, date: on, method: METHODS[Math.floor(rnd() * METHODS.length)]!, reflection: '认真学习了材料原文，对相关精神有了更深的理解。', hours: halfDay ? 3 : 2 });
        makeups++;
      }
    }
  }
  return { year, sessions, materials: materialIds.length, planItems: planIds.length, makeups };
}
