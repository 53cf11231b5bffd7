/** recycle.* — 回收站. */
import { z } from 'zod';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { RECYCLE_TYPES } from './registry';
import { listRecycled, purgeRecord, restoreRecord } from './service';

const item = z.object({
  type: z.string({ error: '缺少记录类型' }).max(30),
  id: z.number({ error: '缺少记录编号' }).int().positive(),
});

export const recycleApi = {
  types: defineQuery(noInput, () => RECYCLE_TYPES.map((t) => ({ type: t.type, title: t.title }))),

  list: defineQuery(
    z
      .object({
        type: z.string().max(30).optional(),
        page: z.number().int().min(1).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
      })
      .default({ page: 1, pageSize: 50 }),
    (ctx, filter) => listRecycled(ctx, filter),
  ),

  restore: defineMethod(item, (ctx, { type, id }) => restoreRecord(ctx, type, id)),

  /** Permanent: 管理员 only, after the UI's confirmation. */
  purge: defineMethod(item, (ctx, { type, id }) => purgeRecord(ctx, type, id), { access: 'admin' }),
};
