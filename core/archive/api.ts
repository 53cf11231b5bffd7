/**
 * archive.* — 档案台账 (DESIGN §3.5, §4.5, issue 14). Reads (lists, prints'
 * data, the annual check) are open to 只读 operators; filing, editing, voiding,
 * boxes, settings and the package are writes (录入员/管理员). See README.md here.
 */
import { z } from 'zod';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { requiredText } from '../api/schemas';
import { createBox, listBoxes, putInBox, removeBox, renumberBox, saveBoxNotes, takeOutOfBox } from './boxes';
import { boxRemarks, catalog, spineLabels, stampLabels } from './catalog';
import { annualCheck } from './check';
import { exportProgress, startExport } from './export-job';
import { filingPreview, fileRecord, resnapshot } from './filing';
import { archiveYears, createManualItem, filedAs, getItem, listItems, updateItem, voidItem } from './items';
import {
  boxCreateSchema,
  boxIdSchema,
  boxItemsSchema,
  boxNotesSchema,
  catalogSchema,
  exportArchiveSchema,
  fileRecordSchema,
  itemIdSchema,
  itemListSchema,
  labelsSchema,
  manualItemSchema,
  orgCodeInputSchema,
  orgSchema,
  renumberBoxSchema,
  retentionDefaultSchema,
  schemeSchema,
  sourceRefSchema,
  spinesSchema,
  unboxItemsSchema,
  updateItemSchema,
  voidItemSchema,
  yearInputSchema,
} from './schema';
import { verifyBag } from './bagit';
import { labelOffsetSchema, readLabelOffset, saveLabelOffset } from './label-offset';
import { archiveSettings, fillMissingFonds, removeOrg, saveOrg, saveRetentionDefault, saveScheme } from './settings';

export const archiveApi = {
  // Items (件)
  list: defineQuery(itemListSchema, (ctx, f) => listItems(ctx, f)),
  get: defineQuery(itemIdSchema, (ctx, { id }) => getItem(ctx, id)),
  years: defineQuery(noInput, (ctx) => archiveYears(ctx)),
  /** The 档号 a record was filed as, for its own screen (null: not filed). */
  filedAs: defineQuery(sourceRefSchema, (ctx, { type, id }) => filedAs(ctx.db, type, id)),
  createManual: defineMethod(manualItemSchema, (ctx, input) => createManualItem(ctx, input)),
  update: defineMethod(updateItemSchema, (ctx, { id, item }) => updateItem(ctx, id, item)),
  void: defineMethod(voidItemSchema, (ctx, { id, reason }) => voidItem(ctx, id, reason)),

  // 归档 from finalized records
  filingPreview: defineQuery(sourceRefSchema, (ctx, ref) => filingPreview(ctx, ref)),
  file: defineMethod(fileRecordSchema, (ctx, input) => fileRecord(ctx, input)),
  resnapshot: defineMethod(itemIdSchema, (ctx, { id }) => resnapshot(ctx, id)),

  // Boxes (盒) and their 备考表
  boxes: defineQuery(z.object({ year: yearInputSchema.shape.year.optional() }), (ctx, { year }) => listBoxes(ctx, year)),
  createBox: defineMethod(boxCreateSchema, (ctx, input) => createBox(ctx, input)),
  putInBox: defineMethod(boxItemsSchema, (ctx, { boxId, itemIds }) => putInBox(ctx, boxId, itemIds)),
  takeOutOfBox: defineMethod(unboxItemsSchema, (ctx, { itemIds }) => takeOutOfBox(ctx, itemIds)),
  renumberBox: defineMethod(renumberBoxSchema, (ctx, { id, boxNo }) => renumberBox(ctx, id, boxNo)),
  saveBoxNotes: defineMethod(boxNotesSchema, (ctx, input) => saveBoxNotes(ctx, input)),
  removeBox: defineMethod(boxIdSchema, (ctx, { id }) => removeBox(ctx, id)),

  // Classification settings
  settings: defineQuery(noInput, (ctx) => archiveSettings(ctx)),
  saveScheme: defineMethod(schemeSchema, (ctx, scheme) => saveScheme(ctx, scheme)),
  saveOrg: defineMethod(orgSchema, (ctx, org) => saveOrg(ctx, org)),
  removeOrg: defineMethod(orgCodeInputSchema, (ctx, { code }) => removeOrg(ctx, code)),
  saveRetentionDefault: defineMethod(retentionDefaultSchema, (ctx, input) => saveRetentionDefault(ctx, input)),
  /** After the archive assigns the 全宗号: □□□□ in earlier 档号 becomes it (nothing else changes). */
  fillMissingFonds: defineMethod(noInput, (ctx) => fillMissingFonds(ctx)),

  // Annual check and the prints' data
  check: defineQuery(yearInputSchema, (ctx, { year }) => annualCheck(ctx, year)),
  catalog: defineQuery(catalogSchema, (ctx, f) => catalog(ctx, f)),
  stampLabels: defineQuery(labelsSchema, (ctx, f) => stampLabels(ctx, f)),
  spineLabels: defineQuery(spinesSchema, (ctx, f) => spineLabels(ctx, f)),
  boxRemarks: defineQuery(boxIdSchema, (ctx, { id }) => boxRemarks(ctx, id)),

  // The offline package (BagIt): started, then polled for progress
  exportPackage: defineMethod(exportArchiveSchema, (ctx, input) => startExport(ctx, input)),
  /** The label printer's offset (mm) the 归档章 / 盒脊 sheets are shifted by. */
  labelOffset: defineQuery(noInput, (ctx) => readLabelOffset(ctx)),
  saveLabelOffset: defineMethod(labelOffsetSchema, (ctx, offset) => saveLabelOffset(ctx, offset)),
  /** 校验档案包 (the screen's button; the CLI's verify-archive): each file ok / changed / missing / untracked. */
  verifyPackage: defineQuery(z.object({ dir: requiredText('档案包文件夹', 500) }), (_ctx, { dir }) => verifyBag(dir)),
  exportProgress: defineQuery(z.object({ jobId: z.string({ error: '缺少导出任务编号' }).min(1).max(64) }), (_ctx, { jobId }) => exportProgress(jobId)),
};
