/**
 * The annual 学习台账 an inspector asks for: the year's plan against what was held,
 * every session's record, each person's hours and the 补学 — one data set, shown as
 * .xlsx (./ledger-xlsx.ts) and printed as one PDF (renderer/print/documents/study-ledger.tsx).
 */
import { isAway } from '../attendance/attendance';
import type { AppContext } from '../context';
import { personTotals, type PersonTotals } from './person';
import { planVsHeld } from './plan';
import { sessionsOfYear, type SessionDetail } from './read';

export interface LedgerPerson extends PersonTotals {
  memberId: number | null;
  name: string;
}

/** Everyone who appears in the year's sessions: roster members by id, free-text names by name. */
export function ledgerPeople(sessions: SessionDetail[]): LedgerPerson[] {
  const groups = new Map<string, { memberId: number | null; name: string; rows: SessionDetail['attendees'] }>();
  for (const s of sessions) {
    for (const a of s.attendees) {
      const key = a.memberId ? `#${a.memberId}` : `=${a.name}`;
      const g = groups.get(key) ?? { memberId: a.memberId, name: a.name, rows: [] };
      g.rows.push(a);
      groups.set(key, g);
    }
  }
  return [...groups.values()].map((g) => ({ memberId: g.memberId, name: g.name, ...personTotals(g.rows) })).sort((a, b) => b.hoursHalves - a.hoursHalves || a.name.localeCompare(b.name, 'zh-CN'));
}

export async function studyLedger(ctx: Pick<AppContext, 'db'>, year: number) {
  const [plan, sessions] = await Promise.all([planVsHeld(ctx, year), sessionsOfYear(ctx, year)]);
  const people = ledgerPeople(sessions);
  const makeups = sessions.flatMap((s) =>
    s.attendees
      .filter((a) => isAway(a))
      .map((a) => ({ sessionId: s.id, sessionDate: s.date, sessionTitle: s.title, name: a.name, attendance: a.attendance, reason: a.reason, makeup: a.makeup, owes: a.owesMakeup })),
  );
  const hoursHalves = people.reduce((sum, p) => sum + p.hoursHalves, 0);
  return {
    year,
    plan,
    sessions,
    people,
    makeups,
    summary: {
      year,
      sessions: sessions.length,
      people: people.length,
      hours: hoursHalves / 2,
      makeupsDone: makeups.filter((m) => m.makeup).length,
      makeupOwed: makeups.filter((m) => m.owes).length,
    },
  };
}
export type StudyLedger = Awaited<ReturnType<typeof studyLedger>>;
