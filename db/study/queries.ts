/** Reads and writes of study sessions and their parts. Callers pass a transaction for writes. */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import type { SessionInput } from '../../core/study/schema';
import { toHalves } from '../../core/study/hours';

type Db = Kysely<Database>;

export function sessionRow(input: SessionInput, hoursHalves: number, searchText: string) {
  return {
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    form: input.form,
    title: input.title,
    content: input.content,
    host_member_id: input.host.memberId,
    host_name: input.host.name,
    speaker_member_id: input.speaker.memberId,
    speaker_name: input.speaker.name,
    place: input.place,
    recorder_member_id: input.recorder.memberId,
    recorder_name: input.recorder.name,
    hours_halves: hoursHalves,
    hours_rule_id: input.hoursRuleId,
    summary: input.summary,
    plan_item_id: input.planItemId,
    search_text: searchText,
  };
}

/** Replaces attendees, 讨论发言 and material links (only ever on a draft, which has no 补学 yet). */
export async function writeSessionParts(trx: Db, sessionId: number, input: SessionInput) {
  await trx.deleteFrom('study_attendee').where('session_id', '=', sessionId).execute();
  await trx.deleteFrom('study_speech').where('session_id', '=', sessionId).execute();
  await trx.deleteFrom('study_session_material').where('session_id', '=', sessionId).execute();
  if (input.attendees.length) {
    await trx
      .insertInto('study_attendee')
      .values(
        input.attendees.map((a, i) => ({
          session_id: sessionId,
          member_id: a.memberId,
          name: a.name,
          attendance: a.attendance,
          reason: a.reason,
          hours_halves: a.hours === null ? null : toHalves(a.hours),
          sort_order: i + 1,
        })),
      )
      .execute();
  }
  if (input.speeches.length) {
    await trx
      .insertInto('study_speech')
      .values(input.speeches.map((s, i) => ({ session_id: sessionId, sort_order: i + 1, speaker: s.speaker, content: s.content })))
      .execute();
  }
  if (input.materialIds.length) {
    await trx
      .insertInto('study_session_material')
      .values(input.materialIds.map((materialId, i) => ({ session_id: sessionId, material_id: materialId, sort_order: i + 1 })))
      .execute();
  }
}

export async function selectSession(db: Db, id: number, { includeDeleted = false } = {}) {
  let query = db.selectFrom('study_session').selectAll().where('id', '=', id);
  if (!includeDeleted) query = query.where('deleted_at', 'is', null);
  return query.executeTakeFirst();
}
export type SessionDbRow = NonNullable<Awaited<ReturnType<typeof selectSession>>>;

const attendeeColumns = [
  'study_attendee.id',
  'study_attendee.session_id',
  'study_attendee.member_id',
  'study_attendee.name',
  'study_attendee.attendance',
  'study_attendee.reason',
  'study_attendee.hours_halves',
  'study_makeup.id as makeup_id',
  'study_makeup.date as makeup_date',
  'study_makeup.method as makeup_method',
  'study_makeup.reflection as makeup_reflection',
  'study_makeup.hours_halves as makeup_halves',
] as const;

/** Attendees (each with its 补学, if any) of the given sessions, in their order. */
export function selectAttendees(db: Db, sessionIds: number[]) {
  if (!sessionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('study_attendee')
    .leftJoin('study_makeup', 'study_makeup.attendee_id', 'study_attendee.id')
    .select(attendeeColumns)
    .where('study_attendee.session_id', 'in', sessionIds)
    .orderBy('study_attendee.session_id')
    .orderBy('study_attendee.sort_order')
    .execute();
}
export type AttendeeDbRow = Awaited<ReturnType<typeof selectAttendees>>[number];

/** Materials linked to the given sessions, in their order. */
export function selectSessionMaterials(db: Db, sessionIds: number[]) {
  if (!sessionIds.length) return Promise.resolve([]);
  return db
    .selectFrom('study_session_material')
    .innerJoin('study_material', 'study_material.id', 'study_session_material.material_id')
    .select(['study_session_material.session_id', 'study_material.id', 'study_material.title', 'study_material.issuer', 'study_material.doc_number', 'study_material.published_on', 'study_material.kind', 'study_material.source'])
    .where('study_session_material.session_id', 'in', sessionIds)
    .orderBy('study_session_material.session_id')
    .orderBy('study_session_material.sort_order')
    .execute();
}

export function selectSpeeches(db: Db, sessionIds: number[]) {
  if (!sessionIds.length) return Promise.resolve([]);
  return db.selectFrom('study_speech').selectAll().where('session_id', 'in', sessionIds).orderBy('session_id').orderBy('sort_order').execute();
}

export function selectHoursRules(db: Db) {
  return db.selectFrom('study_hours_rule').selectAll().orderBy('sort_order').orderBy('id').execute();
}
