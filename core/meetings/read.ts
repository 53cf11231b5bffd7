/** Reading meetings: one record in full, the filtered list, and action items across meetings. */
import dayjs from 'dayjs';
import { sql } from 'kysely';
import { codesOfSources } from '../../db/archive/queries';
import { selectLinks } from '../../db/attachments/queries';
import { selectMeetingParts } from '../../db/meetings/queries';
import type { AppContext } from '../context';
import { listCorrections } from '../records/corrections';
import { attendanceFigures, EXPECTED } from '../attendance/attendance';
import type { ActionStatus } from './schema';
import { loadMeeting, MEETING_RECORD } from './service';

const todayOf = (ctx: AppContext) => dayjs(ctx.now()).format('YYYY-MM-DD');

/** Overdue = 完成时限 before today and not 已完成. */
export const isOverdue = (a: { due_date: string | null; status: ActionStatus }, today: string) =>
  a.status !== '已完成' && a.due_date !== null && a.due_date < today;

export async function getMeeting(ctx: AppContext, id: number) {
  const m = await loadMeeting(ctx, id);
  const parts = await selectMeetingParts(ctx.db, id);
  const today = todayOf(ctx);
  const attendees = parts.attendees.map((a) => ({ memberId: a.member_id, name: a.name, attendance: a.attendance, reason: a.reason }));
  return {
    id: m.id,
    typeId: m.type_id,
    typeName: m.type_name,
    title: m.title,
    session: m.session,
    date: m.date,
    startTime: m.start_time,
    endTime: m.end_time,
    place: m.place,
    host: { memberId: m.host_member_id, name: m.host_name },
    recorder: { memberId: m.recorder_member_id, name: m.recorder_name },
    status: m.status,
    finalizedAt: m.finalized_at,
    attendees,
    figures: attendanceFigures(attendees),
    topics: parts.topics.map((t) => ({ title: t.title, notes: t.notes, speeches: JSON.parse(t.speeches) as Array<{ speaker: string; content: string }> })),
    resolutions: parts.resolutions.map((r) => r.content),
    actions: parts.actions.map((a) => ({
      id: a.id,
      content: a.content,
      owner: a.owner,
      dueDate: a.due_date,
      status: a.status,
      carriedFromId: a.carried_from_id,
      overdue: isOverdue(a, today),
    })),
    corrections: await listCorrections(ctx.db, MEETING_RECORD, id),
    /** 归档: the item it was filed as (档号), or null (core/archive). */
    filedAs: (await codesOfSources(ctx.db, MEETING_RECORD, [id])).get(id) ?? null,
    /** File names, for the printout and Word export; the editor lists them with attachments.list. */
    attachments: (await selectLinks(ctx.db, { type: MEETING_RECORD, id })).map((a) => a.file_name),
  };
}
export type MeetingDetail = Awaited<ReturnType<typeof getMeeting>>;

/** FTS5 trigram for 3+ characters; LIKE for 1–2 (the trigram index cannot match them). */
function textMatch(query: string) {
  const q = query.toLowerCase();
  if ([...q].length >= 3) {
    const phrase = `"${q.replace(/"/g, '""')}"`;
    return sql<boolean>`meeting.id in (select rowid from meeting_fts where meeting_fts match ${phrase})`;
  }
  const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`meeting.search_text like ${like} escape '\\'`;
}

export async function listMeetings(ctx: AppContext, f: { typeId?: number; year?: number; status?: '草稿' | '已定稿'; from?: string; to?: string; query: string }) {
  let q = ctx.db
    .selectFrom('meeting')
    .innerJoin('meeting_type', 'meeting_type.id', 'meeting.type_id')
    .select(['meeting.id', 'meeting.title', 'meeting.session', 'meeting.date', 'meeting.start_time', 'meeting.place', 'meeting.host_name', 'meeting.status', 'meeting_type.name as typeName'])
    .select((eb) => [
      eb.selectFrom('meeting_attendee').whereRef('meeting_id', '=', 'meeting.id').where('attendance', 'in', EXPECTED).select(eb.fn.countAll<number>().as('n')).as('expected'),
      eb.selectFrom('meeting_attendee').whereRef('meeting_id', '=', 'meeting.id').where('attendance', '=', '出席').select(eb.fn.countAll<number>().as('n')).as('present'),
    ])
    .where('meeting.deleted_at', 'is', null);
  if (f.typeId) q = q.where('meeting.type_id', '=', f.typeId);
  if (f.year) q = q.where('meeting.date', '>=', `${f.year}-01-01`).where('meeting.date', '<=', `${f.year}-12-31`);
  if (f.status) q = q.where('meeting.status', '=', f.status);
  if (f.from) q = q.where('meeting.date', '>=', f.from);
  if (f.to) q = q.where('meeting.date', '<=', f.to);
  if (f.query) q = q.where(textMatch(f.query));
  const rows = await q.orderBy('meeting.date', 'desc').orderBy('meeting.id', 'desc').execute();
  return {
    rows: rows.map((r) => ({ ...r, expected: Number(r.expected ?? 0), present: Number(r.present ?? 0) })),
    thisYear: await countsThisYear(ctx),
  };
}

/** This year's meetings per type, every type listed (0 included). */
async function countsThisYear(ctx: AppContext) {
  const year = dayjs(ctx.now()).year();
  const rows = await ctx.db
    .selectFrom('meeting_type')
    .leftJoin('meeting', (join) =>
      join
        .onRef('meeting.type_id', '=', 'meeting_type.id')
        .on('meeting.deleted_at', 'is', null)
        .on('meeting.date', '>=', `${year}-01-01`)
        .on('meeting.date', '<=', `${year}-12-31`),
    )
    .select(['meeting_type.id as typeId', 'meeting_type.name as typeName'])
    .select((eb) => eb.fn.count<number>('meeting.id').as('count'))
    .groupBy('meeting_type.id')
    .orderBy('meeting_type.sort_order')
    .orderBy('meeting_type.id')
    .execute();
  return { year, byType: rows.map((r) => ({ ...r, count: Number(r.count) })) };
}

export async function listActions(ctx: AppContext, f: { scope: 'open' | 'overdue' | 'all'; query: string }) {
  const today = todayOf(ctx);
  const q = actionsQuery(ctx, f, today)
    .innerJoin('meeting_type', 'meeting_type.id', 'meeting.type_id')
    .select([
      'meeting_action.id',
      'meeting_action.content',
      'meeting_action.owner',
      'meeting_action.due_date',
      'meeting_action.status',
      'meeting.id as meetingId',
      'meeting.title as meetingTitle',
      'meeting.date as meetingDate',
      'meeting_type.name as typeName',
    ]);
  const rows = await q.orderBy(sql`meeting_action.due_date is null`).orderBy('meeting_action.due_date').orderBy('meeting_action.id').execute();
  return rows.map((r) => ({ ...r, dueDate: r.due_date, overdue: isOverdue(r, today) }));
}

/** How many action items the list would show (the 首页's count). */
export async function countActions(ctx: AppContext, f: { scope: 'open' | 'overdue' | 'all'; query: string }) {
  const row = await actionsQuery(ctx, f, todayOf(ctx)).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

function actionsQuery(ctx: AppContext, f: { scope: 'open' | 'overdue' | 'all'; query: string }, today: string) {
  let q = ctx.db.selectFrom('meeting_action').innerJoin('meeting', 'meeting.id', 'meeting_action.meeting_id').where('meeting.deleted_at', 'is', null);
  if (f.scope !== 'all') q = q.where('meeting_action.status', '!=', '已完成');
  if (f.scope === 'overdue') q = q.where('meeting_action.due_date', '<', today);
  if (f.query) q = q.where((eb) => eb.or([eb('meeting_action.content', 'like', `%${f.query}%`), eb('meeting_action.owner', 'like', `%${f.query}%`)]));
  return q;
}
