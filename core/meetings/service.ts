/**
 * Writing meetings: create / update while a draft, 定稿, 更正 after it, and
 * action item status (allowed after 定稿: it is follow-up on what was decided,
 * not part of the record of what was said and decided). 删除 goes through the
 * 回收站 (./recycle.ts). Each write records its audit row in its transaction.
 */
import type { Kysely } from 'kysely';
import { meetingRow, selectMeeting, writeMeetingParts, type MeetingDbRow } from '../../db/meetings/queries';
import type { Database } from '../../db/schema';
import { assertReferencesExist } from '../api/refs';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addCorrection, type CorrectionInput } from '../records/corrections';
import { assertEditable, assertFinalizable, DRAFT, FINAL } from '../records/lock';
import { meetingSnapshot } from './audit';
import type { ActionStatus, MeetingInput } from './schema';
import { meetingSearchText } from './search-text';

/** record_type of meetings in record_correction. */
export const MEETING_RECORD = 'meeting';

export const meetingLabel = (m: Pick<MeetingDbRow, 'title'>) => `会议记录《${m.title}》`;

/** The meeting (not in the 回收站), read with `db` — pass the transaction to re-check inside it. */
export async function loadMeeting(ctx: Pick<AppContext, 'db'>, id: number, db: Kysely<Database> = ctx.db): Promise<MeetingDbRow> {
  const meeting = await selectMeeting(db, id);
  if (!meeting) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的会议记录，可能已被删除。`);
  return meeting;
}

/** Every id the record points at exists (NOT_FOUND naming the field otherwise), checked in the write's transaction. */
async function assertReferencesOf(db: Kysely<Database>, input: MeetingInput, meetingId?: number) {
  await assertReferencesExist(db, 'meeting_type', [{ id: input.typeId, field: '会议类型' }]);
  await assertReferencesExist(db, 'member', [
    { id: input.host.memberId, field: '主持人' },
    { id: input.recorder.memberId, field: '记录人' },
    ...input.attendees.map((a, i) => ({ id: a.memberId, field: `参会人员第${i + 1}行（${a.name}）` })),
  ]);
  const carried = input.actions.map((a, i) => ({ id: a.carriedFromId, field: `行动事项第${i + 1}条的延续来源` }));
  await assertReferencesExist(db, 'meeting_action', carried);
  if (meetingId === undefined) return;
  // An action of this meeting that this save removes cannot be what another one continues.
  const kept = new Set(input.actions.map((a) => a.id));
  const own = await db.selectFrom('meeting_action').select('id').where('meeting_id', '=', meetingId).execute();
  const removed = new Set(own.map((a) => a.id).filter((id) => !kept.has(id)));
  const gone = carried.find((c) => c.id !== null && c.id !== undefined && removed.has(c.id));
  if (gone) throw new AppError('NOT_FOUND', `${gone.field}：编号为 ${gone.id} 的行动事项在这次保存中被删除了，请重新选择`, { field: gone.field });
}

export async function createMeeting(ctx: AppContext, input: MeetingInput): Promise<{ id: number }> {
  const nowIso = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await assertReferencesOf(trx, input);
    const { id } = await trx
      .insertInto('meeting')
      .values({ ...meetingRow(input, meetingSearchText(input)), created_at: nowIso, updated_at: nowIso })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeMeetingParts(trx, id, input, nowIso);
    await recordAudit(trx, ctx, { action: 'create', entity: 'meeting', entityId: id, label: input.title, after: await meetingSnapshot(trx, id) });
    return { id };
  });
}

export async function updateMeeting(ctx: AppContext, id: number, input: MeetingInput): Promise<{ id: number }> {
  const nowIso = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    // Checked inside the transaction: a 定稿 or 删除 in between must win.
    const current = await loadMeeting(ctx, id, trx);
    assertEditable(current, meetingLabel(current));
    await assertReferencesOf(trx, input, id);
    const before = await meetingSnapshot(trx, id);
    await trx.updateTable('meeting').set({ ...meetingRow(input, meetingSearchText(input)), updated_at: nowIso }).where('id', '=', id).execute();
    await writeMeetingParts(trx, id, input, nowIso);
    await recordAudit(trx, ctx, { action: 'update', entity: 'meeting', entityId: id, label: input.title, before, after: await meetingSnapshot(trx, id) });
  });
  return { id };
}

export async function finalizeMeeting(ctx: AppContext, id: number): Promise<{ id: number; finalizedAt: string }> {
  const finalizedAt = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const meeting = await loadMeeting(ctx, id, trx);
    const label = meetingLabel(meeting);
    assertEditable(meeting, label);
    const topics = await trx.selectFrom('meeting_topic').select('id').where('meeting_id', '=', id).limit(1).execute();
    const missing = [
      !meeting.host_name && '主持人',
      !meeting.recorder_name && '记录人',
      !meeting.start_time && '开始时间',
      !meeting.end_time && '结束时间',
      !meeting.place && '地点',
      !topics.length && '至少一个议题',
    ].filter((m): m is string => Boolean(m));
    assertFinalizable(missing, label);
    await trx.updateTable('meeting').set({ status: FINAL, finalized_at: finalizedAt, updated_at: finalizedAt }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'finalize', entity: 'meeting', entityId: id, label: meeting.title, before: { 状态: DRAFT }, after: { 状态: FINAL } });
  });
  return { id, finalizedAt };
}

export async function addMeetingCorrection(ctx: AppContext, id: number, input: CorrectionInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const meeting = await loadMeeting(ctx, id, trx);
    const correction = await addCorrection(trx, { type: MEETING_RECORD, id, status: meeting.status }, input, ctx.now());
    await recordAudit(trx, ctx, {
      action: 'correct',
      entity: 'meeting',
      entityId: id,
      label: meeting.title,
      after: { 更正内容: correction.what, 更正原因: correction.why, 更正人: correction.by, 更正日期: correction.on },
    });
    return correction;
  });
}

export async function setActionStatus(ctx: AppContext, actionId: number, status: ActionStatus) {
  await ctx.db.transaction().execute(async (trx) => {
    const action = await trx
      .selectFrom('meeting_action')
      .innerJoin('meeting', 'meeting.id', 'meeting_action.meeting_id')
      .select(['meeting_action.id', 'meeting_action.status', 'meeting_action.content', 'meeting.title'])
      .where('meeting_action.id', '=', actionId)
      .where('meeting.deleted_at', 'is', null)
      .executeTakeFirst();
    if (!action) throw new AppError('NOT_FOUND', `找不到编号为 ${actionId} 的行动事项。`);
    if (action.status === status) return;
    await trx.updateTable('meeting_action').set({ status, status_changed_at: ctx.now().toISOString() }).where('id', '=', actionId).execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: 'meeting_action',
      entityId: actionId,
      label: action.content,
      before: { 状态: action.status },
      after: { 状态: status },
      detail: `会议记录《${action.title}》的行动事项`,
    });
  });
  return { id: actionId, status };
}
