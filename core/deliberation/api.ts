/**
 * deliberation.* — 妇女议事会 (DESIGN §3.4, issue 13). One method per lifecycle
 * transition (./lifecycle.ts is the table they obey), each with its own schema.
 * Reads are open to 只读 operators; every write is 录入员/管理员 (the default label).
 */
import { z } from 'zod';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { idRef } from '../api/schemas';
import { auditedRead } from '../audit/wrap';
import { deleteRecord } from '../recycle/service';
import { ledgerWorkbook } from './ledger-xlsx';
import { agendaData, feedbackData, ledgerData, noticeData, opinionsData } from './prints';
import { deliberationFigures } from './figures';
import { board, getItem, getItemForEdit, itemsOfMember, listItems } from './read';
import {
  acceptSchema,
  assignSchema,
  closeSchema,
  entrySchema,
  feedbackSchema,
  itemIdSchema,
  itemInputSchema,
  itemUpdateSchema,
  listSchema,
  meetingIdSchema,
  memberIdSchema,
  rangeSchema,
  rejectSchema,
  scheduleSchema,
  sessionInputSchema,
  submitSchema,
  unitSchema,
  unscheduleSchema,
  visitSchema,
  voteSchema,
  withdrawSchema,
  yearInputSchema,
} from './schema';
import { createItem, createSession, deleteUnit, listUnits, saveSettings, saveUnit, updateItem } from './service';
import { listSessions, sessionItems, sessionQuarters } from './sessions';
import { deliberationSettingsSchema, loadSettings, VOTE_RULES } from './settings';
import * as t from './transitions';
import { STATES, TRANSITIONS } from './lifecycle';

export const deliberationApi = {
  // 议题
  list: defineQuery(listSchema, (ctx, f) => listItems(ctx, f)),
  board: defineQuery(listSchema, (ctx, f) => board(ctx, f)),
  get: defineQuery(itemIdSchema, (ctx, { id }) => getItem(ctx, id)),
  /** The 议题 as typed, for the edit form (the 居民's contact unmasked). */
  getForEdit: defineMethod(itemIdSchema, (ctx, { id }) => getItemForEdit(ctx, id)),
  create: defineMethod(itemInputSchema, (ctx, input) => createItem(ctx, input)),
  update: defineMethod(itemUpdateSchema, (ctx, { id, item }) => updateItem(ctx, id, item)),
  /** Only a draft in 收集 goes to the 回收站 (./recycle.ts); later only 撤回. */
  remove: defineMethod(itemIdSchema, (ctx, { id }) => deleteRecord(ctx, 'deliberation', id)),
  /** For the member detail: the 议题 she raised (or brought) and seconded. */
  ofMember: defineQuery(memberIdSchema, (ctx, { memberId }) => itemsOfMember(ctx, memberId)),

  // The lifecycle: one method per transition (./lifecycle.ts TRANSITIONS)
  submit: defineMethod(submitSchema, (ctx, i) => t.submit(ctx, i)),
  accept: defineMethod(acceptSchema, (ctx, i) => t.accept(ctx, i)),
  reject: defineMethod(rejectSchema, (ctx, i) => t.reject(ctx, i)),
  schedule: defineMethod(scheduleSchema, (ctx, i) => t.schedule(ctx, i)),
  unschedule: defineMethod(unscheduleSchema, (ctx, i) => t.unschedule(ctx, i)),
  vote: defineMethod(voteSchema, (ctx, i) => t.vote(ctx, i)),
  assign: defineMethod(assignSchema, (ctx, i) => t.assign(ctx, i)),
  addProgress: defineMethod(entrySchema, (ctx, i) => t.addEntry(ctx, 'progress', i)),
  addReminder: defineMethod(entrySchema, (ctx, i) => t.addEntry(ctx, 'reminder', i)),
  feedback: defineMethod(feedbackSchema, (ctx, i) => t.feedback(ctx, i)),
  visit: defineMethod(visitSchema, (ctx, i) => t.visit(ctx, i)),
  close: defineMethod(closeSchema, (ctx, i) => t.close(ctx, i)),
  withdraw: defineMethod(withdrawSchema, (ctx, i) => t.withdraw(ctx, i)),
  /** The table itself, for the screen (state names, labels, what each needs). */
  lifecycle: defineQuery(noInput, () => ({ states: STATES, transitions: TRANSITIONS })),

  // 议事会 sessions (meetings of type 妇女议事会)
  sessions: defineQuery(z.object({ year: yearInputSchema.shape.year.optional() }), (ctx, { year }) => listSessions(ctx, year)),
  createSession: defineMethod(sessionInputSchema, (ctx, input) => createSession(ctx, input)),
  /** The session's 议题 with votes and 决议: what the meeting page and its print show. */
  sessionItems: defineQuery(meetingIdSchema, (ctx, { meetingId }) => sessionItems(ctx, meetingId)),
  /** Quarters of the year, each with its sessions; a begun quarter without one is `missing`. */
  sessionQuarters: defineQuery(yearInputSchema, (ctx, { year }) => sessionQuarters(ctx, year)),

  // 承办单位 and settings
  units: defineQuery(noInput, (ctx) => listUnits(ctx)),
  saveUnit: defineMethod(unitSchema, (ctx, u) => saveUnit(ctx, u)),
  deleteUnit: defineMethod(z.object({ id: idRef('承办单位') }), (ctx, { id }) => deleteUnit(ctx, id)),
  settings: defineQuery(noInput, async (ctx) => ({ ...(await loadSettings(ctx.db)), voteRules: Object.entries(VOTE_RULES).map(([name, r]) => ({ name, text: r.text })) })),
  saveSettings: defineMethod(deliberationSettingsSchema, async (ctx, s) => {
    await saveSettings(ctx, s, await loadSettings(ctx.db));
    return loadSettings(ctx.db);
  }),

  // Figures
  figures: defineQuery(yearInputSchema, (ctx, { year }) => deliberationFigures(ctx, year)),

  // Print data (masked; the renderer's print components draw them) and the .xlsx
  printAgenda: defineQuery(meetingIdSchema, (ctx, { meetingId }) => agendaData(ctx, meetingId)),
  printNotice: defineQuery(meetingIdSchema, (ctx, { meetingId }) => noticeData(ctx, meetingId)),
  printFeedback: defineQuery(itemIdSchema, (ctx, { id }) => feedbackData(ctx, id)),
  printOpinions: defineQuery(rangeSchema, (ctx, range) => opinionsData(ctx, range)),
  printLedger: defineQuery(yearInputSchema, (ctx, { year }) => ledgerData(ctx, year)),
  // 'write' like the other exports: a file leaving the office is more than reading.
  exportLedger: auditedRead(
    defineMethod(yearInputSchema, async (ctx, { year }) => ledgerWorkbook(await ledgerData(ctx, year))),
    { entry: (_ctx, { year }, { fileName }) => ({ action: 'export', entity: 'deliberation', label: `${year}年度议事台账`, detail: `导出 Excel 文件 ${fileName}` }) },
  ),
};
