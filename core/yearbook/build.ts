/**
 * The 年度工作台账 (issue 15 item 4): for one year, one document across modules —
 * what the 街道 inspector asks for. Each part is read through its module's own
 * functions (the figures are the ones the module's pages show); this file only
 * gathers them. The print (renderer/yearbook/print.tsx) and the .xlsx (./xlsx.ts)
 * show this same data. Every string is masked for ID- and phone-shaped runs.
 */
import dayjs from 'dayjs';
import { itemsInOrder } from '../../db/archive/queries';
import { selectBranchInfo } from '../../db/settings/queries';
import { catalogRows } from '../archive/catalog';
import { itemViews } from '../archive/items';
import { isAway, percentOneDecimal } from '../attendance/attendance';
import { maskSensitive } from '../audit/mask';
import type { AppContext } from '../context';
import { ledgerData } from '../deliberation/prints';
import { AppError } from '../errors';
import { listMeetings } from '../meetings/read';
import { listMeetingTypes } from '../meetings/templates';
import { computeMemberStats } from '../members/stats';
import { studyLedger } from '../study/ledger';
import { yearbookOfficers } from './officers';
import { yearbookTitle } from './parts';

/** The stats date: 12-31 of a past year, today for the current one; a future year has nothing to show. */
export function yearbookAsOf(ctx: Pick<AppContext, 'now'>, year: number): string {
  const today = dayjs(ctx.now()).format('YYYY-MM-DD');
  if (year > dayjs(ctx.now()).year()) throw new AppError('VALIDATION', `${year}年还没有到，不能编制该年度的工作台账。`, { field: 'year' });
  const yearEnd = `${year}-12-31`;
  return yearEnd < today ? yearEnd : today;
}

async function meetingsPart(ctx: AppContext, year: number) {
  const [types, list] = await Promise.all([listMeetingTypes(ctx), listMeetings(ctx, { year, query: '' })]);
  // Oldest first, as a ledger reads; the list comes newest first.
  const rows = [...list.rows].reverse().map((m) => ({
    id: m.id,
    date: m.date,
    title: m.title,
    session: m.session,
    typeName: m.typeName,
    host: m.host_name,
    status: m.status,
    expected: m.expected,
    present: m.present,
    rate: percentOneDecimal(m.present, m.expected),
  }));
  const byType = types.map((t) => ({ typeName: t.name, meetings: rows.filter((m) => m.typeName === t.name) }));
  return { total: rows.length, byType };
}

async function studyPart(ctx: AppContext, year: number) {
  const ledger = await studyLedger(ctx, year);
  return {
    summary: ledger.summary,
    emptyMonths: ledger.plan.totals.emptyMonths,
    sessions: ledger.sessions.map((s) => {
      const away = s.attendees.filter(isAway);
      return {
        id: s.id,
        date: s.date,
        form: s.form,
        title: s.title,
        hours: s.hours,
        expected: s.figures.expected,
        present: s.figures.present,
        rate: s.figures.rate,
        away: away.length,
        madeUp: away.filter((a) => a.makeup).length,
        owing: away.filter((a) => a.owesMakeup).length,
        status: s.status,
      };
    }),
    makeups: ledger.makeups.map((m) => ({
      name: m.name,
      sessionDate: m.sessionDate,
      sessionTitle: m.sessionTitle,
      attendance: m.attendance,
      reason: m.reason,
      makeupDate: m.makeup?.date ?? null,
      makeupMethod: m.makeup?.method ?? '',
      owes: m.owes,
    })),
  };
}

async function deliberationPart(ctx: AppContext, year: number) {
  const l = await ledgerData(ctx, year);
  return {
    figures: l.figures,
    sessions: l.sessions.map((s) => ({ id: s.id, date: s.date, title: s.title })),
    items: l.items.map((i) => ({
      code: i.code,
      title: i.title,
      category: i.category,
      raisedOn: i.raisedOn,
      state: i.outcome ? `${i.state}（${i.outcome.label}）` : i.state,
      closedOn: i.outcome?.closedOn ?? null,
      visit: i.visits.at(-1)?.result ?? '',
    })),
  };
}

async function archivePart(ctx: AppContext, year: number) {
  const items = await itemViews(ctx.db, await itemsInOrder(ctx.db).where('archive_item.year', '=', year).execute());
  const rows = catalogRows(items).map((r, n) => ({ ...r, retention: items[n]!.retentionLabel }));
  const kept = rows.filter((r) => !r.作废);
  return { total: kept.length, voided: rows.length - kept.length, pages: kept.reduce((s, r) => s + (r.页数 ?? 0), 0), rows };
}

export async function buildYearbook(ctx: AppContext, year: number) {
  const asOf = yearbookAsOf(ctx, year);
  const info = await selectBranchInfo(ctx.db);
  const [officers, members, meetings, study, deliberation, archive] = await Promise.all([
    yearbookOfficers(ctx),
    computeMemberStats(ctx.db, asOf),
    meetingsPart(ctx, year),
    studyPart(ctx, year),
    deliberationPart(ctx, year),
    archivePart(ctx, year),
  ]);
  const yearbook = {
    year,
    title: yearbookTitle(year),
    asOf,
    compiledOn: dayjs(ctx.now()).format('YYYY-MM-DD'),
    // The branch's own 联系电话 is left out: the yearbook carries no phone at all.
    branch: { name: info.name, street: info.street, fondsCode: info.fondsCode },
    officers,
    members,
    meetings,
    study,
    deliberation,
    archive,
  };
  // A second net: titles, reasons and names are free text, and may hold an ID or a phone.
  return maskSensitive(yearbook) as typeof yearbook;
}
export type Yearbook = Awaited<ReturnType<typeof buildYearbook>>;
