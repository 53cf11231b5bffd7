/**
 * Writing 议题 outside the lifecycle's transitions: create (编号 allocated in the
 * insert's transaction), edit (refused once ended), the 承办单位 list, settings,
 * and 议事会 sessions (meetings of type 妇女议事会, created through the meetings
 * service). Each write records its event and audit row in its transaction.
 */
import type { Kysely } from 'kysely';
import { allocateSeq, membersWithRole, selectUnits, writeSeconders } from '../../db/deliberation/queries';
import type { Database } from '../../db/schema';
import { assertReferencesExist } from '../api/refs';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { meetingInputSchema } from '../meetings/schema';
import { createMeeting } from '../meetings/service';
import { IMPLICIT_ADMIN } from '../operators/roles';
import { itemCode, REPRESENTATIVE_ROLE, SESSION_TYPE_NAME } from './codes';
import { todayOf } from './dates';
import { assertItemEditable } from './lifecycle';
import { itemLabel, loadItem } from './read';
import type { ItemInput } from './schema';
import { storeSettings, type DeliberationSettings } from './settings';
import { itemSnapshot } from './snapshot';

export const ENTITY = 'deliberation';

/** One timeline entry, in the caller's transaction. */
export async function writeEvent(
  trx: Kysely<Database>,
  ctx: Pick<AppContext, 'now' | 'operator'>,
  e: { itemId: number; date: string; kind: string; from?: string | null; to?: string | null; note?: string; payload?: Record<string, unknown> },
) {
  await trx
    .insertInto('delib_event')
    .values({
      item_id: e.itemId,
      at: ctx.now().toISOString(),
      date: e.date,
      operator_name: (ctx.operator ?? IMPLICIT_ADMIN).name,
      kind: e.kind,
      from_state: e.from ?? null,
      to_state: e.to ?? null,
      note: e.note ?? '',
      payload_json: JSON.stringify(e.payload ?? {}),
    })
    .execute();
}

/**
 * 提出人 and 附议人 must be 妇女代表 of the roster (the role in core/members/codes.ts).
 * `already` are people the item named before this edit: they pass even if they have since lost the role.
 */
async function checkPeople(db: Kysely<Database>, input: ItemInput, already: readonly number[] = []) {
  const p = input.proposer;
  const proposerId = p.kind === '代表' ? p.memberId : p.viaMemberId;
  const proposerField = p.kind === '代表' ? '提出人' : '转达的妇女代表';
  await assertReferencesExist(db, 'member', [{ id: proposerId, field: proposerField }, ...input.seconderIds.map((id, i) => ({ id, field: `附议人第${i + 1}位` }))]);
  const ids = [proposerId, ...input.seconderIds];
  const reps = await membersWithRole(db, ids, REPRESENTATIVE_ROLE);
  const names = new Map((await db.selectFrom('member').select(['id', 'name']).where('id', 'in', ids).execute()).map((r) => [r.id, r.name]));
  if (!reps.has(proposerId) && !already.includes(proposerId)) {
    throw new AppError('VALIDATION', `${proposerField}“${names.get(proposerId)}”不是妇女代表（花名册中没有“妇女代表”身份），请重新选择。`, { field: p.kind === '代表' ? 'proposer.memberId' : 'proposer.viaMemberId' });
  }
  const notRep = input.seconderIds.findIndex((id) => !reps.has(id) && !already.includes(id));
  if (notRep >= 0) {
    throw new AppError('VALIDATION', `附议人第${notRep + 1}位“${names.get(input.seconderIds[notRep]!)}”不是妇女代表，只有妇女代表可以附议。`, { field: `seconderIds.${notRep}` });
  }
  return { proposerName: p.kind === '代表' ? names.get(p.memberId)! : p.name };
}

function itemValues(input: ItemInput, proposerName: string) {
  const p = input.proposer;
  return {
    title: input.title,
    content: input.content,
    source: input.source,
    category: input.category,
    method: input.method,
    raised_on: input.raisedOn,
    proposer_member_id: p.kind === '代表' ? p.memberId : null,
    proposer_name: proposerName,
    proposer_contact: p.kind === '居民' ? p.contact : '',
    via_member_id: p.kind === '居民' ? p.viaMemberId : null,
  };
}

const searchTextOf = (code: string, input: ItemInput, proposerName: string) => [code, input.title, input.content, proposerName].join('\n').toLowerCase();

function assertNotFuture(ctx: AppContext, date: string, label: string) {
  const today = todayOf(ctx);
  if (date > today) throw new AppError('VALIDATION', `${label}（${date}）不能晚于今天（${today}）。`, { field: label });
}

export async function createItem(ctx: AppContext, input: ItemInput): Promise<{ id: number; code: string }> {
  assertNotFuture(ctx, input.raisedOn, '提出日期');
  const nowIso = ctx.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { proposerName } = await checkPeople(trx, input);
    const year = Number(input.raisedOn.slice(0, 4));
    const seq = await allocateSeq(trx, year);
    const code = itemCode(year, seq);
    const { id } = await trx
      .insertInto('delib_item')
      .values({ ...itemValues(input, proposerName), year, seq, code, state: '收集', state_on: input.raisedOn, search_text: searchTextOf(code, input, proposerName), created_at: nowIso, updated_at: nowIso, meeting_id: null, due_on: null, vote_expected: null, vote_present: null, vote_yes: null, vote_no: null, vote_abstain: null, vote_passed: null, vote_rule: null, voted_on: null, main_unit_id: null, outcome_grade: null, closed_on: null, deleted_at: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeSeconders(trx, id, input.seconderIds);
    await writeEvent(trx, ctx, { itemId: id, date: input.raisedOn, kind: 'create', to: '收集', note: `${input.source}：${input.title}` });
    await recordAudit(trx, ctx, { action: 'create', entity: ENTITY, entityId: id, label: `${code}《${input.title}》`, after: await itemSnapshot(trx, id) });
    return { id, code };
  });
}

/** Edits the 议题's own fields (not its state); 编号 and its year stay as allocated. */
export async function updateItem(ctx: AppContext, id: number, input: ItemInput): Promise<{ id: number }> {
  assertNotFuture(ctx, input.raisedOn, '提出日期');
  const nowIso = ctx.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const current = await loadItem(ctx, id, trx);
    assertItemEditable({ code: current.code, state: current.state });
    if (input.raisedOn.slice(0, 4) !== String(current.year)) {
      throw new AppError('VALIDATION', `提出日期（${input.raisedOn}）不能改到${current.year}年以外：编号 ${current.code} 按年度编排。`, { field: 'raisedOn' });
    }
    const firstStep = await trx.selectFrom('delib_event').select('date').where('item_id', '=', id).where('kind', '!=', 'create').where('kind', '!=', 'update').orderBy('id').executeTakeFirst();
    if (firstStep && input.raisedOn > firstStep.date) {
      throw new AppError('VALIDATION', `提出日期（${input.raisedOn}）不能晚于该议题第一次办理的日期（${firstStep.date}）。`, { field: 'raisedOn' });
    }
    const already = [current.proposer_member_id, current.via_member_id, ...(await trx.selectFrom('delib_seconder').select('member_id').where('item_id', '=', id).execute()).map((r) => r.member_id)].filter((x): x is number => x !== null);
    const { proposerName } = await checkPeople(trx, input, already);
    const before = await itemSnapshot(trx, id);
    const values = itemValues(input, proposerName);
    await trx
      .updateTable('delib_item')
      .set({ ...values, state_on: current.state === '收集' ? input.raisedOn : current.state_on, search_text: searchTextOf(current.code, input, proposerName), updated_at: nowIso })
      .where('id', '=', id)
      .execute();
    await writeSeconders(trx, id, input.seconderIds);
    await writeEvent(trx, ctx, { itemId: id, date: todayOf(ctx), kind: 'update', note: '修改议题内容' });
    await recordAudit(trx, ctx, { action: 'update', entity: ENTITY, entityId: id, label: itemLabel(current), before, after: await itemSnapshot(trx, id) });
  });
  return { id };
}

// ---------------------------------------------------------------------------
// 承办单位

export async function listUnits(ctx: AppContext) {
  return (await selectUnits(ctx.db)).map((u) => ({ id: u.id, name: u.name, active: u.active === 1 }));
}

export async function saveUnit(ctx: AppContext, u: { id?: number; name: string; active: boolean }) {
  return ctx.db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('delib_unit').select('id').where('name', '=', u.name).executeTakeFirst();
    if (clash && clash.id !== u.id) throw new AppError('CONFLICT', `已有名为“${u.name}”的承办单位。`);
    if (u.id) {
      const before = await trx.selectFrom('delib_unit').selectAll().where('id', '=', u.id).executeTakeFirst();
      if (!before) throw new AppError('NOT_FOUND', `找不到编号为 ${u.id} 的承办单位。`);
      await trx.updateTable('delib_unit').set({ name: u.name, active: u.active ? 1 : 0 }).where('id', '=', u.id).execute();
      await recordAudit(trx, ctx, { action: 'update', entity: 'delib_unit', entityId: u.id, label: u.name, before: { 名称: before.name, 启用: before.active === 1 }, after: { 名称: u.name, 启用: u.active } });
      return { id: u.id };
    }
    const next = await trx.selectFrom('delib_unit').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
    const { id } = await trx
      .insertInto('delib_unit')
      .values({ name: u.name, active: u.active ? 1 : 0, sort_order: Number(next?.m ?? 0) + 1, created_at: ctx.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', entity: 'delib_unit', entityId: id, label: u.name, after: { 名称: u.name, 启用: u.active } });
    return { id };
  });
}

/** A unit that has been 主办 or 协办 stays (its items name it); it can be switched off instead. */
export async function deleteUnit(ctx: AppContext, id: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const unit = await trx.selectFrom('delib_unit').selectAll().where('id', '=', id).executeTakeFirst();
    if (!unit) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的承办单位。`);
    const used =
      (await trx.selectFrom('delib_item').select('id').where('main_unit_id', '=', id).limit(1).executeTakeFirst()) ??
      (await trx.selectFrom('delib_co_unit').select('item_id as id').where('unit_id', '=', id).limit(1).executeTakeFirst());
    if (used) throw new AppError('CONFLICT', `承办单位“${unit.name}”已承办过议题，不能删除；可以改为“停用”。`);
    await trx.deleteFrom('delib_unit').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'delete', entity: 'delib_unit', entityId: id, label: unit.name, before: { 名称: unit.name } });
    return { id };
  });
}

// ---------------------------------------------------------------------------
// Settings

export async function saveSettings(ctx: AppContext, settings: DeliberationSettings, before: DeliberationSettings) {
  await ctx.db.transaction().execute(async (trx) => {
    await storeSettings(trx, settings);
    await recordAudit(trx, ctx, { action: 'update', entity: 'delib_settings', label: '妇女议事会设置', before: { ...before }, after: { ...settings } });
  });
}

// ---------------------------------------------------------------------------
// Sessions: meetings of type 妇女议事会

/** The 妇女议事会 meeting type's id; re-created (once) if officers deleted it. */
export async function sessionTypeId(db: Kysely<Database>, now: Date): Promise<number> {
  const found = await db.selectFrom('meeting_type').select('id').where('name', '=', SESSION_TYPE_NAME).executeTakeFirst();
  if (found) return found.id;
  const next = await db.selectFrom('meeting_type').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
  const row = await db
    .insertInto('meeting_type')
    .values({ name: SESSION_TYPE_NAME, default_roles: JSON.stringify(['妇联主席', REPRESENTATIVE_ROLE]), default_topics: JSON.stringify(['议题审议', '表决']), sort_order: Number(next?.m ?? 0) + 1, created_at: now.toISOString() })
    .onConflict((oc) => oc.column('name').doNothing())
    .returning('id')
    .executeTakeFirst();
  return row?.id ?? (await db.selectFrom('meeting_type').select('id').where('name', '=', SESSION_TYPE_NAME).executeTakeFirstOrThrow()).id;
}

/** A new 议事会 session (a 一事一议 may have one of its own): a meeting record, written by the meetings service. */
export async function createSession(ctx: AppContext, input: { title: string; date: string; place: string }) {
  const typeId = await sessionTypeId(ctx.db, ctx.now());
  return createMeeting(ctx, meetingInputSchema.parse({ typeId, title: input.title, date: input.date, place: input.place }));
}
