import { selectBranchInfo, upsertBranchInfo } from '../../db/settings/queries';
import { recordAudit } from '../audit/record';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { officersSchema, officersView, saveOfficers } from './officers';
import { branchInfoSchema } from './schema';
import { endWizard, endWizardSchema, needsWizard, wizardState } from './setup';

export const settingsApi = {
  /** 基本信息 as saved, or empty strings on first run. */
  getBranchInfo: defineQuery(noInput, (ctx) => selectBranchInfo(ctx.db)),

  saveBranchInfo: defineMethod(branchInfoSchema, async (ctx, info) => {
    await ctx.db.transaction().execute(async (trx) => {
      const before = await selectBranchInfo(trx);
      await upsertBranchInfo(trx, info, ctx.now().toISOString());
      await recordAudit(trx, ctx, { action: 'update', entity: 'branch_info', label: info.name, before: branchFields(before), after: branchFields(info) });
    });
    return selectBranchInfo(ctx.db);
  }),

  /** 妇联班子: the typed list, or the roster's 主席/副主席/执委 while none is typed (`fromRoster`). */
  getOfficers: defineQuery(noInput, (ctx) => officersView(ctx.db)),

  /** Replaces the typed officer list (an empty list goes back to the roster's). */
  saveOfficers: defineMethod(officersSchema, (ctx, input) => saveOfficers(ctx, input)),

  /** Whether the first-run wizard shows: an empty data file whose wizard was neither finished nor skipped. */
  getSetup: defineQuery(noInput, async (ctx) => ({ wizard: await wizardState(ctx.db), needsWizard: await needsWizard(ctx.db) })),

  /** 完成 or 跳过向导: it never shows again on this data file. */
  endWizard: defineMethod(endWizardSchema, (ctx, input) => endWizard(ctx, input.state)),
};

/** 基本信息 under its form labels, for the audit log. */
function branchFields(info: { name: string; street: string; fondsCode: string; contact: string; phone: string }) {
  return { 社区妇联名称: info.name, 所属街道: info.street, 全宗号: info.fondsCode, 联系人: info.contact, 联系电话: info.phone };
}
