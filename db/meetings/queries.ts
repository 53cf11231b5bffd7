/** Reads and writes of a meeting and its parts. Callers pass a transaction for writes. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { MeetingInput } from '../../core/meetings/schema';

type Db = Kysely<Database>;

export function meetingRow(input: MeetingInput, searchText: string) {
  return {
    type_id: input.typeId,
    title: input.title,
    session: input.session,
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    host_member_id: input.host.memberId,
    host_name: input.host.name,
    recorder_member_id: input.recorder.memberId,
    recorder_name: input.recorder.name,
    search_text: searchText,
  };
}

/** Replaces attendees, 议题 and 决议; action items keep their ids (later meetings may have carried them over). */
export async function writeMeetingParts(trx: Db, meetingId: number, input: MeetingInput, nowIso: string) {
  await trx.deleteFrom('meeting_attendee').where('meeting_id', '=', meetingId).execute();
  await trx.deleteFrom('meeting_topic').where('meeting_id', '=', meetingId).execute();
  await trx.deleteFrom('meeting_resolution').where('meeting_id', '=', meetingId).execute();
  if (input.attendees.length) {
    await trx
      .insertInto('meeting_attendee')
      .values(input.attendees.map((a, i) => ({ meeting_id: meetingId, member_id: a.memberId, name: a.name, attendance: a.attendance, reason: a.reason, sort_order: i + 1 })))
      .execute();
  }
  if (input.topics.length) {
    await trx
      .insertInto('meeting_topic')
      .values(input.topics.map((t, i) => ({ meeting_id: meetingId, sort_order: i + 1, title: t.title, notes: t.notes, speeches: JSON.stringify(t.speeches) })))
      .execute();
  }
  if (input.resolutions.length) {
    await trx
      .insertInto('meeting_resolution')
      .values(input.resolutions.map((content, i) => ({ meeting_id: meetingId, sort_order: i + 1, content })))
      .execute();
  }
  await writeActions(trx, meetingId, input.actions, nowIso);
}

async function writeActions(trx: Db, meetingId: number, actions: MeetingInput['actions'], nowIso: string) {
  const existing = await trx.selectFrom('meeting_action').select(['id', 'status']).where('meeting_id', '=', meetingId).execute();
  const kept = new Set(actions.map((a) => a.id).filter((id) => id !== undefined));
  const gone = existing.filter((e) => !kept.has(e.id)).map((e) => e.id);
  if (gone.length) await trx.deleteFrom('meeting_action').where('id', 'in', gone).execute();
  const before = new Map(existing.map((e) => [e.id, e.status]));
  for (const [i, a] of actions.entries()) {
    const values = { sort_order: i + 1, content: a.content, owner: a.owner, due_date: a.dueDate, status: a.status, carried_from_id: a.carriedFromId };
    if (a.id !== undefined && before.has(a.id)) {
      const changed = before.get(a.id) !== a.status ? { status_changed_at: nowIso } : {};
      await trx.updateTable('meeting_action').set({ ...values, ...changed }).where('id', '=', a.id).execute();
    } else {
      await trx.insertInto('meeting_action').values({ ...values, meeting_id: meetingId }).execute();
    }
  }
}

/** One meeting with its type's name; deleted ones only when asked (the audit log describes them too). */
export async function selectMeeting(db: Db, id: number, { includeDeleted = false } = {}) {
  let query = db
    .selectFrom('meeting')
    .innerJoin('meeting_type', 'meeting_type.id', 'meeting.type_id')
    .selectAll('meeting')
    .select('meeting_type.name as type_name')
    .where('meeting.id', '=', id);
  if (!includeDeleted) query = query.where('meeting.deleted_at', 'is', null);
  return query.executeTakeFirst();
}
export type MeetingDbRow = NonNullable<Awaited<ReturnType<typeof selectMeeting>>>;

export async function selectMeetingParts(db: Db, id: number) {
  const [attendees, topics, resolutions, actions] = await Promise.all([
    db.selectFrom('meeting_attendee').selectAll().where('meeting_id', '=', id).orderBy('sort_order').execute(),
    db.selectFrom('meeting_topic').selectAll().where('meeting_id', '=', id).orderBy('sort_order').execute(),
    db.selectFrom('meeting_resolution').selectAll().where('meeting_id', '=', id).orderBy('sort_order').execute(),
    db.selectFrom('meeting_action').selectAll().where('meeting_id', '=', id).orderBy('sort_order').execute(),
  ]);
  return { attendees, topics, resolutions, actions };
}
