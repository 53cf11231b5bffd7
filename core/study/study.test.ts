import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';
import { createFixtureSession, fixtureSessionInput } from './fixture';
import { personHalves, ruleHalves, spanHalves } from './hours';
import type { SessionDetail } from './read';

type Session = SessionDetail;

describe('学时 arithmetic', () => {
  it('rules fill the default; 按实际时长 rounds the span down to the half hour', () => {
    expect(spanHalves('09:00', '11:45')).toBe(5);
    expect(spanHalves('09:00', '')).toBeNull();
    expect(ruleHalves({ id: 1, name: '全天', kind: 'fixed', hoursHalves: 16 }, '', '')).toBe(16);
    expect(ruleHalves({ id: 3, name: '按实际时长', kind: 'per_hour', hoursHalves: 0 }, '14:00', '15:20')).toBe(2);
  });

  it('present people earn the session hours or their override; absent ones only their 补学', () => {
    expect(personHalves({ hoursHalves: 4 }, { attendance: '出席', hoursHalves: null }, null).total).toBe(4);
    expect(personHalves({ hoursHalves: 4 }, { attendance: '出席', hoursHalves: 2 }, null).total).toBe(2);
    expect(personHalves({ hoursHalves: 4 }, { attendance: '请假', hoursHalves: null }, null).total).toBe(0);
    expect(personHalves({ hoursHalves: 4 }, { attendance: '缺席', hoursHalves: null }, { hoursHalves: 3 })).toEqual({ attended: 0, makeup: 3, total: 3 });
  });

  it('counts a December session and its January 补学 in the session year, overrides included', async () => {
    const { ok, ctx } = await openAppLike();
    const { input, members } = await fixtureSessionInput(ctx, { date: '2026-12-28', planItemId: null });
    const { id } = await ok<{ id: number }>('study.create', input);
    await ok('study.finalize', { id });
    const s = await ok<Session>('study.get', { id });
    const liu = s.attendees.find((a) => a.name === '刘芳')!;
    expect(liu.owesMakeup).toBe(true);
    ctx.now = () => new Date('2027-01-06T09:00:00+08:00');
    await ok('study.addMakeup', { attendeeId: liu.id, date: '2027-01-05', method: '自学通知原文', reflection: '要做好关爱工作。', hours: 1.5 });

    const y2026 = await ok<{ years: Array<{ year: number; hours: number; madeUp: number }> }>('study.person', { memberId: members.liu });
    expect(y2026.years).toEqual([expect.objectContaining({ year: 2026, hours: 1.5, madeUp: 1 })]);
    const zhang = await ok<{ years: Array<{ hours: number }> }>('study.person', { memberId: members.zhang, year: 2026 });
    expect(zhang.years[0]!.hours).toBe(1);
    const ledger2026 = await ok<{ summary: Record<string, number>; people: Array<{ name: string; hours: number }> }>('study.ledger', { year: 2026 });
    // 王秀英 2 + 李桂兰 2 + 张丽 1 + 刘芳 1.5 (补学) + 周建国 2 (列席)
    expect(ledger2026.summary).toMatchObject({ sessions: 1, people: 5, hours: 8.5, makeupsDone: 1, makeupOwed: 0 });
    expect((await ok<{ summary: Record<string, number> }>('study.ledger', { year: 2027 })).summary).toMatchObject({ sessions: 0, hours: 0 });
  });

  it('the hours rule fills the session hours when none is typed', async () => {
    const { ok, ctx } = await openAppLike();
    const rules = await ok<Array<{ id: number; name: string }>>('study.hoursRules');
    const byName = (n: string) => rules.find((r) => r.name === n)!.id;
    const { input } = await fixtureSessionInput(ctx, { hours: null, hoursRuleId: byName('半天') });
    input.attendees[2] = { ...input.attendees[2]!, hours: null };
    const a = await ok<{ id: number }>('study.create', input);
    expect((await ok<Session>('study.get', a)).hours).toBe(4);
    const b = await ok<{ id: number }>('study.create', { ...input, hoursRuleId: byName('按实际时长'), startTime: '14:30', endTime: '16:10' });
    expect((await ok<Session>('study.get', b)).hours).toBe(1.5);
  });
});

describe('bad input is refused in Chinese naming the field, and nothing is written', () => {
  it('请假 without a reason, hours outside 0–24 or off the half hour, end before start', async () => {
    const { call, ctx, db } = await openAppLike();
    const { input } = await fixtureSessionInput(ctx);
    const cases: Array<[unknown, string]> = [
      [{ ...input, attendees: input.attendees.map((a) => (a.name === '刘芳' ? { ...a, reason: '' } : a)) }, '刘芳请假，请填写请假原因'],
      [{ ...input, hours: 25 }, '学时应在0到24之间'],
      [{ ...input, hours: 1.3 }, '学时应以0.5为单位'],
      [{ ...input, attendees: input.attendees.map((a) => (a.name === '张丽' ? { ...a, hours: 3 } : a)) }, '张丽的个人学时（3）不能超过本次学时（2）'],
      [{ ...input, startTime: '16:00', endTime: '15:00' }, '结束时间应晚于开始时间'],
      [{ ...input, date: '2026-02-30' }, '学习日期不是有效日期'],
      [{ ...input, title: '' }, '请填写学习主题'],
    ];
    for (const [bad, message] of cases) {
      const answer = await call('study.create', bad);
      expect(answer, message).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(message) } });
    }
    expect(await db.selectFrom('study_session').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('study_attendee').selectAll().execute()).toEqual([]);
  });

  it('补学 for someone who attended, before the session, on a draft, or twice', async () => {
    const { ok, call, ctx, db } = await openAppLike();
    const { id } = await createFixtureSession(ctx);
    const s = await ok<Session>('study.get', { id });
    const liu = s.attendees.find((a) => a.name === '刘芳')!;
    const wang = s.attendees.find((a) => a.name === '王秀英')!;
    const makeup = { attendeeId: liu.id, date: '2026-11-25', method: '自学', hours: 2 };
    expect(await call('study.addMakeup', makeup)).toMatchObject({ ok: false, error: { message: '学习记录《十一月集中学习》还是草稿，定稿后才能登记补学。' } });
    await ok('study.finalize', { id });
    expect(await call('study.addMakeup', { ...makeup, attendeeId: wang.id })).toMatchObject({ ok: false, error: { message: '王秀英在学习记录《十一月集中学习》中为出席，不需要补学。' } });
    expect(await call('study.addMakeup', { ...makeup, date: '2026-11-10' })).toMatchObject({ ok: false, error: { message: '补学日期（2026-11-10）应晚于学习日期（2026-11-18）。' } });
    expect(await call('study.addMakeup', { ...makeup, hours: 0 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('补学学时应大于0') } });
    expect(await call('study.addMakeup', { ...makeup, method: '' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('请填写补学方式') } });
    expect(await db.selectFrom('study_makeup').selectAll().execute()).toEqual([]);
    await ok('study.addMakeup', makeup);
    expect(await call('study.addMakeup', makeup)).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const after = await ok<Session>('study.get', { id });
    expect(after.attendees.find((a) => a.name === '刘芳')).toMatchObject({ owesMakeup: false, earned: 2, makeup: { date: '2026-11-25', method: '自学', hours: 2 } });
  });
});

describe('定稿, 更正, 回收站 and the audit log, as meetings', () => {
  it('locks the record, keeps it out of the 回收站, audits each write in its transaction', async () => {
    const { ok, call, ctx, auditRows } = await openAppLike();
    const { id, input } = await createFixtureSession(ctx);
    const incomplete = await ok<{ id: number }>('study.create', { ...input, place: '', speaker: { memberId: null, name: '' } });
    expect(await call('study.finalize', incomplete)).toMatchObject({ ok: false, error: { message: '学习记录《十一月集中学习》还不能定稿，请先填写：主讲人、地点。' } });
    await ok('study.remove', incomplete);
    await ok('study.finalize', { id });
    expect(await call('study.update', { id, session: { ...input, title: '改过' } })).toMatchObject({ ok: false, error: { code: 'LOCKED', message: expect.stringContaining('学习记录《十一月集中学习》已定稿') } });
    expect(await call('study.remove', { id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已定稿，不能删除') } });
    await ok('study.addCorrection', { id, what: '张丽学时应为1.5学时', why: '记录笔误', by: '王秀英' });
    expect((await ok<Session>('study.get', { id })).corrections).toEqual([expect.objectContaining({ what: '张丽学时应为1.5学时' })]);
    const rows = await auditRows();
    const studyRows = rows.filter((r) => r.entity_type === 'study');
    expect(studyRows.map((r) => r.action)).toEqual(['create', 'create', 'delete', 'finalize', 'correct']);
    expect(JSON.parse(studyRows[0]!.after_json!)).toMatchObject({ 学习主题: '十一月集中学习', 学时: 2, 参加人员: expect.stringContaining('刘芳（请假：照顾住院的母亲）') });
    const recycled = await ok<{ items: Array<{ type: string; label: string }> }>('recycle.list', {});
    expect(recycled.items).toEqual([expect.objectContaining({ type: 'study', label: '十一月集中学习' })]);
  });

  it('a 只读 operator reads but every write is FORBIDDEN', async () => {
    const { ok, call, ctx, db } = await openAppLike();
    const { id, input, planItemId } = await createFixtureSession(ctx);
    await ok('operators.save', { name: '王主席', role: '管理员' });
    const zhao = await ok<{ id: number }>('operators.save', { name: '赵只读', role: '只读' });
    await ok('session.unlock', { operatorId: zhao.id });
    await ok('study.get', { id });
    await ok('study.list', {});
    await ok('study.planVsHeld', { year: 2026 });
    await ok('study.materials', {});
    const before = await db.selectFrom('study_session').selectAll().execute();
    for (const [method, args] of [
      ['study.create', input],
      ['study.update', { id, session: input }],
      ['study.finalize', { id }],
      ['study.remove', { id }],
      ['study.createMaterial', { title: 'x' }],
      ['study.savePlanItem', { year: 2026, month: 1, topic: 'x' }],
      ['study.removePlanItem', { id: planItemId }],
      ['study.saveHoursRule', { name: '两小时', kind: 'fixed', hours: 2 }],
      ['study.exportLedger', { year: 2026 }],
    ] as const) {
      expect(await call(method, args), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await db.selectFrom('study_session').selectAll().execute()).toEqual(before);
  });
});

describe('plan vs held and search', () => {
  it('lists 12 months with planned items, held sessions, fulfilled links and empty months flagged', async () => {
    const { ok, ctx } = await openAppLike();
    const { id, input } = await createFixtureSession(ctx);
    await ok('study.savePlanItem', { year: 2026, month: 3, topic: '学习《妇女权益保障法》', form: '专题辅导', speaker: '司法所' });
    await ok('study.create', { ...input, date: '2026-06-10', title: '六月自学', form: '自学', planItemId: null });
    const plan = await ok<{ months: Array<{ month: number; empty: boolean; unfulfilled: number; planned: Array<{ topic: string; sessions: Array<{ id: number }> }>; held: unknown[] }>; totals: Record<string, unknown> }>('study.planVsHeld', { year: 2026 });
    expect(plan.months).toHaveLength(12);
    expect(plan.months[2]).toMatchObject({ month: 3, empty: true, unfulfilled: 1, planned: [{ topic: '学习《妇女权益保障法》', sessions: [] }] });
    expect(plan.months[5]).toMatchObject({ month: 6, empty: false, planned: [] });
    expect(plan.months[10]).toMatchObject({ month: 11, empty: false, unfulfilled: 0, planned: [{ sessions: [{ id }] }] });
    expect(plan.totals).toEqual({ planned: 2, fulfilled: 1, held: 2, unplanned: 1, emptyMonths: [1, 2, 3, 4, 5, 7, 8, 9, 10, 12] });
  });

  it('finds sessions by content and materials by title or 文号', async () => {
    const { ok, ctx } = await openAppLike();
    await createFixtureSession(ctx);
    expect(await ok<unknown[]>('study.list', { query: '妇女十四大' })).toHaveLength(1);
    expect(await ok<unknown[]>('study.list', { query: '区妇字〔2026〕12号' })).toHaveLength(1);
    expect(await ok<unknown[]>('study.list', { query: '刘芳' })).toHaveLength(1);
    expect(await ok<unknown[]>('study.list', { query: '不存在的内容' })).toHaveLength(0);
    expect(await ok<Array<{ title: string }>>('study.materials', { query: '〔2026〕12' })).toEqual([expect.objectContaining({ title: '关于深入学习贯彻全国妇女十四大精神的通知' })]);
    expect(await ok<unknown[]>('study.materials', { query: '讲话' })).toHaveLength(1);
  });
});

describe('a member named in a study session', () => {
  it('can go to the 回收站 but is not purged while a session names her', async () => {
    const { ok, call, ctx } = await openAppLike();
    const { members } = await createFixtureSession(ctx);
    await ok('members.delete', { id: members.liu });
    expect(await call('recycle.purge', { type: 'member', id: members.liu })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('该成员出现在学习记录2026-11-18“十一月集中学习”中') },
    });
  });
});
