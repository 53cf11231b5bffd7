/** Per-person study record: for one person, the sessions attended and missed, 补学 and hours, by year. */
import { isAway } from '../attendance/attendance';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { fromHalves } from './hours';
import { sessionDetails, type SessionDetail } from './read';

type Attendee = SessionDetail['attendees'][number];

export interface PersonTotals {
  /** Sessions she was expected at (出席/缺席/请假) plus those she joined as 列席. */
  sessions: number;
  attended: number;
  missed: number;
  madeUp: number;
  owing: number;
  hoursHalves: number;
  hours: number;
}

/** Totals over one person's attendee rows (each from a session of the same year). */
export function personTotals(rows: Attendee[]): PersonTotals {
  const missed = rows.filter((a) => isAway(a));
  const hoursHalves = rows.reduce((sum, a) => sum + a.earnedHalves, 0);
  return {
    sessions: rows.length,
    attended: rows.length - missed.length,
    missed: missed.length,
    madeUp: missed.filter((a) => a.makeup).length,
    owing: rows.filter((a) => a.owesMakeup).length,
    hoursHalves,
    hours: fromHalves(hoursHalves),
  };
}

/** One member's record, optionally for one year; years newest first, entries in date order. */
export async function personRecord(ctx: AppContext, memberId: number, year?: number) {
  const member = await ctx.db.selectFrom('member').select(['id', 'name']).where('id', '=', memberId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!member) throw new AppError('NOT_FOUND', `找不到编号为 ${memberId} 的成员，可能已被删除。`);
  let q = ctx.db
    .selectFrom('study_session')
    .selectAll('study_session')
    .where('study_session.deleted_at', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('study_attendee').whereRef('study_attendee.session_id', '=', 'study_session.id').where('study_attendee.member_id', '=', memberId).select('study_attendee.id')));
  if (year) q = q.where('date', '>=', `${year}-01-01`).where('date', '<=', `${year}-12-31`);
  const sessions = await sessionDetails(ctx, await q.orderBy('date').orderBy('id').execute());
  const entries = sessions.map((s) => {
    const a = s.attendees.find((p) => p.memberId === memberId)!;
    return { sessionId: s.id, date: s.date, title: s.title, form: s.form, status: s.status, sessionHours: s.hours, attendance: a.attendance, reason: a.reason, hours: a.earned, makeup: a.makeup, owesMakeup: a.owesMakeup, attendee: a };
  });
  const years = [...new Set(entries.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => b - a);
  return {
    member: { id: member.id, name: member.name },
    year: year ?? null,
    years: years.map((y) => ({ year: y, ...personTotals(entries.filter((e) => Number(e.date.slice(0, 4)) === y).map((e) => e.attendee)) })),
    entries: entries.map(({ attendee: _, ...e }) => e),
  };
}
export type PersonRecord = Awaited<ReturnType<typeof personRecord>>;
