/** What the meetings API accepts (zod, Chinese messages). Shared with the renderer's forms. */
import { z } from 'zod';
import { wasThere } from '../attendance/attendance';
import { attendeeSchema, checkAttendees } from '../attendance/schema';
import { ROLES } from '../members/codes';
import { correctionInputSchema } from '../records/corrections';
import { RECORD_STATUSES } from '../records/lock';
import { RHYTHMS } from './rhythm';
import { boundedArray, idRef, isoDateSchema, requiredText, searchText, userText } from '../api/schemas';

export const ACTION_STATUSES = ['未开始', '进行中', '已完成'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const isoDate = (label: string) => isoDateSchema(label);
const clockTime = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 时:分，如 09:30' })], {
  error: '时间格式应为 时:分，如 09:30',
});
const id = idRef;
const text = (label: string, max: number) => userText(label, max);
const longText = (label: string, max: number) => userText(label, max, { multiline: true });

/** Domain bounds of one meeting record (issue 10 item 8): generous for a community branch, never unbounded. */
export const MEETING_LIMITS = {
  attendees: 300,
  topics: 20,
  speechesPerTopic: 20,
  resolutions: 30,
  actions: 50,
  typeDefaultRoles: 10,
  typeDefaultTopics: 20,
  /**
   * All the text of one record together, about 28 printed pages (a branch's minutes run 2–5):
   * the largest record must still print and export quickly (npm run bench -- --only largest).
   */
  totalChars: 20_000,
} as const;

function totalChars(m: { title: string; session: string; place: string; attendees: { name: string; reason: string }[]; topics: { title: string; notes: string; speeches: { speaker: string; content: string }[] }[]; resolutions: string[]; actions: { content: string; owner: string }[] }): number {
  let n = m.title.length + m.session.length + m.place.length;
  for (const a of m.attendees) n += a.name.length + a.reason.length;
  for (const t of m.topics) {
    n += t.title.length + t.notes.length;
    for (const s of t.speeches) n += s.speaker.length + s.content.length;
  }
  for (const r of m.resolutions) n += r.length;
  for (const a of m.actions) n += a.content.length + a.owner.length;
  return n;
}

/** A person in a role (主持人, 记录人): a roster member, or a name typed in. */
const personSchema = (label: string) =>
  z.object({ memberId: id(label).nullable().default(null), name: text(`${label}姓名`, 30).default('') }, { error: `${label}应为人员` });

export const speechSchema = z.object({
  speaker: userText('发言人', 30).min(1, '请选择发言人'),
  content: longText('发言内容', 4000).default(''),
});

export const topicSchema = z.object({
  title: requiredText('议题', 200),
  notes: longText('讨论情况', 10000).default(''),
  speeches: boundedArray(speechSchema, MEETING_LIMITS.speechesPerTopic, '每个议题的发言').default([]),
});

export const actionSchema = z.object({
  id: id('行动事项').optional(),
  content: requiredText('行动事项内容', 500, { multiline: true }),
  owner: text('责任人', 30).default(''),
  dueDate: isoDate('完成时限').nullable().default(null),
  status: z.enum(ACTION_STATUSES, { error: '状态应为 未开始/进行中/已完成' }).default('未开始'),
  carriedFromId: id('延续的行动事项').nullable().default(null),
});

export const meetingInputSchema = z
  .object({
    typeId: id('会议类型'),
    title: requiredText('会议名称', 100),
    session: text('届次', 50).default(''),
    date: isoDate('会议日期'),
    startTime: clockTime.default(''),
    endTime: clockTime.default(''),
    place: text('地点', 100).default(''),
    host: personSchema('主持人').default({ memberId: null, name: '' }),
    recorder: personSchema('记录人').default({ memberId: null, name: '' }),
    attendees: boundedArray(attendeeSchema('参会人员'), MEETING_LIMITS.attendees, '参会人员').default([]),
    topics: boundedArray(topicSchema, MEETING_LIMITS.topics, '议题').default([]),
    resolutions: boundedArray(userText('决议内容', 1000, { multiline: true }).min(1, '决议内容不能为空'), MEETING_LIMITS.resolutions, '决议').default([]),
    actions: boundedArray(actionSchema, MEETING_LIMITS.actions, '行动事项').default([]),
  })
  .superRefine((m, ctx) => {
    const chars = totalChars(m);
    if (chars > MEETING_LIMITS.totalChars) {
      ctx.addIssue({ code: 'custom', path: [], message: `一份会议记录的文字总数不能超过${MEETING_LIMITS.totalChars}字（现有${chars}字），请精简或分成几份记录` });
    }
    if (m.startTime && m.endTime && m.endTime <= m.startTime) {
      ctx.addIssue({ code: 'custom', path: ['endTime'], message: '结束时间应晚于开始时间' });
    }
    checkAttendees(m.attendees, ctx, { who: '参会人员' });
    const present = new Set(m.attendees.filter(wasThere).map((a) => a.name));
    m.topics.forEach((t, i) =>
      t.speeches.forEach((s, j) => {
        if (!present.has(s.speaker)) {
          ctx.addIssue({ code: 'custom', path: ['topics', i, 'speeches', j, 'speaker'], message: `议题“${t.title}”的发言人“${s.speaker}”不在出席或列席人员中` });
        }
      }),
    );
  });
export type MeetingInput = z.output<typeof meetingInputSchema>;

export const meetingIdSchema = z.object({ id: id('会议') });

export const meetingListSchema = z.object({
  typeId: id('会议类型').optional(),
  year: z.number({ error: '年份应为数字' }).int('年份应为整数').min(1900, '年份应在1900年到2100年之间').max(2100, '年份应在1900年到2100年之间').optional(),
  status: z.enum(RECORD_STATUSES, { error: '状态应为草稿或已定稿' }).optional(),
  /** A date range (the 年度检查表's quarter, the 首页's old drafts), both ends included. */
  from: isoDate('开始日期').optional(),
  to: isoDate('结束日期').optional(),
  query: searchText(50),
});

export const meetingTypeSchema = z.object({
  id: id('会议类型').optional(),
  name: requiredText('会议类型名称', 20),
  defaultRoles: boundedArray(z.enum(ROLES, { error: '默认参会职务不在可选范围内' }), MEETING_LIMITS.typeDefaultRoles, '默认参会职务').default([]),
  defaultTopics: boundedArray(requiredText('默认议题', 200), MEETING_LIMITS.typeDefaultTopics, '默认议题').default([]),
  /** Left out: unchanged (a new type is 不定期). */
  rhythm: z.enum(RHYTHMS, { error: '召开频次应为 每月/每季度/每半年/每年/不定期' })
    .optional(),
});

export const meetingTemplateSchema = z.object({ typeId: id('会议类型'), date: isoDate('会议日期').optional() });

export const memberOptionsSchema = z.object({ query: searchText(30) });

export const meetingCorrectionSchema = meetingIdSchema.extend(correctionInputSchema.shape);

export const actionStatusSchema = z.object({ actionId: id('行动事项'), status: z.enum(ACTION_STATUSES, { error: '状态应为 未开始/进行中/已完成' }) });

export const actionListSchema = z.object({
  scope: z.enum(['open', 'overdue', 'all'], { error: '范围应为 未完成/已逾期/全部' }).default('open'),
  query: searchText(50),
});
