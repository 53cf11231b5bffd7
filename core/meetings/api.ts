/** meetings.* — 会议记录 (DESIGN §3.2, §4.6). Reads are open to 只读 operators; writes stay 录入员/管理员. */
import { defineMethod, defineQuery, noInput } from '../api/define';
import { auditedRead } from '../audit/wrap';
import { deleteRecord } from '../recycle/service';
import { meetingDocx } from './docx';
import { getMeeting, listActions, listMeetings } from './read';
import {
  actionListSchema,
  actionStatusSchema,
  meetingCorrectionSchema,
  meetingIdSchema,
  meetingInputSchema,
  meetingListSchema,
  meetingTemplateSchema,
  meetingTypeSchema,
  memberOptionsSchema,
} from './schema';
import { addMeetingCorrection, createMeeting, finalizeMeeting, loadMeeting, setActionStatus, updateMeeting } from './service';
import { deleteMeetingType, listMeetingTypes, meetingTemplate, memberOptions, saveMeetingType } from './templates';

export const meetingsApi = {
  listTypes: defineQuery(noInput, (ctx) => listMeetingTypes(ctx)),
  saveType: defineMethod(meetingTypeSchema, (ctx, t) => saveMeetingType(ctx, t)),
  deleteType: defineMethod(meetingIdSchema, (ctx, { id }) => deleteMeetingType(ctx, id)),
  template: defineQuery(meetingTemplateSchema, (ctx, { typeId, date }) => meetingTemplate(ctx, typeId, date)),
  memberOptions: defineQuery(memberOptionsSchema, (ctx, { query }) => memberOptions(ctx, query)),

  list: defineQuery(meetingListSchema, (ctx, filters) => listMeetings(ctx, filters)),
  get: defineQuery(meetingIdSchema, (ctx, { id }) => getMeeting(ctx, id)),
  create: defineMethod(meetingInputSchema, (ctx, input) => createMeeting(ctx, input)),
  update: defineMethod(meetingIdSchema.extend({ meeting: meetingInputSchema }), (ctx, { id, meeting }) => updateMeeting(ctx, id, meeting)),
  /** 删除 a 草稿: into the 回收站 (restorable there); a 定稿 record is refused (./recycle.ts). */
  remove: defineMethod(meetingIdSchema, (ctx, { id }) => deleteRecord(ctx, 'meeting', id)),
  finalize: defineMethod(meetingIdSchema, (ctx, { id }) => finalizeMeeting(ctx, id)),
  addCorrection: defineMethod(meetingCorrectionSchema, (ctx, { id, ...correction }) => addMeetingCorrection(ctx, id, correction)),

  actions: defineQuery(actionListSchema, (ctx, filters) => listActions(ctx, filters)),
  setActionStatus: defineMethod(actionStatusSchema, (ctx, { actionId, status }) => setActionStatus(ctx, actionId, status)),

  // Stays 'write' like the roster's exports: a file leaving the office is more than reading.
  exportDocx: auditedRead(
    defineMethod(meetingIdSchema, (ctx, { id }) => meetingDocx(ctx, id)),
    {
      entry: async (ctx, { id }, { fileName }) => ({
        action: 'export',
        entity: 'meeting',
        entityId: id,
        label: (await loadMeeting(ctx, id)).title,
        detail: `导出 Word 文件 ${fileName}`,
      }),
    },
  ),
};
