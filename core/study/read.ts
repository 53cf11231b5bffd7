/** Reading study sessions: full records (one or a year's worth at once), the list, and who still owes 补学. */
import { sql } from 'kysely';
import { selectAttendees, selectSession, selectSessionMaterials, selectSpeeches, type AttendeeDbRow, type SessionDbRow } from '../../db/study/queries';
import { codesOfSources } from '../../db/archive/queries';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { attendanceFigures, isAway, EXPECTED } from '../attendance/attendance';
import { listCorrections } from '../records/corrections';
import { FINAL, type RecordStatus } from '../records/lock';
import { fromHalves, personHalves } from './hours';

/** record_type of study sessions in record_correction. */
export const STUDY_RECORD = 'study';

export const sessionLabel = (s: Pick<SessionDbRow, 'title'>) => `学习记录《${s.title}》`;

export async function loadSession(ctx: Pick<AppContext, 'db'>, id: number, db = ctx.db): Promise<SessionDbRow> {
  const s = await selectSession(db, id);
  if (!s) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的学习记录，可能已被删除。`);
  return s;
}

const owes = (status: RecordStatus, a: Pick<AttendeeDbRow, 'attendance' | 'makeup_id'>) =>
  status === FINAL && isAway(a) && a.makeup_id === null;

function attendeeDetail(session: SessionDbRow, a: AttendeeDbRow) {
  const makeup = a.makeup_id === null ? null : { id: a.makeup_id, date: a.makeup_date!, method: a.makeup_method!, reflection: a.makeup_reflection!, hours: fromHalves(a.makeup_halves!) };
  const h = personHalves({ hoursHalves: session.hours_halves }, { attendance: a.attendance, hoursHalves: a.hours_halves }, a.makeup_halves === null ? null : { hoursHalves: a.makeup_halves });
  return {
    id: a.id,
    memberId: a.member_id,
    name: a.name,
    attendance: a.attendance,
    reason: a.reason,
    hours: a.hours_halves === null ? null : fromHalves(a.hours_halves),
    earned: fromHalves(h.total),
    earnedHalves: h.total,
    makeup,
    owesMakeup: owes(session.status, a),
  };
}

async function planOf(ctx: Pick<AppContext, 'db'>, ids: number[]) {
  if (!ids.length) return new Map<number, { id: number; year: number; month: number; topic: string }>();
  const rows = await ctx.db.selectFrom('study_plan_item').select(['id', 'year', 'month', 'topic']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r]));
}

/** Full records of the given session rows, with parts read in one query each (the ledger reads a whole year). */
export async function sessionDetails(ctx: Pick<AppContext, 'db'>, sessions: SessionDbRow[]) {
  const ids = sessions.map((s) => s.id);
  const [attendees, materials, speeches, plans] = await Promise.all([
    selectAttendees(ctx.db, ids),
    selectSessionMaterials(ctx.db, ids),
    selectSpeeches(ctx.db, ids),
    planOf(ctx, [...new Set(sessions.map((s) => s.plan_item_id).filter((p): p is number => p !== null))]),
  ]);
  const corrections = await Promise.all(ids.map((id) => listCorrections(ctx.db, STUDY_RECORD, id)));
  return sessions.map((s, i) => {
    const people = attendees.filter((a) => a.session_id === s.id).map((a) => attendeeDetail(s, a));
    return {
      id: s.id,
      date: s.date,
      startTime: s.start_time,
      endTime: s.end_time,
      form: s.form,
      title: s.title,
      content: s.content,
      host: { memberId: s.host_member_id, name: s.host_name },
      speaker: { memberId: s.speaker_member_id, name: s.speaker_name },
      place: s.place,
      recorder: { memberId: s.recorder_member_id, name: s.recorder_name },
      hours: fromHalves(s.hours_halves),
      hoursRuleId: s.hours_rule_id,
      summary: s.summary,
      planItemId: s.plan_item_id,
      plan: s.plan_item_id === null ? null : (plans.get(s.plan_item_id) ?? null),
      status: s.status,
      finalizedAt: s.finalized_at,
      materials: materials.filter((m) => m.session_id === s.id).map(({ session_id: _, ...m }) => ({ ...m, docNumber: m.doc_number, publishedOn: m.published_on })),
      attendees: people,
      figures: attendanceFigures(people),
      speeches: speeches.filter((sp) => sp.session_id === s.id).map((sp) => ({ speaker: sp.speaker, content: sp.content })),
      corrections: corrections[i]!,
    };
  });
}
export type SessionDetail = Awaited<ReturnType<typeof sessionDetails>>[number];

export async function getSession(ctx: AppContext, id: number): Promise<SessionDetail & { filedAs: { id: number; code: string } | null }> {
  const detail = (await sessionDetails(ctx, [await loadSession(ctx, id)]))[0]!;
  /** 归档: the item it was filed as (档号), or null (core/archive). */
  return { ...detail, filedAs: (await codesOfSources(ctx.db, STUDY_RECORD, [id])).get(id) ?? null };
}

/** Every session of a year, in date order, as full records (the 学习台账). */
export async function sessionsOfYear(ctx: Pick<AppContext, 'db'>, year: number) {
  const rows = await ctx.db
    .selectFrom('study_session')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .orderBy('date')
    .orderBy('start_time')
    .orderBy('id')
    .execute();
  return sessionDetails(ctx, rows);
}

/** FTS5 trigram for 3+ characters; LIKE for 1–2 (the trigram index cannot match them). */
function textMatch(query: string) {
  const q = query.toLowerCase();
  if ([...q].length >= 3) {
    const phrase = `"${q.replace(/"/g, '""')}"`;
    return sql<boolean>`study_session.id in (select rowid from study_session_fts where study_session_fts match ${phrase})`;
  }
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`study_session.search_text like ${like} escape '\\'`;
}

export async function listSessions(ctx: AppContext, f: { year?: number; status?: RecordStatus; from?: string; to?: string; query: string }) {
  let q = ctx.db
    .selectFrom('study_session')
    .select(['id', 'date', 'start_time as startTime', 'form', 'title', 'host_name as hostName', 'speaker_name as speakerName', 'hours_halves', 'status', 'plan_item_id as planItemId'])
    .select((eb) => [
      eb.selectFrom('study_attendee').whereRef('session_id', '=', 'study_session.id').where('attendance', 'in', EXPECTED).select(eb.fn.countAll<number>().as('n')).as('expected'),
      eb.selectFrom('study_attendee').whereRef('session_id', '=', 'study_session.id').where('attendance', '=', '出席').select(eb.fn.countAll<number>().as('n')).as('present'),
      eb
        .selectFrom('study_attendee')
        .leftJoin('study_makeup', 'study_makeup.attendee_id', 'study_attendee.id')
        .whereRef('study_attendee.session_id', '=', 'study_session.id')
        .where('study_attendee.attendance', 'in', ['缺席', '请假'])
        .where('study_makeup.id', 'is', null)
        .select(eb.fn.countAll<number>().as('n'))
        .as('owing'),
    ])
    .where('deleted_at', 'is', null);
  if (f.year) q = q.where('date', '>=', `${f.year}-01-01`).where('date', '<=', `${f.year}-12-31`);
  if (f.status) q = q.where('status', '=', f.status);
  if (f.from) q = q.where('date', '>=', f.from);
  if (f.to) q = q.where('date', '<=', f.to);
  if (f.query) q = q.where(textMatch(f.query));
  const rows = await q.orderBy('date', 'desc').orderBy('id', 'desc').execute();
  return rows.map(({ hours_halves, ...r }) => ({
    ...r,
    hours: fromHalves(hours_halves),
    expected: Number(r.expected ?? 0),
    present: Number(r.present ?? 0),
    owing: r.status === FINAL ? Number(r.owing ?? 0) : 0,
  }));
}

/** Who still owes 补学: every 缺席/请假 person of a finalized session without one, oldest session first. */
export async function listOwing(ctx: Pick<AppContext, 'db'>, f: { year?: number; memberId?: number }) {
  const q = owingQuery(ctx, f).select(['study_attendee.id as attendeeId', 'study_attendee.member_id as memberId', 'study_attendee.name', 'study_attendee.attendance', 'study_attendee.reason', 'study_session.id as sessionId', 'study_session.title', 'study_session.date', 'study_session.hours_halves']);
  const rows = await q.orderBy('study_session.date').orderBy('study_attendee.sort_order').execute();
  return rows.map(({ hours_halves, ...r }) => ({ ...r, sessionHours: fromHalves(hours_halves) }));
}

/** How many 补学 are still owed (the 首页's count), by the same rule as listOwing. */
export async function countOwing(ctx: Pick<AppContext, 'db'>) {
  const row = await owingQuery(ctx, {}).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function owingQuery(ctx: Pick<AppContext, 'db'>, f: { year?: number; memberId?: number }) {
  let q = ctx.db
    .selectFrom('study_attendee')
    .innerJoin('study_session', 'study_session.id', 'study_attendee.session_id')
    .leftJoin('study_makeup', 'study_makeup.attendee_id', 'study_attendee.id')
    .where('study_session.deleted_at', 'is', null)
    .where('study_session.status', '=', FINAL)
    .where('study_attendee.attendance', 'in', ['缺席', '请假'])
    .where('study_makeup.id', 'is', null);
  if (f.year) q = q.where('study_session.date', '>=', `${f.year}-01-01`).where('study_session.date', '<=', `${f.year}-12-31`);
  if (f.memberId) q = q.where('study_attendee.member_id', '=', f.memberId);
  return q;
}
