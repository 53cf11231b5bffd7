/**
 * Quarterly and yearly figures (issue 13 item 8). Each 议题 is counted once,
 * in the period holding the date of the event that defines the figure; 撤回
 * items are left out entirely (and the 口径 says so). Rates come with the
 * counts they are built from.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppContext } from '../context';
import { CATEGORIES, SATISFIED } from './codes';
import { daysBetween, quarterRange, todayOf } from './dates';

export const FIGURES_KOUJING = [
  '提出：按提出日期计；立项、不予立项、办结：按该事件的日期计；每个议题只计一次。',
  '未办结：截至期末已提出、尚未办结且未被不予立项或表决未通过的议题。',
  '超期：办理时限落在本期、到期时仍未反馈办理情况的议题（含二次办理），每个议题按第一次超期计一次。',
  '办结平均用时取中位数：本期办结的议题从提出（收集）到办结的天数。',
  '满意率 =（满意 + 基本满意）÷ 回访议题数；每个议题按其最近一次回访的结果和日期计一次（“不满意”后二次办理再回访的，以再回访为准）。',
  '已撤回的议题不计入任何数字。',
].join('');

export interface Figures {
  raised: number;
  accepted: number;
  rejected: number;
  closed: number;
  open: number;
  overdue: number;
  medianDays: { value: number | null; n: number };
  satisfaction: { satisfied: number; visited: number; rate: number | null };
}

interface Fact {
  id: number;
  category: string;
  raisedOn: string;
  acceptedOn: string | null;
  rejectedOn: string | null;
  failedOn: string | null;
  closedOn: string | null;
  firstOverdueOn: string | null;
  lastVisit: { date: string; satisfied: boolean } | null;
}

const within = (d: string | null, from: string, to: string) => d !== null && d >= from && d <= to;
export const percent = (n: number, d: number) => (d ? Math.round((n / d) * 1000) / 10 : null);

function median(values: number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One row per 议题 (not withdrawn, not in the 回收站): the dates of its defining events, as of `asOf`. */
async function facts(db: Kysely<Database>, asOf: string): Promise<{ facts: Fact[]; withdrawnRaised: string[] }> {
  const items = await db.selectFrom('delib_item').select(['id', 'category', 'raised_on', 'state', 'vote_passed', 'voted_on', 'closed_on']).where('deleted_at', 'is', null).where('raised_on', '<=', asOf).execute();
  const kept = items.filter((i) => i.state !== '已撤回');
  const ids = kept.map((i) => i.id);
  const [events, rounds, visits] = ids.length
    ? await Promise.all([
        db.selectFrom('delib_event').select(['item_id', 'kind', 'date']).where('kind', 'in', ['accept', 'reject']).where('item_id', 'in', ids).execute(),
        db.selectFrom('delib_round').select(['item_id', 'due_on', 'feedback_on']).where('item_id', 'in', ids).orderBy('round').execute(),
        db.selectFrom('delib_visit').select(['item_id', 'date', 'result']).where('item_id', 'in', ids).where('date', '<=', asOf).orderBy('date').orderBy('id').execute(),
      ])
    : [[], [], []];
  const upTo = (d: string | null) => (d !== null && d <= asOf ? d : null);
  return {
    withdrawnRaised: items.filter((i) => i.state === '已撤回').map((i) => i.raised_on),
    facts: kept.map((i) => {
      const overdueRound = rounds.find((r) => r.item_id === i.id && r.due_on < asOf && (r.feedback_on === null || r.feedback_on > r.due_on));
      const last = visits.filter((v) => v.item_id === i.id).at(-1);
      return {
        id: i.id,
        category: i.category,
        raisedOn: i.raised_on,
        acceptedOn: upTo(events.find((e) => e.item_id === i.id && e.kind === 'accept')?.date ?? null),
        rejectedOn: upTo(events.find((e) => e.item_id === i.id && e.kind === 'reject')?.date ?? null),
        failedOn: i.vote_passed === 0 ? upTo(i.voted_on) : null,
        closedOn: upTo(i.closed_on),
        // The day after the 时限 is the first day it is overdue.
        firstOverdueOn: overdueRound ? overdueRound.due_on : null,
        lastVisit: last ? { date: last.date, satisfied: (SATISFIED as readonly string[]).includes(last.result) } : null,
      };
    }),
  };
}

function figuresOf(all: Fact[], from: string, to: string, today: string): Figures {
  const end = to < today ? to : today;
  const started = from <= today;
  const closed = all.filter((f) => within(f.closedOn, from, to));
  const visited = all.filter((f) => f.lastVisit && within(f.lastVisit.date, from, to));
  const satisfied = visited.filter((f) => f.lastVisit!.satisfied).length;
  const endedBy = (f: Fact, d: string) => [f.closedOn, f.rejectedOn, f.failedOn].some((x) => x !== null && x <= d);
  return {
    raised: all.filter((f) => within(f.raisedOn, from, to)).length,
    accepted: all.filter((f) => within(f.acceptedOn, from, to)).length,
    rejected: all.filter((f) => within(f.rejectedOn, from, to)).length,
    closed: closed.length,
    open: started ? all.filter((f) => f.raisedOn <= end && !endedBy(f, end)).length : 0,
    overdue: all.filter((f) => within(f.firstOverdueOn, from, to)).length,
    medianDays: { value: median(closed.map((f) => daysBetween(f.raisedOn, f.closedOn!))), n: closed.length },
    satisfaction: { satisfied, visited: visited.length, rate: percent(satisfied, visited.length) },
  };
}

export async function deliberationFigures(ctx: Pick<AppContext, 'db' | 'now'>, year: number) {
  const today = todayOf(ctx);
  const yearEnd = `${year}-12-31`;
  const asOf = yearEnd < today ? yearEnd : today;
  const { facts: all, withdrawnRaised } = await facts(ctx.db, asOf);
  const periods = [1, 2, 3, 4].map((quarter) => ({ quarter, ...quarterRange(year, quarter) }));
  const compute = (subset: Fact[]) => ({
    yearly: figuresOf(subset, `${year}-01-01`, yearEnd, asOf),
    quarters: periods.map((p) => ({ quarter: p.quarter, from: p.from, to: p.to, figures: figuresOf(subset, p.from, p.to, asOf) })),
  });
  const total = compute(all);
  return {
    year,
    asOf,
    koujing: FIGURES_KOUJING,
    /** Withdrawn 议题 raised in the year: left out of every figure, shown so the print can say how many. */
    withdrawnExcluded: withdrawnRaised.filter((d) => d.startsWith(`${year}-`)).length,
    ...total,
    byCategory: CATEGORIES.map((category) => ({ category, ...compute(all.filter((f) => f.category === category)) })),
  };
}
export type DeliberationFigures = Awaited<ReturnType<typeof deliberationFigures>>;
