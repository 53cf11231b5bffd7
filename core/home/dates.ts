/** Dates as the 首页 reckons them: today by the ctx clock, quarters, N days before. */
import dayjs from 'dayjs';
import type { AppContext } from '../context';
import type { HomeDay } from './entry';

export function homeDay(ctx: Pick<AppContext, 'now'>): HomeDay {
  const today = dayjs(ctx.now()).format('YYYY-MM-DD');
  return { today, year: Number(today.slice(0, 4)) };
}

export const daysBefore = (iso: string, days: number) => dayjs(iso).subtract(days, 'day').format('YYYY-MM-DD');
export const daysBetween = (from: string, to: string) => dayjs(to).diff(dayjs(from), 'day');

export const QUARTER_NAMES = ['第一季度', '第二季度', '第三季度', '第四季度'] as const;
export const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;

export function quarterRange(year: number, quarter: number) {
  const from = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from, to: dayjs(from).add(3, 'month').subtract(1, 'day').format('YYYY-MM-DD') };
}

/** The five ranges of the 年度检查表's columns: Q1–Q4 and the whole year. */
export function gridRanges(year: number) {
  return [1, 2, 3, 4].map((q) => quarterRange(year, q)).concat({ from: `${year}-01-01`, to: `${year}-12-31` });
}

/**
 * A cell of the 年度检查表 is a gap once its period is over with fewer held than
 * planned; the running quarter (and the year until it ends) is not a gap yet.
 */
export const isGap = (range: { to: string }, today: string, held: number, planned: number | null) => planned !== null && range.to < today && held < planned;

/**
 * A quarter of this year "without a 妇女议事会": every past quarter, and the current
 * one once past its middle (from the 16th of its second month), when a session
 * called for its last weeks is still usual.
 */
export function pastMiddle(year: number, quarter: number, today: string) {
  const { from, to } = quarterRange(year, quarter);
  if (today > to) return true;
  return today >= dayjs(from).add(1, 'month').add(15, 'day').format('YYYY-MM-DD');
}
