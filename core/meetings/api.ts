/** meetings.* — 会议记录 (DESIGN §3.2, §4.6). */
import { z } from 'zod';
import { defineMethod, noInput } from '../api/define';
import { meetingDocx } from './docx';
import { getMeeting, listActions, listMeetings } from './read';
import {
  actionListSchema,
  actionStatusSchema,
  meetingCorrectionSchema,
  meetingIdSchema,
  meetingInputSchema,
  meetingListSchema,
  meetingTypeSchema,
} from './schema';
import { addMeetingCorrection, createMeeting, deleteMeeting, finalizeMeeting, setActionStatus, updateMeeting } from './service';
import { deleteMeetingType, listMeetingTypes, meetingTemplate, memberOptions, saveMeetingType } from './templates';

export const meetingsApi = {
  listTypes: defineMethod(noInput, (ctx) => listMeetingTypes(ctx)),
  saveType: defineMethod(meetingTypeSchema, (ctx, t) => saveMeetingType(ctx, t)),
  deleteType: defineMethod(meetingIdSchema, (ctx, { id }) => deleteMeetingType(ctx, id)),
  template: defineMethod(
    z.object({ typeId: z.number().int().positive(), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
    (ctx, { typeId, date }) => meetingTemplate(ctx, typeId, date),
  ),
  memberOptions: defineMethod(z.object({ query: z.string().trim().max(30).default('') }), (ctx, { query }) => memberOptions(ctx, query)),

  list: defineMethod(meetingListSchema, (ctx, filters) => listMeetings(ctx, filters)),
  get: defineMethod(meetingIdSchema, (ctx, { id }) => getMeeting(ctx, id)),
  create: defineMethod(meetingInputSchema, (ctx, input) => createMeeting(ctx, input)),
  update: defineMethod(meetingIdSchema.extend({ meeting: meetingInputSchema }), (ctx, { id, meeting }) => updateMeeting(ctx, id, meeting)),
  remove: defineMethod(meetingIdSchema, (ctx, { id }) => deleteMeeting(ctx, id)),
  finalize: defineMethod(meetingIdSchema, (ctx, { id }) => finalizeMeeting(ctx, id)),
  addCorrection: defineMethod(meetingCorrectionSchema, (ctx, { id, ...correction }) => addMeetingCorrection(ctx, id, correction)),

  actions: defineMethod(actionListSchema, (ctx, filters) => listActions(ctx, filters)),
  setActionStatus: defineMethod(actionStatusSchema, (ctx, { actionId, status }) => setActionStatus(ctx, actionId, status)),

  exportDocx: defineMethod(meetingIdSchema, async (ctx, { id }) => meetingDocx(ctx, id)),
};
