import { selectBranchInfo, upsertBranchInfo } from '../../db/settings/queries';
import { defineMethod, noInput } from '../api/define';
import { branchInfoSchema } from './schema';

export const settingsApi = {
  /** 基本信息 as saved, or empty strings on first run. */
  getBranchInfo: defineMethod(noInput, (ctx) => selectBranchInfo(ctx.db)),

  saveBranchInfo: defineMethod(branchInfoSchema, async (ctx, info) => {
    await ctx.db.transaction().execute((trx) => upsertBranchInfo(trx, info, ctx.now().toISOString()));
    return selectBranchInfo(ctx.db);
  }),
};
