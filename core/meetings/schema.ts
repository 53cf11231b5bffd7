/** What the meetings API accepts (zod, Chinese messages). Shared with the renderer's forms. */
import { z } from 'zod';
import { wasThere } from '../attendance/attendance';
import { attendeeSchema, checkAttendees } from '../attendance/schema';
import { ROLES } from '../members/codes';
import { correctionInputSchema } from '../records/corrections';
import { RECORD_STATUSES } from '../records/lock';

export const ACTION_STATUSES = ['未开始', '进行中', '已完成'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });
const clockTime = z.union([z.literal(''), z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应为 时:分，如 09:30' })]);
const id = (what: string) => z.number({ error: `缺少${what}编号` }).int().positive();
const text = (label: string, max: number) => z.string().trim().max(max, { error: `${label}不超过${max}字` });

/** A person in a role (主持人, 记录人): a roster member, or a name typed in. */
const personSchema = (label: string) =>
  z.object({ memberId: id('成员').nullable().default(null), name: text(`${label}姓名`, 30).default('') });

export const speechSchema = z.object({
  speaker: z.string().trim().min(1, { error: '请选择发言人' }).max(30),
  content: text('发言内容', 4000).default(''),
});

export const topicSchema = z.object({
  title: z.string().trim().min(1, { error: '请填写议题' }).max(200, { error: '议题不超过200字' }),
  notes: text('讨论情况', 10000).default(''),
  speeches: z.array(speechSchema).max(100).default([]),
});

export const actionSchema = z.object({
  id: id('行动事项').optional(),
  content: z.string().trim().min(1, { error: '请填写行动事项内容' }).max(500, { error: '行动事项不超过500字' }),
  owner: text('责任人', 30).default(''),
  dueDate: isoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES, { error: '状态应为 未开始/进行中/已完成' }).default('未开始'),
  carriedFromId: id('行动事项').nullable().default(null),
});

export const meetingInputSchema = z
  .object({
    typeId: id('会议类型'),
    title: z.string().trim().min(1, { error: '请填写会议名称' }).max(100, { error: '会议名称不超过100字' }),
    session: text('届次', 50).default(''),
    date: isoDate,
    startTime: clockTime.default(''),
    endTime: clockTime.default(''),
    place: text('地点', 100).default(''),
    host: personSchema('主持人').default({ memberId: null, name: '' }),
    recorder: personSchema('记录人').default({ memberId: null, name: '' }),
    attendees: z.array(attendeeSchema('参会人员')).max(500).default([]),
    topics: z.array(topicSchema).max(50).default([]),
    resolutions: z.array(z.string().trim().min(1, { error: '决议内容不能为空' }).max(1000)).max(50).default([]),
    actions: z.array(actionSchema).max(100).default([]),
  })
  .superRefine((m, ctx) => {
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
  year: z.number().int().min(1949).max(2100).optional(),
  status: z.enum(RECORD_STATUSES).optional(),
  query: z.string().trim().max(50).default(''),
});

export const meetingTypeSchema = z.object({
  id: id('会议类型').optional(),
  name: z.string().trim().min(1, { error: '请填写会议类型名称' }).max(20, { error: '会议类型名称不超过20字' }),
  defaultRoles: z.array(z.enum(ROLES, { error: '默认参会职务不在可选范围内' })).max(10).default([]),
  defaultTopics: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
});

export const meetingCorrectionSchema = meetingIdSchema.extend(correctionInputSchema.shape);

export const actionStatusSchema = z.object({ actionId: id('行动事项'), status: z.enum(ACTION_STATUSES, { error: '状态应为 未开始/进行中/已完成' }) });

export const actionListSchema = z.object({
  scope: z.enum(['open', 'overdue', 'all']).default('open'),
  query: z.string().trim().max(50).default(''),
});
