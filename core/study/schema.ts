/** What the study API accepts (zod, Chinese messages naming the field). Shared with the renderer's forms. */
import { z } from 'zod';
import { boundedArray, idRef, isoDateSchema, searchText, userText } from '../api/schemas';
import { attendeeSchema, checkAttendees } from '../attendance/schema';
import { correctionInputSchema } from '../records/corrections';
import { RECORD_STATUSES } from '../records/lock';
import { hoursSchema } from './hours';

export const STUDY_FORMS = ['集中学习', '专题辅导', '研讨交流', '自学', '线上学习', '其他'] as const;
export type StudyForm = (typeof STUDY_FORMS)[number];
export const MATERIAL_KINDS = ['文件', '讲话', '报告', '其他'] as const;

const dateOf = (label: string) => isoDateSchema(label);
const clockTime = (label: string) =>
  z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label}格式应为 时:分，如 09:30` })]);
const id = idRef;
const text = (label: string, max: number) => userText(label, max);
const longText = (label: string, max: number) => userText(label, max, { multiline: true });
const required = (label: string, max: number) => text(label, max).min(1, { error: `请填写${label}` });

const personSchema = (label: string) =>
  z.object({ memberId: id('成员').nullable().default(null), name: text(`${label}姓名`, 30).default('') }).default({ memberId: null, name: '' });

export const studyAttendeeSchema = attendeeSchema('参加人员').extend({
  /** Partial attendance: this person's hours instead of the session's. */
  hours: hoursSchema('个人学时').nullable().default(null),
});

export const studySpeechSchema = z.object({
  speaker: required('发言人', 30),
  content: longText('发言内容', 4000).default(''),
});

export const sessionInputSchema = z
  .object({
    date: dateOf('学习日期'),
    startTime: clockTime('开始时间').default(''),
    endTime: clockTime('结束时间').default(''),
    form: z.enum(STUDY_FORMS, { error: `学习形式应为 ${STUDY_FORMS.join('/')}` }),
    title: required('学习主题', 100),
    content: longText('学习内容', 10000).default(''),
    host: personSchema('主持人'),
    speaker: personSchema('主讲人'),
    place: text('地点', 100).default(''),
    recorder: personSchema('记录人'),
    /** null: filled from the counting rule. */
    hours: hoursSchema('学时').nullable().default(null),
    hoursRuleId: id('学时计算规则').nullable().default(null),
    summary: longText('心得/小结', 10000).default(''),
    planItemId: id('学习计划').nullable().default(null),
    materialIds: boundedArray(id('学习材料'), 50, '学习材料').default([]),
    attendees: boundedArray(studyAttendeeSchema, 500, '参加人员').default([]),
    speeches: boundedArray(studySpeechSchema, 200, '讨论发言').default([]),
  })
  .superRefine((s, ctx) => {
    if (s.startTime && s.endTime && s.endTime <= s.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: '结束时间应晚于开始时间' });
    }
    if (s.hours === null && s.hoursRuleId === null) {
      ctx.addIssue({ code: 'custom', path: ['hours'], message: '请填写学时，或选择学时计算规则' });
    }
    if (new Set(s.materialIds).size !== s.materialIds.length) {
      ctx.addIssue({ code: 'custom', path: ['materialIds'], message: '同一份学习材料选了两次' });
    }
    checkAttendees(s.attendees, ctx, { who: '参加人员' });
    s.attendees.forEach((a, i) => {
      if (a.hours !== null && a.attendance !== '出席' && a.attendance !== '列席') {
        ctx.addIssue({ code: 'custom', path: ['attendees', i, 'hours'], message: `${a.name}${a.attendance}，不计学时；缺的学时请通过补学补上` });
      }
      if (a.hours !== null && s.hours !== null && a.hours > s.hours) {
        ctx.addIssue({ code: 'custom', path: ['attendees', i, 'hours'], message: `${a.name}的个人学时（${a.hours}）不能超过本次学时（${s.hours}）` });
      }
    });
    const present = new Set(s.attendees.filter((a) => a.attendance === '出席' || a.attendance === '列席').map((a) => a.name));
    s.speeches.forEach((sp, j) => {
      if (s.attendees.length && !present.has(sp.speaker)) {
        ctx.addIssue({ code: 'custom', path: ['speeches', j, 'speaker'], message: `发言人“${sp.speaker}”不在出席或列席人员中` });
      }
    });
  });
export type SessionInput = z.output<typeof sessionInputSchema>;

export const sessionIdSchema = z.object({ id: id('学习记录') });

export const sessionListSchema = z.object({
  year: z.number().int().min(1949).max(2100).optional(),
  status: z.enum(RECORD_STATUSES).optional(),
  /** A date range (the 年度检查表's quarter), both ends included. */
  from: isoDateSchema('开始日期').optional(),
  to: isoDateSchema('结束日期').optional(),
  query: searchText(50),
});

export const sessionCorrectionSchema = sessionIdSchema.extend(correctionInputSchema.shape);

export const makeupInputSchema = z.object({
  attendeeId: id('参加人员'),
  date: dateOf('补学日期'),
  method: required('补学方式', 100),
  reflection: longText('补学心得', 4000).default(''),
  hours: hoursSchema('补学学时').refine((h) => h > 0, { error: '补学学时应大于0' }),
});
export type MakeupInput = z.output<typeof makeupInputSchema>;

export const materialInputSchema = z.object({
  title: required('材料标题', 200),
  issuer: text('发文机关', 100).default(''),
  docNumber: text('文号', 50).default(''),
  publishedOn: dateOf('发布日期').nullable().default(null),
  kind: z.enum(MATERIAL_KINDS, { error: `材料类型应为 ${MATERIAL_KINDS.join('/')}` }).default('文件'),
  source: text('来源', 200).default(''),
});
export type MaterialInput = z.output<typeof materialInputSchema>;
export const materialIdSchema = z.object({ id: id('学习材料') });
export const materialListSchema = z.object({ query: searchText(50) });

const yearSchema = z.number({ error: '请填写年度' }).int({ error: '年度应为整数' }).min(1949, { error: '年度应在1949到2100之间' }).max(2100, { error: '年度应在1949到2100之间' });
export const yearInputSchema = z.object({ year: yearSchema });

export const planItemInputSchema = z.object({
  id: id('计划').optional(),
  year: yearSchema,
  month: z.number({ error: '请选择月份' }).int().min(1, { error: '月份应在1到12之间' }).max(12, { error: '月份应在1到12之间' }),
  topic: required('计划学习主题', 200),
  form: z.enum(STUDY_FORMS, { error: `计划学习形式应为 ${STUDY_FORMS.join('/')}` }).default('集中学习'),
  speaker: text('计划主讲人', 30).default(''),
  note: text('备注', 500).default(''),
});
export type PlanItemInput = z.output<typeof planItemInputSchema>;
export const planItemIdSchema = z.object({ id: id('计划') });

export const hoursRuleInputSchema = z.object({
  id: id('学时计算规则').optional(),
  name: required('规则名称', 20),
  kind: z.enum(['fixed', 'per_hour'], { error: '规则类型应为 固定学时 或 按实际时长' }),
  hours: hoursSchema('规则学时').default(0),
});
export type HoursRuleInput = z.output<typeof hoursRuleInputSchema>;

export const personRecordSchema = z.object({ memberId: id('成员'), year: yearSchema.optional() });
