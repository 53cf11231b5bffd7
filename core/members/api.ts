/**
 * members.* — the 妇女花名册. Each part of the module keeps its methods in its
 * own file; this object joins them into the API table, and adds the audit
 * records (and the 管理员 check for full ID numbers) to the read-only methods
 * that show or export personal data.
 */
import { z } from 'zod';
import { idRef } from '../api/schemas';
import { defineMethod, withAccess, type ApiMethod } from '../api/define';
import { auditedRead } from '../audit/wrap';
import { requireAdmin } from '../operators/access';
import { deleteRecord } from '../recycle/service';
import { importApi } from './import/api';
import { rosterApi } from './roster-api';
import { memberInputSchema, memberUpdateSchema, statusChangeSchema } from './schema';
import { changeMemberStatus, createMember, updateMember } from './service';
import { statsApi } from './stats-api';

/** Open to every operator, 只读 included (the parts' own files leave access at the default 'write'). */
const readable = <T extends Record<string, ApiMethod>>(methods: T): T =>
  Object.fromEntries(Object.entries(methods).map(([name, method]) => [name, withAccess(method, 'read')])) as T;

const memberName = async (ctx: Parameters<typeof requireAdmin>[0], id: number) =>
  (await ctx.db.selectFrom('member').select('name').where('id', '=', id).executeTakeFirst())?.name ?? '';

export const membersApi = {
  create: defineMethod(memberInputSchema, (ctx, fields) => createMember(ctx, fields)),

  update: defineMethod(memberUpdateSchema, (ctx, { id, member }) => updateMember(ctx, id, member)),

  changeStatus: defineMethod(statusChangeSchema, async (ctx, change) => {
    await changeMemberStatus(ctx, change);
    return { id: change.id };
  }),

  /** 删除: into the 回收站 (restorable there); her 身份证号 stays reserved. */
  delete: defineMethod(z.object({ id: idRef('成员') }), (ctx, { id }) =>
    deleteRecord(ctx, 'member', id),
  ),

  ...rosterApi,
  ...importApi,
  ...statsApi,

  ...readable({
    list: rosterApi.list,
    get: rosterApi.get,
    checkDuplicates: rosterApi.checkDuplicates,
    listTags: rosterApi.listTags,
    rosterSheet: rosterApi.rosterSheet,
    listZones: rosterApi.listZones,
    stats: statsApi.stats,
  }),

  reveal: auditedRead(withAccess(rosterApi.reveal, 'read'), {
    guard: (ctx, { field }) => field === 'idNumber' && requireAdmin(ctx, '查看完整身份证号'),
    entry: async (ctx, { id, field }) => ({
      action: 'reveal',
      entity: 'member',
      entityId: id,
      label: await memberName(ctx, id),
      detail: field === 'idNumber' ? '查看完整身份证号' : '查看完整联系电话',
    }),
  }),

  // Exports stay 'write' (录入员 and 管理员): data leaving the office is more than looking at it.
  exportRoster: auditedRead(rosterApi.exportRoster, {
    guard: (ctx, { fullIdNumbers }) => fullIdNumbers && requireAdmin(ctx, '导出完整身份证号'),
    entry: (_ctx, { fullIdNumbers }, { fileName, count }) => ({
      action: 'export',
      entity: 'member',
      label: fileName,
      detail: `导出${count}人，${fullIdNumbers ? '含完整身份证号' : '身份证号、电话已隐去中间数字'}`,
    }),
  }),

  exportStats: auditedRead(statsApi.exportStats, {
    entry: (_ctx, { asOf }, { fileName }) => ({ action: 'export', entity: 'statistics', label: fileName, detail: `统计截止 ${asOf ?? '今天'}` }),
  }),
};
