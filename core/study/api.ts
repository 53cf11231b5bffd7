/** study.* — 学习记录 (DESIGN §3.3, issue 12). Reads are open to 只读 operators; writes stay 录入员/管理员. */
import { defineMethod, defineQuery, noInput } from '../api/define';
import { auditedRead } from '../audit/wrap';
import type { AppContext } from '../context';
import { deleteRecord } from '../recycle/service';
import { studyLedger } from './ledger';
import { ledgerWorkbook } from './ledger-xlsx';
import { addMakeup, removeMakeup } from './makeup';
import { createMaterial, listMaterials, updateMaterial } from './materials';
import { personRecord } from './person';
import { planItems, planVsHeld, removePlanItem, savePlanItem } from './plan';
import { getSession, listOwing, listSessions } from './read';
import { listHoursRules, saveHoursRule } from './rules';
import {
  hoursRuleInputSchema,
  makeupInputSchema,
  materialIdSchema,
  materialInputSchema,
  materialListSchema,
  personRecordSchema,
  planItemIdSchema,
  planItemInputSchema,
  sessionCorrectionSchema,
  sessionIdSchema,
  sessionInputSchema,
  sessionListSchema,
  yearInputSchema,
} from './schema';
import { addSessionCorrection, createSession, finalizeSession, updateSession } from './service';
import { z } from 'zod';

async function branchName(ctx: AppContext) {
  const row = await ctx.db.selectFrom('branch_info').select('name').executeTakeFirst();
  return row?.name ?? '';
}

export const studyApi = {
  list: defineQuery(sessionListSchema, (ctx, f) => listSessions(ctx, f)),
  get: defineQuery(sessionIdSchema, (ctx, { id }) => getSession(ctx, id)),
  create: defineMethod(sessionInputSchema, (ctx, input) => createSession(ctx, input)),
  update: defineMethod(sessionIdSchema.extend({ session: sessionInputSchema }), (ctx, { id, session }) => updateSession(ctx, id, session)),
  /** 删除 a 草稿: into the 回收站; a 定稿 record is refused (./recycle.ts). */
  remove: defineMethod(sessionIdSchema, (ctx, { id }) => deleteRecord(ctx, 'study', id)),
  finalize: defineMethod(sessionIdSchema, (ctx, { id }) => finalizeSession(ctx, id)),
  addCorrection: defineMethod(sessionCorrectionSchema, (ctx, { id, ...c }) => addSessionCorrection(ctx, id, c)),

  addMakeup: defineMethod(makeupInputSchema, (ctx, input) => addMakeup(ctx, input)),
  removeMakeup: defineMethod(z.object({ id: z.number({ error: '缺少补学编号' }).int().positive() }), (ctx, { id }) => removeMakeup(ctx, id)),
  /** Who still owes 补学 (per person or for a year). */
  owing: defineQuery(z.object({ year: yearInputSchema.shape.year.optional(), memberId: z.number().int().positive().optional() }), (ctx, f) => listOwing(ctx, f)),

  materials: defineQuery(materialListSchema, (ctx, f) => listMaterials(ctx, f)),
  createMaterial: defineMethod(materialInputSchema, (ctx, input) => createMaterial(ctx, input)),
  updateMaterial: defineMethod(materialIdSchema.extend({ material: materialInputSchema }), (ctx, { id, material }) => updateMaterial(ctx, id, material)),
  removeMaterial: defineMethod(materialIdSchema, (ctx, { id }) => deleteRecord(ctx, 'study_material', id)),

  planItems: defineQuery(yearInputSchema, (ctx, { year }) => planItems(ctx, year)),
  savePlanItem: defineMethod(planItemInputSchema, (ctx, input) => savePlanItem(ctx, input)),
  removePlanItem: defineMethod(planItemIdSchema, (ctx, { id }) => removePlanItem(ctx, id)),
  planVsHeld: defineQuery(yearInputSchema, (ctx, { year }) => planVsHeld(ctx, year)),

  hoursRules: defineQuery(noInput, (ctx) => listHoursRules(ctx)),
  saveHoursRule: defineMethod(hoursRuleInputSchema, (ctx, input) => saveHoursRule(ctx, input)),

  person: defineQuery(personRecordSchema, (ctx, { memberId, year }) => personRecord(ctx, memberId, year)),
  /** The annual 学习台账's data: the print document (one PDF) and the .xlsx show the same. */
  ledger: defineQuery(yearInputSchema, (ctx, { year }) => studyLedger(ctx, year)),
  // 'write' like the other exports: a file leaving the office is more than reading.
  exportLedger: auditedRead(
    defineMethod(yearInputSchema, async (ctx, { year }) => ledgerWorkbook(await studyLedger(ctx, year), await branchName(ctx))),
    { entry: (_ctx, { year }, { fileName }) => ({ action: 'export', entity: 'study', label: `${year}年度学习台账`, detail: `导出 Excel 文件 ${fileName}` }) },
  ),
};
