/** Member rules: derived fields, one ID number per person, likely duplicates, status history. */
import dayjs from 'dayjs';
import type { Transaction } from 'kysely';
import { insertMemberRows, membersByIdNumber, sameNameAndBirth, updateMemberRow, type MemberLinks, type MemberRow } from '../../db/members/queries';
import type { Database, MemberStatus } from '../../db/schema';
import { memberSnapshot } from '../audit/member';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { checkIdNumber, idFacts, maskIdNumber } from './idcard';
import type { MemberFields, MemberUpdateFields } from './schema';
import { memberNameKey, memberSearchText } from './search-text';

export const today = (ctx: Pick<AppContext, 'now'>) => dayjs(ctx.now()).format('YYYY-MM-DD');

/** Birth date and sex from the ID number: read straight off a valid 18-digit one, else via the full check (15 digits, lower-case x). */
function idOf(idNumber: string) {
  const facts = idFacts(idNumber);
  if (facts) return { id: idNumber, ...facts };
  const checked = checkIdNumber(idNumber, '9999-12-31');
  if (!checked.ok) throw new AppError('VALIDATION', checked.message);
  return checked;
}

/** The stored row for validated fields: birth date and sex come from the ID number. */
export function toMemberRow(fields: MemberFields): MemberRow & MemberLinks {
  const id = idOf(fields.idNumber);
  return {
    name: fields.name,
    id_number: id.id,
    birth_date: id.birthDate,
    sex: id.sex,
    ethnicity: fields.ethnicity,
    education: fields.education,
    political: fields.political,
    marital: fields.marital,
    phone: fields.phone,
    household_address: fields.householdAddress,
    current_address: fields.currentAddress,
    zone_id: fields.zoneId,
    building: fields.building,
    employment: fields.employment,
    workplace: fields.workplace,
    joined_on: fields.joinedOn,
    note: fields.note,
    search_text: memberSearchText(fields),
    name_key: memberNameKey(fields.name),
    roles: fields.roles,
    tags: fields.tags,
  };
}

export function idTakenMessage(idNumber: string, holder: { id: number; name: string; deleted_at: string | null }) {
  const where = holder.deleted_at ? '（该记录在回收站中，可从回收站恢复）' : '';
  return `身份证号 ${maskIdNumber(idNumber)} 已登记为“${holder.name}”（编号 ${holder.id}）${where}，同一身份证号不能登记两次`;
}

async function assertIdFree(trx: Transaction<Database>, idNumber: string, selfId?: number) {
  const holder = (await membersByIdNumber(trx, [idNumber])).get(idNumber);
  if (holder && holder.id !== selfId) {
    throw new AppError('CONFLICT', idTakenMessage(idNumber, holder), { field: 'idNumber', memberId: holder.id });
  }
}

async function assertZoneExists(trx: Transaction<Database>, zoneId: number | null) {
  if (zoneId === null) return;
  const zone = await trx.selectFrom('zone').select('id').where('id', '=', zoneId).executeTakeFirst();
  if (!zone) throw new AppError('NOT_FOUND', `片区：找不到编号为 ${zoneId} 的片区，可能已被删除，请重新选择`, { field: 'zoneId' });
}

/** Non-blocking notes for the form: ID warnings and same name + birth date. */
export async function memberWarnings(ctx: AppContext, row: Pick<MemberRow, 'name' | 'id_number' | 'birth_date'>, selfId?: number) {
  const id = checkIdNumber(row.id_number, today(ctx));
  const warnings = id.ok ? [...id.warnings] : [];
  for (const twin of await sameNameAndBirth(ctx.db, row.name, row.birth_date, selfId)) {
    warnings.push(`花名册中已有同名同出生日期的“${twin.name}”（编号 ${twin.id}），请确认不是同一人`);
  }
  return warnings;
}

export async function createMember(ctx: AppContext, fields: MemberFields) {
  const row = toMemberRow(fields);
  const warnings = await memberWarnings(ctx, row);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await assertIdFree(trx, row.id_number);
    await assertZoneExists(trx, row.zone_id);
    const [newId] = await insertMemberRows(trx, [row], ctx.now().toISOString(), today(ctx));
    await recordAudit(trx, ctx, { action: 'create', entity: 'member', entityId: newId, label: row.name, after: await memberSnapshot(trx, newId!) });
    return newId!;
  });
  return { id, warnings };
}

export async function updateMember(ctx: AppContext, id: number, fields: MemberUpdateFields) {
  const kept = await ctx.db.selectFrom('member').select(['id_number', 'phone']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!kept) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的成员，可能已被删除`);
  const row = toMemberRow({ ...fields, idNumber: fields.idNumber ?? kept.id_number, phone: fields.phone ?? kept.phone });
  const warnings = await memberWarnings(ctx, row, id);
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('member').select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!existing) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的成员，可能已被删除`);
    await assertIdFree(trx, row.id_number, id);
    await assertZoneExists(trx, row.zone_id);
    const before = await memberSnapshot(trx, id);
    await updateMemberRow(trx, id, row, ctx.now().toISOString());
    await recordAudit(trx, ctx, { action: 'update', entity: 'member', entityId: id, label: row.name, before, after: await memberSnapshot(trx, id) });
  });
  return { id, warnings };
}

/** 迁出 / 去世 / 其他 (or back to 在册): the member stays on file, the history grows. */
export async function changeMemberStatus(
  ctx: AppContext,
  change: { id: number; status: MemberStatus; date: string; reason: string },
) {
  if (change.date > today(ctx)) throw new AppError('VALIDATION', '变动日期不能晚于今天', { field: 'date' });
  if (change.status !== '在册' && !change.reason) {
    throw new AppError('VALIDATION', `请填写${change.status}原因`, { field: 'reason' });
  }
  await ctx.db.transaction().execute(async (trx) => {
    const member = await trx.selectFrom('member').select(['id', 'name', 'status']).where('id', '=', change.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!member) throw new AppError('NOT_FOUND', `找不到编号为 ${change.id} 的成员，可能已被删除`);
    if (member.status === change.status) throw new AppError('CONFLICT', `该成员当前已是“${change.status}”状态`);
    const now = ctx.now().toISOString();
    await trx
      .updateTable('member')
      .set({ status: change.status, status_date: change.date, status_reason: change.reason, updated_at: now })
      .where('id', '=', change.id)
      .execute();
    await trx
      .insertInto('member_status_event')
      .values({ member_id: change.id, status: change.status, date: change.date, reason: change.reason, created_at: now })
      .execute();
    await recordAudit(trx, ctx, {
      action: 'status',
      entity: 'member',
      entityId: change.id,
      label: member.name,
      before: { 状态: member.status },
      after: { 状态: change.status, 变动日期: change.date, 原因: change.reason },
    });
  });
}
