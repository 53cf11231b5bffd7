/** For tests (vitest, e2e, bench): the meetings' small roster, materials, a plan and a complete session ready to 定稿. */
import type { AppContext } from '../context';
import { seedRoster } from '../meetings/fixture';
import { createMaterial } from './materials';
import { savePlanItem } from './plan';
import { sessionInputSchema, type SessionInput } from './schema';
import { createSession } from './service';

export async function seedMaterials(ctx: AppContext) {
  const a = await createMaterial(ctx, {
    title: '关于深入学习贯彻全国妇女十四大精神的通知',
    issuer: '区妇联',
    docNumber: '区妇字〔2026〕12号',
    publishedOn: '2026-10-15',
    kind: '文件',
    source: '区妇联下发',
  });
  const b = await createMaterial(ctx, { title: '在全市基层妇联工作会议上的讲话', issuer: '市妇联', docNumber: '', publishedOn: '2026-09-20', kind: '讲话', source: '市妇联网站' });
  return { notice: a.id, speech: b.id };
}

/** 集中学习 on 2026-11-18, 2 学时: 4 expected (3 出席 — 张丽 only 1 学时 —, 刘芳 请假), 1 列席. */
export async function fixtureSessionInput(ctx: AppContext, overrides: Partial<SessionInput> = {}) {
  const m = await seedRoster(ctx);
  const materials = await seedMaterials(ctx);
  const plan = await savePlanItem(ctx, { year: 2026, month: 11, topic: '学习全国妇女十四大精神', form: '集中学习', speaker: '王秀英', note: '' });
  const input = sessionInputSchema.parse({
    date: '2026-11-18',
    startTime: '14:30',
    endTime: '16:30',
    form: '集中学习',
    title: '十一月集中学习',
    content: '传达学习全国妇女十四大精神，结合社区妇联工作开展讨论。',
    host: { memberId: m.wang, name: '王秀英' },
    speaker: { memberId: m.li, name: '李桂兰' },
    place: '社区党群服务中心二楼会议室',
    recorder: { memberId: m.zhang, name: '张丽' },
    hours: 2,
    summary: '大家一致表示要把会议精神落实到关爱困难妇女的具体工作中。',
    planItemId: plan.id,
    materialIds: [materials.notice, materials.speech],
    attendees: [
      { memberId: m.wang, name: '王秀英', attendance: '出席' },
      { memberId: m.li, name: '李桂兰', attendance: '出席' },
      { memberId: m.zhang, name: '张丽', attendance: '出席', hours: 1 },
      { memberId: m.liu, name: '刘芳', attendance: '请假', reason: '照顾住院的母亲' },
      { memberId: null, name: '周建国（社区书记）', attendance: '列席' },
    ],
    speeches: [{ speaker: '李桂兰', content: '建议把学习和巾帼志愿服务结合起来。' }],
    ...overrides,
  });
  return { input, members: m, materials, planItemId: plan.id };
}

export async function createFixtureSession(ctx: AppContext, overrides: Partial<SessionInput> = {}) {
  const fixture = await fixtureSessionInput(ctx, overrides);
  const { id } = await createSession(ctx, fixture.input);
  return { id, ...fixture };
}
