/**
 * 会议类型 (an editable list) and the template each gives a new meeting: default
 * 议题, default attendees resolved from roster roles (在册, not deleted), and the
 * open action items of the previous meeting of the same type, offered for carry-over.
 */
import { sql, type SqlBool } from 'kysely';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import type { Role } from '../members/codes';
import { ROLES } from '../members/codes';
import { meetingTypeSnapshot } from './audit';
import type { Rhythm } from './rhythm';

export interface MeetingType {
  id: number;
  name: string;
  defaultRoles: Role[];
  defaultTopics: string[];
  rhythm: Rhythm;
}

export async function listMeetingTypes(ctx: AppContext): Promise<MeetingType[]> {
  const rows = await ctx.db.selectFrom('meeting_type').selectAll().orderBy('sort_order').orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, defaultRoles: JSON.parse(r.default_roles) as Role[], defaultTopics: JSON.parse(r.default_topics) as string[], rhythm: r.rhythm }));
}

export async function saveMeetingType(ctx: AppContext, t: { id?: number; name: string; defaultRoles: Role[]; defaultTopics: string[]; rhythm?: Rhythm }) {
  const values = { name: t.name, default_roles: JSON.stringify(t.defaultRoles), default_topics: JSON.stringify(t.defaultTopics), ...(t.rhythm ? { rhythm: t.rhythm } : {}) };
  return ctx.db.transaction().execute(async (trx) => {
    const clash = await trx.selectFrom('meeting_type').select('id').where('name', '=', t.name).executeTakeFirst();
    if (clash && clash.id !== t.id) throw new AppError('CONFLICT', `已有名为“${t.name}”的会议类型。`);
    if (t.id) {
      const before = await trx.selectFrom('meeting_type').selectAll().where('id', '=', t.id).executeTakeFirst();
      if (!before) throw new AppError('NOT_FOUND', `找不到编号为 ${t.id} 的会议类型。`);
      await trx.updateTable('meeting_type').set(values).where('id', '=', t.id).execute();
      await recordAudit(trx, ctx, {
        action: 'update',
        entity: 'meeting_type',
        entityId: t.id,
        label: t.name,
        before: meetingTypeSnapshot(before),
        after: meetingTypeSnapshot({ rhythm: before.rhythm, ...values }),
      });
      return { id: t.id };
    }
    const next = await trx.selectFrom('meeting_type').select((eb) => eb.fn.max('sort_order').as('m')).executeTakeFirst();
    const { id } = await trx
      .insertInto('meeting_type')
      .values({ ...values, sort_order: Number(next?.m ?? 0) + 1, created_at: ctx.now().toISOString() })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', entity: 'meeting_type', entityId: id, label: t.name, after: meetingTypeSnapshot(values) });
    return { id };
  });
}

/** A type in use stays (old records keep their type, 回收站 ones included); an unused one can go. */
export async function deleteMeetingType(ctx: AppContext, id: number) {
  return ctx.db.transaction().execute(async (trx) => {
    const type = await trx.selectFrom('meeting_type').selectAll().where('id', '=', id).executeTakeFirst();
    if (!type) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的会议类型。`);
    const used = await trx.selectFrom('meeting').select('id').where('type_id', '=', id).limit(1).execute();
    if (used.length) throw new AppError('CONFLICT', `会议类型“${type.name}”已有会议记录（含回收站中的），不能删除。`);
    await trx.deleteFrom('meeting_type').where('id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'delete', entity: 'meeting_type', entityId: id, label: type.name, before: meetingTypeSnapshot(type) });
    return { id };
  });
}

/** Members 在册 holding any of the roles, in role order then name (pinyin-ish by collation is not available; by id). */
export async function membersWithRoles(ctx: AppContext, roles: readonly string[]) {
  if (!roles.length) return [];
  const rows = await ctx.db
    .selectFrom('member')
    .innerJoin('member_role', 'member_role.member_id', 'member.id')
    .select(['member.id', 'member.name', sql<string>`group_concat(member_role.role, '、')`.as('roles')])
    .where('member.status', '=', '在册')
    .where('member.deleted_at', 'is', null)
    .where('member_role.role', 'in', [...roles])
    .groupBy('member.id')
    .orderBy(sql`min(${sql.raw(roleRankSql())})`)
    .orderBy('member.id')
    .execute();
  return rows.map((r) => ({ memberId: r.id, name: r.name, roles: r.roles }));
}

/** 妇联主席 first, then 副主席, 执委 … (the order of ROLES). */
function roleRankSql() {
  return `case member_role.role ${ROLES.map((r, i) => `when '${r}' then ${i}`).join(' ')} else 99 end`;
}

export async function meetingTemplate(ctx: AppContext, typeId: number, date?: string) {
  const type = (await listMeetingTypes(ctx)).find((t) => t.id === typeId);
  if (!type) throw new AppError('NOT_FOUND', `找不到编号为 ${typeId} 的会议类型。`);
  const attendees = await membersWithRoles(ctx, type.defaultRoles);
  return { type, topics: type.defaultTopics, attendees, carryOver: await openActionsOfPreviousMeeting(ctx, typeId, date) };
}

/** The latest meeting of the type (before `date` when given) and its action items not 已完成. */
export async function openActionsOfPreviousMeeting(ctx: AppContext, typeId: number, date?: string) {
  let q = ctx.db.selectFrom('meeting').select(['id', 'title', 'date']).where('type_id', '=', typeId).where('deleted_at', 'is', null);
  if (date) q = q.where('date', '<=', date);
  const previous = await q.orderBy('date', 'desc').orderBy('id', 'desc').executeTakeFirst();
  if (!previous) return null;
  const actions = await ctx.db
    .selectFrom('meeting_action')
    .select(['id', 'content', 'owner', 'due_date', 'status'])
    .where('meeting_id', '=', previous.id)
    .where('status', '!=', '已完成')
    .orderBy('sort_order')
    .execute();
  return { meetingId: previous.id, title: previous.title, date: previous.date, actions: actions.map((a) => ({ id: a.id, content: a.content, owner: a.owner, dueDate: a.due_date, status: a.status })) };
}

/** People to pick as attendees, 主持人, 记录人: 在册 members whose name, pinyin or initials match. */
export async function memberOptions(ctx: AppContext, query: string) {
  let q = ctx.db
    .selectFrom('member')
    .leftJoin('member_role', 'member_role.member_id', 'member.id')
    .select(['member.id', 'member.name', sql<string | null>`group_concat(member_role.role, '、')`.as('roles')])
    .where('member.status', '=', '在册')
    .where('member.deleted_at', 'is', null);
  // name_key holds the name, its pinyin and initials: “苏桂” and “sgy” both find 苏桂英.
  if (query) {
    const pattern = `%${query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<SqlBool>`member.name_key like ${pattern} escape '\\'`);
  }
  const rows = await q.groupBy('member.id').orderBy('member.name').limit(30).execute();
  return rows.map((r) => ({ memberId: r.id, name: r.name, roles: r.roles ?? '' }));
}
