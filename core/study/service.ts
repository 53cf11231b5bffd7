/**
 * Writing study sessions: create / update while a draft, 定稿, 更正 after it —
 * the same lock as meetings (core/records). 补学 is written after 定稿 (./makeup.ts):
 * it is follow-up on the record, not part of what happened at the session.
 * Each write records its audit row in its transaction.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { selectHoursRules, sessionRow, writeSessionParts } from '../../db/study/queries';
import { assertReferencesExist } from '../api/refs';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { addCorrection, type CorrectionInput } from '../records/corrections';
import { assertEditable, assertFinalizable, DRAFT, FINAL } from '../records/lock';
import { sessionSearchText, sessionSnapshot } from './audit';
import { ruleHalves, toHalves } from './hours';
import { loadSession, sessionLabel, STUDY_RECORD } from './read';
import type { SessionInput } from './schema';

/** The session's hours: as typed, or from its counting rule (全天 / 半天 / 按实际时长). */
async function sessionHalves(db: Kysely<Database>, input: SessionInput): Promise<number> {
  if (input.hours !== null) return toHalves(input.hours);
  const rule = (await selectHoursRules(db)).find((r) => r.id === input.hoursRuleId);
  if (!rule) throw new AppError('VALIDATION', `学时计算规则（编号 ${input.hoursRuleId}）不存在，请重新选择。`);
  const halves = ruleHalves({ id: rule.id, name: rule.name, kind: rule.kind, hoursHalves: rule.hours_halves }, input.startTime, input.endTime);
  if (halves === null) throw new AppError('VALIDATION', `学时按“${rule.name}”计算，请填写开始时间和结束时间。`);
  return Math.min(halves, 48);
}

/** Checks what the input points at (materials, plan item, members) and returns the materials' searchable text. */
async function checkReferences(db: Kysely<Database>, input: SessionInput, halves: number): Promise<string[]> {
  const over = input.attendees.find((a) => a.hours !== null && toHalves(a.hours) > halves);
  if (over) throw new AppError('VALIDATION', `${over.name}的个人学时（${over.hours}）不能超过本次学时（${halves / 2}）`);
  let texts: string[] = [];
  if (input.materialIds.length) {
    const found = await db.selectFrom('study_material').select(['id', 'title', 'doc_number', 'issuer']).where('id', 'in', input.materialIds).where('deleted_at', 'is', null).execute();
    const missing = input.materialIds.filter((id) => !found.some((m) => m.id === id));
    if (missing.length) throw new AppError('VALIDATION', `学习材料（编号 ${missing.join('、')}）不存在或已删除，请重新选择。`);
    texts = found.flatMap((m) => [m.title, m.doc_number, m.issuer]);
  }
  if (input.planItemId !== null) {
    const plan = await db.selectFrom('study_plan_item').select('year').where('id', '=', input.planItemId).executeTakeFirst();
    if (!plan) throw new AppError('VALIDATION', `学习计划（编号 ${input.planItemId}）不存在，请重新选择。`);
    if (String(plan.year) !== input.date.slice(0, 4)) throw new AppError('VALIDATION', `所选学习计划属于${plan.year}年度，与学习日期（${input.date}）不在同一年。`);
  }
  await assertReferencesExist(db, 'member', [
    { id: input.host.memberId, field: '主持人' },
    { id: input.speaker.memberId, field: '主讲人' },
    { id: input.recorder.memberId, field: '记录人' },
    ...input.attendees.map((a, i) => ({ id: a.memberId, field: `参加人员第${i + 1}行（${a.name}）` })),
  ]);
  return texts;
}

export async function createSession(ctx: AppContext, input: SessionInput): Promise<{ id: number }> {
  const nowIso = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const halves = await sessionHalves(trx, input);
    const texts = await checkReferences(trx, input, halves);
    const { id } = await trx
      .insertInto('study_session')
      .values({ ...sessionRow(input, halves, sessionSearchText(input, texts)), created_at: nowIso, updated_at: nowIso, finalized_at: null, deleted_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeSessionParts(trx, id, input);
    await recordAudit(trx, ctx, { action: 'create', entity: 'study', entityId: id, label: input.title, after: await sessionSnapshot(trx, id) });
    return { id };
  });
}

export async function updateSession(ctx: AppContext, id: number, input: SessionInput): Promise<{ id: number }> {
  const nowIso = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await loadSession(ctx, id, trx);
    assertEditable(current, sessionLabel(current));
    const halves = await sessionHalves(trx, input);
    const texts = await checkReferences(trx, input, halves);
    const before = await sessionSnapshot(trx, id);
    await trx.updateTable('study_session').set({ ...sessionRow(input, halves, sessionSearchText(input, texts)), updated_at: nowIso }).where('id', '=', id).execute();
    await writeSessionParts(trx, id, input);
    await recordAudit(trx, ctx, { action: 'update', entity: 'study', entityId: id, label: input.title, before, after: await sessionSnapshot(trx, id) });
  });
  return { id };
}

export async function finalizeSession(ctx: AppContext, id: number): Promise<{ id: number; finalizedAt: string }> {
  const finalizedAt = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const s = await loadSession(ctx, id, trx);
    const label = sessionLabel(s);
    assertEditable(s, label);
    const attendees = await trx.selectFrom('study_attendee').select('id').where('session_id', '=', id).limit(1).execute();
    const missing = [
      !s.host_name && '主持人',
      !s.speaker_name && '主讲人',
      !s.recorder_name && '记录人',
      !s.place && '地点',
      !s.content && '学习内容',
      !attendees.length && '参加人员',
    ].filter((m): m is string => Boolean(m));
    assertFinalizable(missing, label);
    await trx.updateTable('study_session').set({ status: FINAL, finalized_at: finalizedAt, updated_at: finalizedAt }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'finalize', entity: 'study', entityId: id, label: s.title, before: { 状态: DRAFT }, after: { 状态: FINAL } });
  });
  return { id, finalizedAt };
}

export async function addSessionCorrection(ctx: AppContext, id: number, input: CorrectionInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const s = await loadSession(ctx, id, trx);
    const correction = await addCorrection(trx, { type: STUDY_RECORD, id, status: s.status }, input, ctx.now());
    await recordAudit(trx, ctx, {
      action: 'correct',
      entity: 'study',
      entityId: id,
      label: s.title,
      after: { 更正内容: correction.what, 更正原因: correction.why, 更正人: correction.by, 更正日期: correction.on },
    });
    return correction;
  });
}
