/** Dates as the deliberation rules use them: today in the office's time zone, N days on, days between. */
import dayjs from 'dayjs';
import type { AppContext } from '../context';

export const todayOf = (ctx: Pick<AppContext, 'now'>) => dayjs(ctx.now()).format('YYYY-MM-DD');
export const addDays = (iso: string, days: number) => dayjs(iso).add(days, 'day').format('YYYY-MM-DD');
export const daysBetween = (from: string, to: string) => dayjs(to).diff(dayjs(from), 'day');

export const quarterOf = (iso: string) => Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1;
export function quarterRange(year: number, quarter: number) {
  const start = `${year}-${String((quarter - 1) * 3 + 1).padStart(2, '0')}-01`;
  return { from: start, to: dayjs(start).add(3, 'month').subtract(1, 'day').format('YYYY-MM-DD') };
}
