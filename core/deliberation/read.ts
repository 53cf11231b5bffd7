/**
 * Reading 议题: the list (with the overdue / due-soon flag), the board, one
 * item with its timeline, per member, per session. Contacts are masked here,
 * once, for every screen and print that shows them.
 */
import {
  selectCoUnits,
  selectEvents,
  selectItemRow,
  selectItemRows,
  selectProgress,
  selectRounds,
  selectSeconders,
  selectVisits,
  type ItemDbRow,
  type ItemWhere,
} from '../../db/deliberation/queries';
import { maskFreeText, maskSensitive } from '../audit/mask';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { OutcomeGrade } from './codes';
import { daysBetween, quarterRange, todayOf } from './dates';
import { ENTRIES, nextSteps, STATES, TRANSITION_NAMES, canTransition, type DelibState, type EntryName, type TransitionName } from './lifecycle';
import { gradeLabel, loadSettings, type DeliberationSettings } from './settings';
import type { ListFilters } from './schema';

export const itemLabel = (i: Pick<ItemDbRow, 'code' | 'title'>) => `${i.code}《${i.title}》`;

export async function loadItem(ctx: Pick<AppContext, 'db'>, id: number, db = ctx.db): Promise<ItemDbRow> {
  const row = await selectItemRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的议题，可能已被删除。`);
  return row;
}

export type DueFlag = 'overdue' | 'soon' | null;

/** Only a 议题 being carried out (落实) has a running 时限. */
export function dueFlag(row: Pick<ItemDbRow, 'state' | 'due_on'>, today: string, warnDays: number): { due: DueFlag; daysLeft: number | null } {
  if (row.state !== '落实' || !row.due_on) return { due: null, daysLeft: null };
  const daysLeft = daysBetween(today, row.due_on);
  return { due: daysLeft < 0 ? 'overdue' : daysLeft <= warnDays ? 'soon' : null, daysLeft };
}

function proposerOf(row: ItemDbRow) {
  return row.proposer_member_id !== null
    ? { kind: '代表' as const, memberId: row.proposer_member_id, name: row.proposer_name, contact: '', via: null }
    : {
        kind: '居民' as const,
        memberId: null,
        name: row.proposer_name,
        /** Masked (DESIGN §4.3): phone-shaped runs show as 138****5678. */
        contact: maskFreeText(row.proposer_contact),
        via: row.via_member_id === null ? null : { memberId: row.via_member_id, name: row.via_name ?? '' },
      };
}

function voteOf(row: ItemDbRow) {
  if (row.vote_present === null) return null;
  return {
    date: row.voted_on!,
    expected: row.vote_expected!,
    present: row.vote_present,
    yes: row.vote_yes!,
    no: row.vote_no!,
    abstain: row.vote_abstain!,
    passed: row.vote_passed === 1,
    ruleText: row.vote_rule ?? '',
    resolution: maskFreeText(row.resolution),
  };
}

async function summaries(ctx: Pick<AppContext, 'db' | 'now'>, rows: ItemDbRow[], settings: DeliberationSettings) {
  const ids = rows.map((r) => r.id);
  const [seconders, coUnits] = await Promise.all([selectSeconders(ctx.db, ids), selectCoUnits(ctx.db, ids)]);
  const today = todayOf(ctx);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    year: r.year,
    title: maskFreeText(r.title),
    category: r.category,
    source: r.source,
    method: r.method,
    raisedOn: r.raised_on,
    state: r.state as DelibState,
    stateOn: r.state_on,
    proposer: proposerOf(r),
    seconders: seconders.filter((s) => s.item_id === r.id).map((s) => ({ memberId: s.member_id, name: s.name })),
    meeting: r.meeting_id === null ? null : { id: r.meeting_id, title: r.meeting_title ?? '', date: r.meeting_date ?? '', place: r.meeting_place ?? '' },
    mainUnit: r.main_unit_id === null ? null : { id: r.main_unit_id, name: r.main_unit_name ?? '' },
    coUnits: coUnits.filter((c) => c.item_id === r.id).map((c) => ({ id: c.unit_id, name: c.name })),
    round: r.round,
    /** 二次办理 from round 2 on. */
    redo: r.round >= 2,
    dueOn: r.due_on,
    ...dueFlag(r, today, settings.warnDays),
    vote: voteOf(r),
    outcome: r.outcome_grade === null ? null : { grade: r.outcome_grade as OutcomeGrade, label: gradeLabel(settings, r.outcome_grade as OutcomeGrade), text: maskFreeText(r.outcome_text), reason: maskFreeText(r.outcome_reason), closedOn: r.closed_on },
    endReason: maskFreeText(r.end_reason),
  }));
}
export type ItemSummary = Awaited<ReturnType<typeof summaries>>[number];

function whereOf(f: ListFilters, today: string, warnDays: number): ItemWhere {
  const where: ItemWhere = { state: f.state, category: f.category, source: f.source, method: f.method, proposerMemberId: f.proposerMemberId, mainUnitId: f.mainUnitId, query: f.query || undefined };
  if (f.year) {
    const range = f.quarter ? quarterRange(f.year, f.quarter) : { from: `${f.year}-01-01`, to: `${f.year}-12-31` };
    where.raisedFrom = range.from;
    where.raisedTo = range.to;
  }
  if (f.due === 'overdue') where.dueBefore = today;
  if (f.due === 'due') where.dueBefore = new Date(Date.parse(`${today}T00:00:00Z`) + (warnDays + 1) * 86400000).toISOString().slice(0, 10);
  return where;
}

export async function listItems(ctx: AppContext, filters: ListFilters) {
  const settings = await loadSettings(ctx.db);
  const rows = await selectItemRows(ctx.db, whereOf(filters, todayOf(ctx), settings.warnDays));
  const items = await summaries(ctx, rows, settings);
  return { items, total: items.length, overdue: items.filter((i) => i.due === 'overdue').length, dueSoon: items.filter((i) => i.due === 'soon').length };
}

/** The board: every state in lifecycle order, each with its 议题 (filters as the list). */
export async function board(ctx: AppContext, filters: ListFilters) {
  const { items } = await listItems(ctx, { ...filters, state: undefined });
  return { columns: STATES.map((state) => ({ state, items: items.filter((i) => i.state === state) })) };
}

const EVENT_LABELS: Record<string, string> = {
  create: '登记议题',
  update: '修改议题',
  submit: '提交研判',
  accept: '立项',
  reject: '不予立项',
  schedule: '列入议事会',
  unschedule: '移出议事会',
  vote: '审议表决',
  assign: '交办',
  progress: '进展',
  reminder: '催办',
  feedback: '反馈/公示',
  visit: '回访',
  redo: '二次办理',
  close: '办结',
  withdraw: '撤回',
};
export const eventLabel = (kind: string) => EVENT_LABELS[kind] ?? kind;

/** Full records (the 议题 page, the 反馈单, the 台账): parts in one query each. */
export async function itemDetails(ctx: Pick<AppContext, 'db' | 'now'>, rows: ItemDbRow[], settings?: DeliberationSettings) {
  const s = settings ?? (await loadSettings(ctx.db));
  const ids = rows.map((r) => r.id);
  const [base, events, rounds, progress, visits] = await Promise.all([summaries(ctx, rows, s), selectEvents(ctx.db, ids), selectRounds(ctx.db, ids), selectProgress(ctx.db, ids), selectVisits(ctx.db, ids)]);
  return rows.map((r, i) => {
    const state = r.state as DelibState;
    return {
      ...base[i]!,
      /** ID- and phone-shaped runs masked (DESIGN §4.3); the edit form reads getForEdit. */
      content: maskFreeText(r.content),
      rounds: rounds.filter((x) => x.item_id === r.id).map((x) => ({ round: x.round, startedOn: x.started_on, dueOn: x.due_on, feedbackOn: x.feedback_on, feedbackText: maskFreeText(x.feedback_text), publicizedOn: x.publicized_on })),
      progress: progress.filter((x) => x.item_id === r.id).map((x) => ({ id: x.id, round: x.round, kind: x.kind, date: x.date, content: maskFreeText(x.content), byName: x.by_name })),
      visits: visits.filter((x) => x.item_id === r.id).map((x) => ({ id: x.id, round: x.round, date: x.date, result: x.result, method: x.method, visitor: x.visitor, note: maskFreeText(x.note) })),
      timeline: events
        .filter((e) => e.item_id === r.id)
        .map((e) => ({ id: e.id, at: e.at, date: e.date, operator: e.operator_name, kind: e.kind, label: eventLabel(e.kind), fromState: e.from_state, toState: e.to_state, note: maskFreeText(e.note), payload: maskSensitive(JSON.parse(e.payload_json)) as Record<string, unknown> })),
      /** What the screen may offer now (core still checks each call). */
      transitions: TRANSITION_NAMES.filter((n) => canTransition(state, n)) as TransitionName[],
      entries: (Object.keys(ENTRIES) as EntryName[]).filter((e) => (ENTRIES[e].in as readonly DelibState[]).includes(state)),
      nextSteps: nextSteps(state),
      deletable: state === '收集',
      editable: !['办结', '不予立项', '未通过', '已撤回'].includes(state),
    };
  });
}
export type ItemDetail = Awaited<ReturnType<typeof itemDetails>>[number];

export async function getItem(ctx: AppContext, id: number): Promise<ItemDetail> {
  return (await itemDetails(ctx, [await loadItem(ctx, id)]))[0]!;
}

/** The item as typed, for its edit form: the 居民's contact unmasked (the form writes it back). */
export async function getItemForEdit(ctx: AppContext, id: number) {
  const row = await loadItem(ctx, id);
  const seconders = await selectSeconders(ctx.db, [id]);
  return {
    id,
    code: row.code,
    state: row.state as DelibState,
    item: {
      title: row.title,
      content: row.content,
      source: row.source,
      category: row.category,
      method: row.method,
      raisedOn: row.raised_on,
      proposer:
        row.proposer_member_id !== null
          ? { kind: '代表' as const, memberId: row.proposer_member_id }
          : { kind: '居民' as const, name: row.proposer_name, contact: row.proposer_contact, viaMemberId: row.via_member_id! },
      seconderIds: seconders.map((s) => s.member_id),
    },
  };
}

/** For the member detail: what a representative raised (or brought for a resident) and what she seconded. */
export async function itemsOfMember(ctx: AppContext, memberId: number) {
  const settings = await loadSettings(ctx.db);
  const raised = await summaries(ctx, await selectItemRows(ctx.db, { proposerMemberId: memberId }), settings);
  const secondedIds = (await ctx.db.selectFrom('delib_seconder').select('item_id').where('member_id', '=', memberId).execute()).map((r) => r.item_id);
  const seconded = await summaries(ctx, await selectItemRows(ctx.db, { ids: secondedIds }), settings);
  return { raised, seconded };
}
