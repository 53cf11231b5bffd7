/** One member in full (masked), the explicit reveal, and the form's live duplicate check. */
import { membersByIdNumber } from '../../db/members/queries';
import { selectMemberDetail } from '../../db/members/roster-queries';
import { maskFreeText } from '../audit/mask';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { codeName, EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS } from './codes';
import { ageOn, checkIdNumber, maskIdNumber, maskPhone } from './idcard';
import { memberLinks } from './search';
import { idTakenMessage, memberWarnings, today } from './service';

const notFound = (id: number) => new AppError('NOT_FOUND', `找不到编号为 ${id} 的成员，可能已被删除`);
const coded = (table: Parameters<typeof codeName>[0], code: string | null) => ({ code, name: codeName(table, code) });

export async function getMember(ctx: AppContext, id: number) {
  const found = await selectMemberDetail(ctx.db, id);
  if (!found) throw notFound(id);
  const { member: m, history } = found;
  const { roles, tags } = await memberLinks(ctx.db, [id]);
  // A 只读 operator never edits: the free text she reads is masked like the lists. The edit
  // form of the other roles needs it as stored, or saving would overwrite it with stars.
  const free = ctx.operator?.role === '只读' ? maskFreeText : (text: string) => text;
  return {
    id: m.id,
    name: m.name,
    idNumberMasked: maskIdNumber(m.id_number),
    birthDate: m.birth_date,
    age: ageOn(m.birth_date, today(ctx)),
    sex: m.sex,
    ethnicity: coded(ETHNICITY, m.ethnicity),
    education: coded(EDUCATION, m.education),
    political: coded(POLITICAL_STATUS, m.political),
    marital: coded(MARITAL_STATUS, m.marital),
    phoneMasked: maskPhone(m.phone),
    hasPhone: m.phone !== '',
    householdAddress: free(m.household_address),
    currentAddress: free(m.current_address),
    zone: m.zone_id === null ? null : { id: m.zone_id, name: m.zone_name ?? '' },
    building: free(m.building),
    employment: m.employment,
    workplace: free(m.workplace),
    joinedOn: m.joined_on,
    roles: roles.get(id) ?? [],
    tags: tags.get(id) ?? [],
    note: free(m.note),
    status: m.status,
    statusDate: m.status_date,
    statusReason: free(m.status_reason),
    statusHistory: history.map((h) => ({ id: h.id, status: h.status, date: h.date, reason: free(h.reason), recordedAt: h.created_at })),
    createdAt: m.created_at,
    updatedAt: m.updated_at,
  };
}

export type MemberDetail = Awaited<ReturnType<typeof getMember>>;

/**
 * The full 身份证号 or phone, asked for explicitly by the operator (eye icon,
 * or opening the edit form). Kept its own method so the audit log can record it.
 */
export async function revealMemberField(ctx: AppContext, id: number, field: 'idNumber' | 'phone') {
  const row = await ctx.db
    .selectFrom('member')
    .select(['id_number', 'phone'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound(id);
  return { field, value: field === 'idNumber' ? row.id_number : row.phone };
}

/**
 * What the form shows while the 身份证号 is typed: the validator's refusal, or
 * the derived birth date/sex/age, a CONFLICT naming who already holds the
 * number, and the non-blocking warnings (odd 17th digit, over 110, same name + birth date).
 */
export async function checkDuplicates(ctx: AppContext, input: { name: string; idNumber: string; excludeId?: number }) {
  const asOf = today(ctx);
  const id = checkIdNumber(input.idNumber, asOf);
  if (!id.ok) return { idError: id.message, conflict: null, warnings: [] as string[] };
  const holder = (await membersByIdNumber(ctx.db, [id.id])).get(id.id);
  const conflict =
    holder && holder.id !== input.excludeId
      ? { memberId: holder.id, name: holder.name, message: idTakenMessage(id.id, holder) }
      : null;
  const name = input.name.normalize('NFKC').replace(/[\s\u3000]+/g, '');
  const warnings = name
    ? await memberWarnings(ctx, { name, id_number: id.id, birth_date: id.birthDate }, input.excludeId)
    : id.warnings;
  return {
    idError: null,
    idNumber: id.id,
    birthDate: id.birthDate,
    sex: id.sex,
    age: ageOn(id.birthDate, asOf),
    converted: id.converted,
    conflict,
    warnings,
  };
}
