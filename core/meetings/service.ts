/**
 * Writing meetings: create / update / delete while a draft, 定稿, 更正 after it,
 * and action item status (allowed after 定稿: it is follow-up on what was decided,
 * not part of the record of what was said and decided).
 */
import { meetingRow, selectMeeting, writeMeetingParts, type MeetingDbRow } from '../../db/meetings/queries';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addCorrection, type CorrectionInput } from '../records/corrections';
import { assertEditable, assertFinalizable, FINAL } from '../records/lock';
import type { ActionStatus, MeetingInput } from './schema';
import { meetingSearchText } from './search-text';

/** record_type of meetings in record_correction. */
export const MEETING_RECORD = 'meeting';

export const meetingLabel = (m: Pick<MeetingDbRow, 'title'>) => `会议记录《${m.title}》`;

export async function loadMeeting(ctx: AppContext, id: number): Promise<MeetingDbRow> {
  const meeting = await selectMeeting(ctx.db, id);
  if (!meeting) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的会议记录，可能已被删除。`);
  return meeting;
}

async function assertTypeExists(ctx: AppContext, typeId: number) {
  const type = await ctx.db.selectFrom('meeting_type').select('id').where('id', '=', typeId).executeTakeFirst();
  if (!type) throw new AppError('VALIDATION', `会议类型（编号 ${typeId}）不存在，请重新选择。`);
}

export async function createMeeting(ctx: AppContext, input: MeetingInput): Promise<{ id: number }> {
  await assertTypeExists(ctx, input.typeId);
  const nowIso = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { id } = await trx
      .insertInto('meeting')
      .values({ ...meetingRow(input, meetingSearchText(input)), created_at: nowIso, updated_at: nowIso })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeMeetingParts(trx, id, input, nowIso);
    return { id };
  });
}

export async function updateMeeting(ctx: AppContext, id: number, input: MeetingInput): Promise<{ id: number }> {
  const meeting = await loadMeeting(ctx, id);
  assertEditable(meeting, meetingLabel(meeting));
  await assertTypeExists(ctx, input.typeId);
  const nowIso = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    // Re-checked inside the transaction: a 定稿 in between must win.
    const current = await trx.selectFrom('meeting').select(['status', 'title']).where('id', '=', id).executeTakeFirstOrThrow();
    assertEditable(current, meetingLabel(current));
    await trx.updateTable('meeting').set({ ...meetingRow(input, meetingSearchText(input)), updated_at: nowIso }).where('id', '=', id).execute();
    await writeMeetingParts(trx, id, input, nowIso);
  });
  return { id };
}

/** Soft delete (回收站); a finalized record cannot be deleted. */
export async function deleteMeeting(ctx: AppContext, id: number): Promise<{ id: number }> {
  const meeting = await loadMeeting(ctx, id);
  assertEditable(meeting, meetingLabel(meeting));
  await ctx.db.updateTable('meeting').set({ deleted_at: ctx.now().toISOString() }).where('id', '=', id).execute();
  return { id };
}

export async function finalizeMeeting(ctx: AppContext, id: number): Promise<{ id: number; finalizedAt: string }> {
  const meeting = await loadMeeting(ctx, id);
  const label = meetingLabel(meeting);
  assertEditable(meeting, label);
  const topics = await ctx.db.selectFrom('meeting_topic').select('id').where('meeting_id', '=', id).limit(1).execute();
  const missing = [
    !meeting.host_name && '主持人',
    !meeting.recorder_name && '记录人',
    !meeting.start_time && '开始时间',
    !meeting.end_time && '结束时间',
    !meeting.place && '地点',
    !topics.length && '至少一个议题',
  ].filter((m): m is string => Boolean(m));
  assertFinalizable(missing, label);
  const finalizedAt = ctx.now().toISOString();
  await ctx.db.updateTable('meeting').set({ status: FINAL, finalized_at: finalizedAt, updated_at: finalizedAt }).where('id', '=', id).execute();
  return { id, finalizedAt };
}

export async function addMeetingCorrection(ctx: AppContext, id: number, input: CorrectionInput) {
  const meeting = await loadMeeting(ctx, id);
  return addCorrection(ctx.db, { type: MEETING_RECORD, id, status: meeting.status }, input, ctx.now());
}

export async function setActionStatus(ctx: AppContext, actionId: number, status: ActionStatus) {
  const action = await ctx.db
    .selectFrom('meeting_action')
    .innerJoin('meeting', 'meeting.id', 'meeting_action.meeting_id')
    .select(['meeting_action.id', 'meeting_action.status'])
    .where('meeting_action.id', '=', actionId)
    .where('meeting.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!action) throw new AppError('NOT_FOUND', `找不到编号为 ${actionId} 的行动事项。`);
  if (action.status !== status) {
    await ctx.db.updateTable('meeting_action').set({ status, status_changed_at: ctx.now().toISOString() }).where('id', '=', actionId).execute();
  }
  return { id: actionId, status };
}
