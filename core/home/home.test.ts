/**
 * home.summary and home.yearGrid (issue 15 items 1–2) on one fixture whose every
 * figure is computed by hand below. Today is 2026-11-29 (Q4, past its middle).
 *
 * Meetings (rhythms from migration 013):
 *   执委会议 (每月)      01-10, 02-10, 04-10, 11-05 定稿; 11-05 has 3 actions: due 11-20 进行中 (overdue), 12-10 未开始, 11-01 已完成
 *   工作例会 (每季度)    03-20 定稿                → Q4's not yet held (info, 32 days left)
 *   妇女小组长会议 (每季度) 10-15 定稿
 *   妇女代表大会 (每年)  none                      → this year's not yet held (info)
 *   联席会议 (不定期)    10-20 草稿 (40 days: stale), 11-10 草稿 (19 days: not)
 *   妇女议事会           06-18, the session, a 草稿 (stale too: 164 days)
 *   last year            2025-06-10 执委会议 定稿, not filed
 * Study: plan 3月, 5月, 11月; 03-06 定稿 (planned; 刘芳 请假 owes 补学, 赵敏 缺席 made up), 09-15 草稿 unplanned (stale);
 *   November's planned study not held, 1 day left (warning).
 * 议题: 落实 past its 时限 07-20 (overdue), one in 研判, one 已反馈 (waits for 回访), 收集 since 09-01 (stale), 收集 since 11-20.
 *   Sessions: only Q2 → Q1 and Q3 without (error), Q4 past its middle without (warning).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';
import { backupFileName, backupsDirFor } from '../backup/names';
import type { AppContext } from '../context';
import { driveTo, newItem, seedRepresentatives, seedSession } from '../deliberation/fixture';
import { typeId } from '../meetings/fixture';
import { meetingInputSchema } from '../meetings/schema';
import { createMeeting, finalizeMeeting } from '../meetings/service';
import { addMakeup } from '../study/makeup';
import { seedMaterials } from '../study/fixture';
import { savePlanItem } from '../study/plan';
import { sessionInputSchema } from '../study/schema';
import { createSession as createStudySession, finalizeSession } from '../study/service';
import type { GridRow, HomeEntry } from './entry';
import type { HomeSummary } from './summary';

const at = (date: string) => () => new Date(`${date}T10:00:00+08:00`);

async function meeting(ctx: AppContext, type: string, date: string, final: boolean, actions: unknown[] = []) {
  const input = meetingInputSchema.parse({
    typeId: await typeId(ctx, type),
    title: `${date} ${type}`,
    date,
    startTime: '09:00',
    endTime: '10:00',
    place: '社区会议室',
    host: { name: '王秀英' },
    recorder: { name: '张丽' },
    topics: [{ title: '研究近期工作' }],
    actions,
  });
  const { id } = await createMeeting(ctx, input);
  if (final) await finalizeMeeting(ctx, id);
  return id;
}

async function fixture() {
  const app = await openAppLike();
  const ctx = app.ctx;
  ctx.now = at('2026-11-29');
  const reps = await seedRepresentatives(ctx);

  await meeting(ctx, '执委会议', '2025-06-10', true);
  for (const d of ['2026-01-10', '2026-02-10', '2026-04-10']) await meeting(ctx, '执委会议', d, true);
  await meeting(ctx, '执委会议', '2026-11-05', true, [
    { content: '走访困难妇女', owner: '李桂兰', dueDate: '2026-11-20', status: '进行中' },
    { content: '筹备新年活动', owner: '张丽', dueDate: '2026-12-10', status: '未开始' },
    { content: '上报季度总结', owner: '王秀英', dueDate: '2026-11-01', status: '已完成' },
  ]);
  await meeting(ctx, '工作例会', '2026-03-20', true);
  await meeting(ctx, '妇女小组长会议', '2026-10-15', true);
  await meeting(ctx, '联席会议', '2026-10-20', false);
  await meeting(ctx, '联席会议', '2026-11-10', false);

  const materials = await seedMaterials(ctx);
  const march = await savePlanItem(ctx, { year: 2026, month: 3, topic: '“三八”国际妇女节主题学习', form: '集中学习', speaker: '王秀英', note: '' });
  await savePlanItem(ctx, { year: 2026, month: 5, topic: '学习《反家庭暴力法》', form: '集中学习', speaker: '王秀英', note: '' });
  await savePlanItem(ctx, { year: 2026, month: 11, topic: '学习全国妇女十四大精神', form: '集中学习', speaker: '王秀英', note: '' });
  const session = (date: string, planItemId: number | null, attendees: unknown[]) =>
    sessionInputSchema.parse({
      date,
      startTime: '14:30',
      endTime: '16:30',
      form: '集中学习',
      title: `${date} 学习`,
      content: '学习有关文件精神。',
      host: { memberId: reps.wang, name: '王秀英' },
      speaker: { memberId: reps.wang, name: '王秀英' },
      place: '社区会议室',
      recorder: { memberId: reps.zhang, name: '张丽' },
      hours: 2,
      summary: '大家表示要学以致用。',
      planItemId,
      materialIds: [materials.notice],
      attendees,
    });
  const s1 = await createStudySession(
    ctx,
    session('2026-03-06', march.id, [
      { memberId: reps.wang, name: '王秀英', attendance: '出席' },
      { memberId: reps.zhang, name: '张丽', attendance: '出席' },
      { memberId: reps.liu, name: '刘芳', attendance: '请假', reason: '外出培训' },
      { memberId: reps.zhao, name: '赵敏', attendance: '缺席' },
    ]),
  );
  await finalizeSession(ctx, s1.id);
  const zhao = await ctx.db.selectFrom('study_attendee').select('id').where('session_id', '=', s1.id).where('name', '=', '赵敏').executeTakeFirstOrThrow();
  await addMakeup(ctx, { attendeeId: zhao.id, date: '2026-03-12', method: '自学材料原文并交心得', reflection: '认真学习了材料原文。', hours: 2 });
  await createStudySession(ctx, session('2026-09-15', null, [{ memberId: reps.wang, name: '王秀英', attendance: '出席' }]));

  const sessionId = await seedSession(ctx); // 2026-06-18, a 草稿 meeting of type 妇女议事会
  for (const state of ['落实', '研判', '已反馈'] as const) await driveTo(ctx, (await newItem(ctx, reps)).id, state, sessionId);
  await newItem(ctx, reps, { raisedOn: '2026-09-01', title: '楼道堆物' });
  await newItem(ctx, reps, { raisedOn: '2026-11-20', title: '四点半课堂' });
  return app;
}

/** A backup of this data file made `days` before the ctx clock. */
function backupAged(ctx: AppContext, days: number) {
  const dir = backupsDirFor(ctx.dbPath);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, backupFileName('manual', new Date(ctx.now().getTime() - days * 86_400_000 - 60_000))), 'x');
}

const brief = (entries: HomeEntry[]) => entries.map((e) => [e.module, e.kind, e.severity, e.count]);
const cellsOf = (rows: GridRow[], label: string) => rows.find((r) => r.label === label)!.cells.map((c) => [c.planned, c.held, c.gap]);

describe('home.summary: what needs attention, computed by hand on the fixture', () => {
  it('lists every entry, 红 then 橙 then 蓝, with its count, sentence and link', async () => {
    const app = await fixture();
    const s = await app.ok<HomeSummary>('home.summary');
    expect(s).toMatchObject({ today: '2026-11-29', year: 2026 });
    expect(brief(s.entries)).toEqual([
      ['meetings', 'overdue-actions', 'error', 1],
      ['deliberation', 'overdue-items', 'error', 1],
      ['deliberation', 'quarter-without-session', 'error', 1], // Q1
      ['deliberation', 'quarter-without-session', 'error', 1], // Q3
      ['archive', 'unfiled-last-year', 'error', 1],
      ['meetings', 'stale-drafts', 'warning', 2], // 联席会议 10-20 and the 议事会 session 06-18
      ['study', 'study-due', 'warning', 1],
      ['study', 'makeup-owed', 'warning', 1],
      ['study', 'stale-drafts', 'warning', 1],
      ['deliberation', 'stale-drafts', 'warning', 1],
      ['deliberation', 'quarter-without-session', 'warning', 1], // Q4, past its middle
      ['meetings', 'meeting-due', 'info', 1], // 妇女代表大会 (sort order before 工作例会)
      ['meetings', 'meeting-due', 'info', 1], // 工作例会
      ['deliberation', 'awaiting-review', 'info', 1],
      ['deliberation', 'awaiting-visit', 'info', 1],
    ]);
    const text = s.entries.map((e) => e.text);
    expect(text).toContain('有1项会议行动事项已超过完成时限，尚未完成。');
    expect(text).toContain('2026年第一季度没有召开妇女议事会（每季度至少一次）。');
    expect(text).toContain('2026年第三季度没有召开妇女议事会（每季度至少一次）。');
    expect(text).toContain('本季度（第四季度）已过半，还没有召开妇女议事会。');
    expect(text).toContain('本季度（第四季度）的工作例会尚未召开（每季度一次，还剩32天）。');
    expect(text).toContain('今年的妇女代表大会尚未召开（每年一次，还剩32天）。');
    expect(text).toContain('本月（11月）计划的学习“学习全国妇女十四大精神”尚未开展（还剩1天）。');
    expect(text).toContain('2025年有1份已定稿的记录还没有归档（应在3月前完成上一年度的归档）。');
    const link = (kind: string) => s.entries.find((e) => e.kind === kind)!.link;
    expect(link('overdue-actions')).toEqual({ route: '/meetings/actions', query: { scope: 'overdue' } });
    expect(link('overdue-items')).toEqual({ route: '/deliberation/items', query: { due: 'overdue' } });
    expect(link('unfiled-last-year')).toEqual({ route: '/archive/check', query: { year: '2025' } });
    expect(link('makeup-owed')).toEqual({ route: '/study', query: { owing: '1' } });
    // This year's counts: 9 meetings (the session and the drafts included), 2 study sessions, 5 议题, nothing filed.
    expect(s.counts.map((c) => [c.module, c.label, c.value])).toEqual([
      ['members', '在册妇女', 5],
      ['meetings', '会议记录', 9],
      ['study', '学习记录', 2],
      ['deliberation', '议题', 5],
      ['archive', '归档文件', 0],
    ]);
    expect(s.backup).toEqual({ lastAt: null, ageDays: null, severity: 'error', text: '这个数据文件还没有备份过，请立即备份。' });
  });

  it('an overdue action item done, and a held 工作例会, leave the page', async () => {
    const app = await fixture();
    const action = await app.db.selectFrom('meeting_action').select('id').where('content', '=', '走访困难妇女').executeTakeFirstOrThrow();
    await app.ok('meetings.setActionStatus', { actionId: action.id, status: '已完成' });
    await meeting(app.ctx, '工作例会', '2026-11-26', true);
    const kinds = (await app.ok<HomeSummary>('home.summary')).entries.map((e) => e.text);
    expect(kinds.filter((t) => t.includes('行动事项') || t.includes('工作例会'))).toEqual([]);
  });

  it('last year’s unfiled records: a reminder in February, an error from March', async () => {
    const app = await fixture();
    const unfiled = async (date: string) => {
      app.ctx.now = at(date);
      return (await app.ok<HomeSummary>('home.summary')).entries.filter((e) => e.kind === 'unfiled-last-year').map((e) => [e.severity, e.count, e.text]);
    };
    // As of 2027: "last year" is 2026, whose 7 finalized records are unfiled.
    expect(await unfiled('2027-02-28')).toEqual([['info', 7, '2026年有7份已定稿的记录待归档，请在3月前完成。']]);
    expect(await unfiled('2027-03-01')).toEqual([['error', 7, '2026年有7份已定稿的记录还没有归档（应在3月前完成上一年度的归档）。']]);
    expect(await unfiled('2026-02-28')).toEqual([['info', 1, '2025年有1份已定稿的记录待归档，请在3月前完成。']]);
  });

  it('the last backup: 3 days fine, 8 days a warning, 31 days an error', async () => {
    for (const [days, severity, text] of [
      [3, 'info', '最近一次备份在3天前。'],
      [8, 'warning', '最近一次备份在8天前，已超过7天，请立即备份。'],
      [31, 'error', '最近一次备份在31天前，已超过30天，请立即备份。'],
    ] as const) {
      const app = await fixture();
      backupAged(app.ctx, days);
      const s = await app.ok<HomeSummary>('home.summary');
      expect(s.backup, `${days} days`).toMatchObject({ ageDays: days, severity, text });
    }
  });
});

describe('home.yearGrid: planned / held / gap per quarter, computed by hand', () => {
  it('every row of 2026', async () => {
    const app = await fixture();
    const { rows } = await app.ok<{ rows: GridRow[] }>('home.yearGrid', { year: 2026 });
    expect(cellsOf(rows, '执委会议（每月）')).toEqual([[3, 2, true], [3, 1, true], [3, 0, true], [3, 1, false], [12, 4, false]]);
    expect(cellsOf(rows, '工作例会（每季度）')).toEqual([[1, 1, false], [1, 0, true], [1, 0, true], [1, 0, false], [4, 1, false]]);
    expect(cellsOf(rows, '妇女小组长会议（每季度）')).toEqual([[1, 0, true], [1, 0, true], [1, 0, true], [1, 1, false], [4, 1, false]]);
    expect(cellsOf(rows, '妇女代表大会（每年）')).toEqual([[0, 0, false], [0, 0, false], [0, 0, false], [1, 0, false], [1, 0, false]]);
    expect(cellsOf(rows, '联席会议（不定期）')).toEqual([[null, 0, false], [null, 0, false], [null, 0, false], [null, 2, false], [null, 2, false]]);
    expect(rows.some((r) => r.label.startsWith('妇女议事会（'))).toBe(false); // counted once, in its own row
    expect(cellsOf(rows, '学习（开展 / 计划）')).toEqual([[1, 1, false], [1, 0, true], [0, 1, false], [1, 0, false], [3, 2, false]]);
    expect(cellsOf(rows, '议事会（每季度一次）')).toEqual([[1, 0, true], [1, 1, false], [1, 0, true], [1, 0, false], [4, 1, true]]);
    expect(cellsOf(rows, '议题提出')).toEqual([[null, 0, false], [null, 3, false], [null, 1, false], [null, 1, false], [null, 5, false]]);
    expect(cellsOf(rows, '议题办结')).toEqual([[null, 0, false], [null, 0, false], [null, 0, false], [null, 0, false], [null, 0, false]]);
    // Finalized 2026 records by quarter (meetings and study), none filed; no gap before March 2027.
    expect(cellsOf(rows, '已定稿记录归档（应归 / 已归）')).toEqual([[4, 0, false], [1, 0, false], [0, 0, false], [2, 0, false], [7, 0, false]]);
    // Each cell drills down to the list filtered to its type and quarter.
    const q2 = rows.find((r) => r.label === '执委会议（每月）')!.cells[1]!.link;
    expect(q2).toEqual({ route: '/meetings', query: { typeId: String(await typeId(app.ctx, '执委会议')), from: '2026-04-01', to: '2026-06-30' } });
  });

  it('a cell’s link, given to its list, shows exactly the records it counts', async () => {
    const app = await fixture();
    const { rows } = await app.ok<{ rows: GridRow[] }>('home.yearGrid', { year: 2026 });
    const asFilter = (query: Record<string, string>) => Object.fromEntries(Object.entries(query).map(([k, v]) => [k, k === 'typeId' ? Number(v) : v]));
    const q1 = rows.find((r) => r.label === '执委会议（每月）')!.cells[0]!;
    const meetings = await app.ok<{ rows: { date: string }[] }>('meetings.list', { ...asFilter(q1.link.query!), query: '' });
    expect(meetings.rows.map((r) => r.date)).toEqual(['2026-02-10', '2026-01-10']);
    const study = rows.find((r) => r.label === '学习（开展 / 计划）')!.cells[2]!;
    expect((await app.ok<{ date: string }[]>('study.list', { ...study.link.query, query: '' })).map((r) => r.date)).toEqual(['2026-09-15']);
    const summary = await app.ok<HomeSummary>('home.summary');
    const drafts = summary.entries.find((e) => e.module === 'meetings' && e.kind === 'stale-drafts')!;
    expect((await app.ok<{ rows: { date: string }[] }>('meetings.list', { ...drafts.link.query, query: '' })).rows.map((r) => r.date)).toEqual(['2026-10-20', '2026-06-18']);
  });

  it('refuses a year out of range in Chinese', async () => {
    const app = await fixture();
    expect(await app.call('home.yearGrid', { year: 20260 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('年度') } });
  });
});
