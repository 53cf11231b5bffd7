/**
 * The lifecycle's transitions, one function each (./lifecycle.ts holds the
 * table they obey). `runTransition` is the one path every transition takes:
 * load the 议题 in the transaction, refuse what the table does not allow,
 * check the date (not in the future, not before the step it follows), apply
 * the change, then write the event and the audit row — all or nothing.
 */
import type { Kysely, Updateable } from 'kysely';
import { selectItemRow, writeCoUnits } from '../../db/deliberation/queries';
import type { DelibItemTable, DelibState } from '../../db/deliberation/schema';
import type { Database } from '../../db/schema';
import { assertReferencesExist } from '../api/refs';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { SATISFIED, SESSION_TYPE_NAME, type OutcomeGrade, type VisitMethod, type VisitResult } from './codes';
import { addDays, todayOf } from './dates';
import { assertEntry, assertTransition, TRANSITIONS, type EntryName, type TransitionName } from './lifecycle';
import { itemLabel, loadItem } from './read';
import { ENTITY, sessionTypeId, writeEvent } from './service';
import { gradeLabel, loadSettings, voteResult, type VoteCounts } from './settings';

type Row = Awaited<ReturnType<typeof loadItem>>;
type Trx = Kysely<Database>;

interface Step {
  to: DelibState;
  set?: Updateable<DelibItemTable>;
  note?: string;
  /** Readable details for the timeline and the audit log. */
  payload?: Record<string, unknown>;
  /** Extra timeline entries after the transition's own (二次办理). */
  after?: { kind: string; note: string; payload?: Record<string, unknown> }[];
}

interface Dated {
  id: number;
  date: string;
}

/** The earliest date a step may carry: the date of the step it follows (or an earlier defining one). */
type NotBefore = (trx: Trx, item: Row) => Promise<{ date: string; what: string }>;
const sinceStateChange: NotBefore = async (_trx, item) => ({ date: item.state_on, what: `进入“${item.state}”的日期` });

export async function runTransition(
  ctx: AppContext,
  name: TransitionName,
  input: Dated,
  dateLabel: string,
  apply: (trx: Trx, item: Row) => Promise<Step>,
  notBefore: NotBefore = sinceStateChange,
): Promise<{ id: number; state: DelibState }> {
  const today = todayOf(ctx);
  if (input.date > today) throw new AppError('VALIDATION', `${dateLabel}（${input.date}）不能晚于今天（${today}）。`, { field: 'date' });
  return ctx.db.transaction().execute(async (trx) => {
    const item = await loadItem(ctx, input.id, trx);
    assertTransition({ code: item.code, state: item.state }, name);
    const floor = await notBefore(trx, item);
    if (input.date < floor.date) {
      throw new AppError('VALIDATION', `${dateLabel}（${input.date}）不能早于${floor.what}（${floor.date}）。`, { field: 'date' });
    }
    const step = await apply(trx, item);
    if (!(TRANSITIONS[name].to as readonly DelibState[]).includes(step.to)) throw new Error(`lifecycle: ${name} cannot lead to ${step.to}`);
    await trx
      .updateTable('delib_item')
      .set({ ...step.set, state: step.to, state_on: input.date, updated_at: ctx.now().toISOString() })
      .where('id', '=', item.id)
      .execute();
    await writeEvent(trx, ctx, { itemId: item.id, date: input.date, kind: name, from: item.state, to: step.to, note: step.note, payload: step.payload });
    for (const extra of step.after ?? []) await writeEvent(trx, ctx, { itemId: item.id, date: input.date, kind: extra.kind, note: extra.note, payload: extra.payload });
    await recordAudit(trx, ctx, {
      action: 'status',
      entity: ENTITY,
      entityId: item.id,
      label: itemLabel(item),
      before: { 状态: item.state },
      after: { 状态: step.to, 操作: TRANSITIONS[name].label, 日期: input.date, ...(step.note ? { 说明: step.note } : {}), ...step.payload },
      detail: `${TRANSITIONS[name].label}：${item.state} → ${step.to}`,
    });
    return { id: item.id, state: step.to };
  });
}

export const submit = (ctx: AppContext, i: Dated & { note: string }) =>
  runTransition(ctx, 'submit', i, '提交日期', async () => ({ to: '研判', note: i.note }));

export const accept = (ctx: AppContext, i: Dated & { note: string }) =>
  runTransition(ctx, 'accept', i, '立项日期', async () => ({ to: '已立项', note: i.note }));

export const reject = (ctx: AppContext, i: Dated & { reason: string }) =>
  runTransition(ctx, 'reject', i, '研判日期', async () => ({ to: '不予立项', set: { end_reason: i.reason }, note: i.reason, payload: { 不予立项理由: i.reason } }));

/** The meeting must be a 妇女议事会 session, not in the 回收站. */
async function sessionMeeting(trx: Trx, ctx: AppContext, meetingId: number) {
  const typeId = await sessionTypeId(trx, ctx.now());
  const m = await trx.selectFrom('meeting').select(['id', 'title', 'date', 'type_id', 'deleted_at']).where('id', '=', meetingId).executeTakeFirst();
  if (!m || m.deleted_at) throw new AppError('NOT_FOUND', `议事会：找不到编号为 ${meetingId} 的会议记录，可能已被删除，请重新选择。`, { field: 'meetingId' });
  if (m.type_id !== typeId) throw new AppError('VALIDATION', `议事会：会议记录《${m.title}》不是“${SESSION_TYPE_NAME}”类型的会议，议题只能列入妇女议事会。`, { field: 'meetingId' });
  return m;
}

export const schedule = (ctx: AppContext, i: Dated & { meetingId: number }) =>
  runTransition(ctx, 'schedule', i, '列入日期', async (trx) => {
    const m = await sessionMeeting(trx, ctx, i.meetingId);
    return { to: '列入议事会', set: { meeting_id: m.id }, note: `列入${m.date}《${m.title}》`, payload: { 议事会: m.title, 会议日期: m.date, meetingId: m.id } };
  });

export const unschedule = (ctx: AppContext, i: Dated & { reason: string }) =>
  runTransition(ctx, 'unschedule', i, '移出日期', async (_trx, item) => ({
    to: '已立项',
    set: { meeting_id: null },
    note: i.reason,
    payload: { 移出议事会: item.meeting_title ?? '', 原因: i.reason },
  }));

/** 审议 may be recorded on the session's date even if it was put on the agenda later: the floor is 立项. */
const sinceAccepted: NotBefore = async (trx, item) => {
  const accepted = await trx.selectFrom('delib_event').select('date').where('item_id', '=', item.id).where('kind', '=', 'accept').orderBy('id', 'desc').executeTakeFirst();
  return { date: accepted?.date ?? item.raised_on, what: '立项日期' };
};

export const vote = (ctx: AppContext, i: Dated & VoteCounts & { resolution: string }) =>
  runTransition(
    ctx,
    'vote',
    i,
    '审议日期',
    async (trx) => {
      const settings = await loadSettings(trx);
      const result = voteResult(i, settings.voteRule);
      return {
        to: result.passed ? '已表决' : '未通过',
        set: { vote_expected: i.expected, vote_present: i.present, vote_yes: i.yes, vote_no: i.no, vote_abstain: i.abstain, vote_passed: result.passed ? 1 : 0, vote_rule: result.ruleText, voted_on: i.date, resolution: i.resolution },
        note: i.resolution,
        payload: { 应到: i.expected, 实到: i.present, 同意: i.yes, 反对: i.no, 弃权: i.abstain, 表决结果: result.passed ? '通过' : '未通过', 表决规则: result.ruleText },
      };
    },
    sinceAccepted,
  );

async function unitNames(trx: Trx, ids: number[]) {
  if (!ids.length) return new Map<number, { name: string; active: number }>();
  const rows = await trx.selectFrom('delib_unit').select(['id', 'name', 'active']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

export const assign = (ctx: AppContext, i: Dated & { mainUnitId: number; coUnitIds: number[]; dueOn?: string }) =>
  runTransition(ctx, 'assign', i, '交办日期', async (trx, item) => {
    await assertReferencesExist(trx, 'delib_unit', [{ id: i.mainUnitId, field: '主办单位' }, ...i.coUnitIds.map((id, n) => ({ id, field: `协办单位第${n + 1}个` }))]);
    const units = await unitNames(trx, [i.mainUnitId, ...i.coUnitIds]);
    const off = [i.mainUnitId, ...i.coUnitIds].find((id) => units.get(id)!.active !== 1);
    if (off) throw new AppError('VALIDATION', `承办单位“${units.get(off)!.name}”已停用，请选择其他单位。`, { field: off === i.mainUnitId ? 'mainUnitId' : 'coUnitIds' });
    const settings = await loadSettings(trx);
    const dueOn = i.dueOn ?? addDays(i.date, settings.assignDays);
    if (dueOn < i.date) throw new AppError('VALIDATION', `办理时限（${dueOn}）不能早于交办日期（${i.date}）。`, { field: 'dueOn' });
    await writeCoUnits(trx, item.id, i.coUnitIds);
    await trx.insertInto('delib_round').values({ item_id: item.id, round: 1, started_on: i.date, due_on: dueOn, feedback_on: null, publicized_on: null }).execute();
    const co = i.coUnitIds.map((id) => units.get(id)!.name);
    return {
      to: '落实',
      set: { main_unit_id: i.mainUnitId, round: 1, due_on: dueOn },
      note: `主办：${units.get(i.mainUnitId)!.name}${co.length ? `；协办：${co.join('、')}` : ''}；时限：${dueOn}`,
      payload: { 主办: units.get(i.mainUnitId)!.name, 协办: co.join('、'), 办理时限: dueOn },
    };
  });

/** 进展 and 催办 while 落实: timeline entries, not transitions (the state stays). */
export async function addEntry(ctx: AppContext, name: EntryName, i: Dated & { content: string; byName: string }) {
  const today = todayOf(ctx);
  const kind = name === 'progress' ? '进展' : '催办';
  if (i.date > today) throw new AppError('VALIDATION', `${kind}日期（${i.date}）不能晚于今天（${today}）。`, { field: 'date' });
  return ctx.db.transaction().execute(async (trx) => {
    const item = await loadItem(ctx, i.id, trx);
    assertEntry({ code: item.code, state: item.state }, name);
    if (i.date < item.state_on) throw new AppError('VALIDATION', `${kind}日期（${i.date}）不能早于本轮办理开始的日期（${item.state_on}）。`, { field: 'date' });
    const { id } = await trx
      .insertInto('delib_progress')
      .values({ item_id: item.id, round: item.round, kind, date: i.date, content: i.content, by_name: i.byName, created_at: ctx.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeEvent(trx, ctx, { itemId: item.id, date: i.date, kind: name, note: i.content, payload: i.byName ? { 填写人: i.byName } : {} });
    await recordAudit(trx, ctx, { action: 'create', entity: ENTITY, entityId: item.id, label: itemLabel(item), after: { [kind]: i.content, 日期: i.date, ...(i.byName ? { 填写人: i.byName } : {}) }, detail: `添加${kind}` });
    return { id };
  });
}

export const feedback = (ctx: AppContext, i: Dated & { text: string; publicizedOn: string | null }) =>
  runTransition(ctx, 'feedback', i, '反馈日期', async (trx, item) => {
    if (i.publicizedOn && i.publicizedOn > todayOf(ctx)) throw new AppError('VALIDATION', `公示日期（${i.publicizedOn}）不能晚于今天。`, { field: 'publicizedOn' });
    await trx.updateTable('delib_round').set({ feedback_on: i.date, feedback_text: i.text, publicized_on: i.publicizedOn }).where('item_id', '=', item.id).where('round', '=', item.round).execute();
    return { to: '已反馈', note: i.text, payload: { 办理情况: i.text, ...(i.publicizedOn ? { 公示日期: i.publicizedOn } : {}), 办理轮次: item.round } };
  });

/** 不满意 sends it back to 落实 as 二次办理, with a new 时限 (given, or the default). */
export const visit = (ctx: AppContext, i: Dated & { result: VisitResult; method: VisitMethod; visitor: string; note: string; newDueOn?: string }) =>
  runTransition(
    ctx,
    'visit',
    i,
    '回访日期',
    async (trx, item) => {
      await trx.insertInto('delib_visit').values({ item_id: item.id, round: item.round, date: i.date, result: i.result, method: i.method, visitor: i.visitor, note: i.note, created_at: ctx.now().toISOString() }).execute();
      const payload = { 满意度: i.result, 回访方式: i.method, 回访人: i.visitor, ...(i.note ? { 回访意见: i.note } : {}) };
      if ((SATISFIED as readonly string[]).includes(i.result)) return { to: '已回访', note: i.note, payload };
      const settings = await loadSettings(trx);
      const dueOn = i.newDueOn ?? addDays(i.date, settings.redoDays);
      const round = item.round + 1;
      await trx.insertInto('delib_round').values({ item_id: item.id, round, started_on: i.date, due_on: dueOn, feedback_on: null, publicized_on: null }).execute();
      return {
        to: '落实',
        set: { round, due_on: dueOn },
        note: i.note,
        payload: { ...payload, 二次办理时限: dueOn },
        after: [{ kind: 'redo', note: `回访不满意，转第${round}轮办理（二次办理），时限：${dueOn}`, payload: { 办理轮次: round, 办理时限: dueOn } }],
      };
    },
    async (trx, item) => {
      const round = await trx.selectFrom('delib_round').select('feedback_on').where('item_id', '=', item.id).where('round', '=', item.round).executeTakeFirst();
      return { date: round?.feedback_on ?? item.state_on, what: '反馈日期' };
    },
  );

export const close = (ctx: AppContext, i: Dated & { grade: OutcomeGrade; resultText: string; reason: string }) =>
  runTransition(ctx, 'close', i, '办结日期', async (trx) => {
    const settings = await loadSettings(trx);
    return {
      to: '办结',
      set: { outcome_grade: i.grade, outcome_text: i.resultText, outcome_reason: i.reason, closed_on: i.date, due_on: null },
      note: i.resultText,
      payload: { 办结等级: gradeLabel(settings, i.grade), 办理结果: i.resultText, ...(i.reason ? { 说明理由: i.reason } : {}) },
    };
  });

export const withdraw = (ctx: AppContext, i: Dated & { reason: string }) =>
  runTransition(ctx, 'withdraw', i, '撤回日期', async () => ({ to: '已撤回', set: { end_reason: i.reason, meeting_id: null }, note: i.reason, payload: { 撤回理由: i.reason } }));

/** Re-reads the row (tests, handlers that answer the new state). */
export const reload = (db: Trx, id: number) => selectItemRow(db, id);
