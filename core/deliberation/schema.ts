/** What the deliberation API accepts (zod, Chinese messages naming the field). Plain zod: the renderer's forms use it too. */
import { z } from 'zod';
import { boundedArray, idRef, isoDateSchema, requiredText, searchText, userText } from '../api/schemas';
import { CATEGORIES, METHODS, OUTCOME_GRADES, SOURCES, VISIT_METHODS, VISIT_RESULTS } from './codes';
import { STATES } from './lifecycle';

export const DELIB_LIMITS = { seconders: 30, coUnits: 10 } as const;

const oneOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label}应为 ${values.join('/')} 之一` });
const longText = (label: string, max: number) => userText(label, max, { multiline: true });
const count = (label: string) =>
  z.number({ error: `${label}应为人数` }).int(`${label}应为整数`).min(0, `${label}不能为负数`).max(10000, `${label}不能超过10000`);

export const itemIdSchema = z.object({ id: idRef('议题') });

/** 提出人: a 妇女代表 from the roster, or a resident (name, contact) whose concern a representative brought. */
export const proposerSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('代表'), memberId: idRef('提出人') }),
    z.object({
      kind: z.literal('居民'),
      name: requiredText('提出人姓名', 30),
      contact: userText('提出人联系方式', 60).default(''),
      viaMemberId: idRef('转达的妇女代表'),
    }),
  ],
  { error: '提出人应为妇女代表或居民（经妇女代表转达）' },
);
export type ProposerInput = z.output<typeof proposerSchema>;

export const itemInputSchema = z
  .object({
    title: requiredText('议题标题', 100),
    content: requiredText('诉求内容', 4000, { multiline: true }),
    source: oneOf(SOURCES, '来源'),
    category: oneOf(CATEGORIES, '类别'),
    method: oneOf(METHODS, '议事方式'),
    raisedOn: isoDateSchema('提出日期'),
    proposer: proposerSchema,
    seconderIds: boundedArray(idRef('附议人'), DELIB_LIMITS.seconders, '附议人').default([]),
  })
  .superRefine((item, ctx) => {
    if (new Set(item.seconderIds).size !== item.seconderIds.length) {
      ctx.addIssue({ code: 'custom', path: ['seconderIds'], message: '附议人中有同一人重复出现' });
    }
    if (item.proposer.kind === '代表' && item.seconderIds.includes(item.proposer.memberId)) {
      ctx.addIssue({ code: 'custom', path: ['seconderIds'], message: '提出人不能同时作为附议人' });
    }
  });
export type ItemInput = z.output<typeof itemInputSchema>;

export const itemUpdateSchema = itemIdSchema.extend({ item: itemInputSchema });

const withDate = (dateLabel: string) => itemIdSchema.extend({ date: isoDateSchema(dateLabel) });

export const submitSchema = withDate('提交日期').extend({ note: longText('说明', 500).default('') });
export const acceptSchema = withDate('立项日期').extend({ note: longText('研判意见', 1000).default('') });
export const rejectSchema = withDate('研判日期').extend({ reason: requiredText('不予立项理由', 1000, { multiline: true }) });
export const scheduleSchema = withDate('列入日期').extend({ meetingId: idRef('议事会') });
export const unscheduleSchema = withDate('移出日期').extend({ reason: requiredText('移出原因', 500, { multiline: true }) });

export const voteSchema = withDate('审议日期')
  .extend({
    expected: count('应到人数'),
    present: count('实到人数'),
    yes: count('同意票'),
    no: count('反对票'),
    abstain: count('弃权票'),
    resolution: requiredText('决议内容', 2000, { multiline: true }),
  })
  .superRefine((v, ctx) => {
    if (v.expected < 1) ctx.addIssue({ code: 'custom', path: ['expected'], message: '应到人数至少为1' });
    if (v.present < 1) ctx.addIssue({ code: 'custom', path: ['present'], message: '实到人数至少为1' });
    if (v.present > v.expected) ctx.addIssue({ code: 'custom', path: ['present'], message: `实到人数（${v.present}）不能多于应到人数（${v.expected}）` });
    const cast = v.yes + v.no + v.abstain;
    if (cast > v.present) {
      ctx.addIssue({ code: 'custom', path: ['yes'], message: `同意、反对、弃权合计（${cast}）不能多于实到人数（${v.present}）` });
    }
  });

export const assignSchema = withDate('交办日期')
  .extend({
    mainUnitId: idRef('主办单位'),
    coUnitIds: boundedArray(idRef('协办单位'), DELIB_LIMITS.coUnits, '协办单位').default([]),
    /** Left out: 交办日期 + the default 时限 (settings). */
    dueOn: isoDateSchema('办理时限').optional(),
  })
  .superRefine((a, ctx) => {
    if (a.dueOn && a.dueOn < a.date) ctx.addIssue({ code: 'custom', path: ['dueOn'], message: `办理时限（${a.dueOn}）不能早于交办日期（${a.date}）` });
    if (a.coUnitIds.includes(a.mainUnitId)) ctx.addIssue({ code: 'custom', path: ['coUnitIds'], message: '主办单位不能同时作为协办单位' });
    if (new Set(a.coUnitIds).size !== a.coUnitIds.length) ctx.addIssue({ code: 'custom', path: ['coUnitIds'], message: '协办单位中有重复' });
  });

export const entrySchema = withDate('日期').extend({
  content: requiredText('内容', 2000, { multiline: true }),
  byName: userText('填写人', 30).default(''),
});

export const feedbackSchema = withDate('反馈日期')
  .extend({
    text: requiredText('办理情况', 2000, { multiline: true }),
    publicizedOn: isoDateSchema('公示日期').nullable().default(null),
  })
  .superRefine((f, ctx) => {
    if (f.publicizedOn && f.publicizedOn < f.date) ctx.addIssue({ code: 'custom', path: ['publicizedOn'], message: `公示日期（${f.publicizedOn}）不能早于反馈日期（${f.date}）` });
  });

export const visitSchema = withDate('回访日期')
  .extend({
    result: oneOf(VISIT_RESULTS, '满意度'),
    method: oneOf(VISIT_METHODS, '回访方式'),
    visitor: requiredText('回访人', 30),
    note: longText('回访意见', 1000).default(''),
    /** For 不满意 only: the 二次办理 时限; left out = 回访日期 + the default (settings). */
    newDueOn: isoDateSchema('二次办理时限').optional(),
  })
  .superRefine((v, ctx) => {
    if (v.newDueOn && v.result !== '不满意') ctx.addIssue({ code: 'custom', path: ['newDueOn'], message: '只有“不满意”才转二次办理，不需要填写二次办理时限' });
    if (v.newDueOn && v.newDueOn < v.date) ctx.addIssue({ code: 'custom', path: ['newDueOn'], message: `二次办理时限（${v.newDueOn}）不能早于回访日期（${v.date}）` });
  });

export const closeSchema = withDate('办结日期')
  .extend({
    grade: oneOf(OUTCOME_GRADES, '办结等级'),
    resultText: requiredText('办理结果', 2000, { multiline: true }),
    reason: longText('说明理由', 1000).default(''),
  })
  .superRefine((c, ctx) => {
    if (c.grade === 'D' && !c.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '办结等级为D（留作参考）时请填写说明理由' });
  });

export const withdrawSchema = withDate('撤回日期').extend({ reason: requiredText('撤回理由', 500, { multiline: true }) });

const yearSchema = z.number({ error: '年度应为数字' }).int('年度应为整数').min(1900, '年度应在1900年到2100年之间').max(2100, '年度应在1900年到2100年之间');
export const yearInputSchema = z.object({ year: yearSchema });

export const listSchema = z.object({
  state: oneOf(STATES as unknown as [string, ...string[]], '状态').optional(),
  category: oneOf(CATEGORIES, '类别').optional(),
  source: oneOf(SOURCES, '来源').optional(),
  method: oneOf(METHODS, '议事方式').optional(),
  year: yearSchema.optional(),
  quarter: z.number({ error: '季度应为数字' }).int().min(1, '季度应为1到4').max(4, '季度应为1到4').optional(),
  /** A representative: the 议题 she raised (or brought for a resident). */
  proposerMemberId: idRef('提出人').optional(),
  mainUnitId: idRef('主办单位').optional(),
  /** 'overdue': past 时限; 'due': past or within the warning days. */
  due: z.enum(['overdue', 'due'], { error: '时限筛选应为 已超期/即将到期' }).optional(),
  /** Include 已撤回 and other ended items (default: all). */
  query: searchText(50),
});
export type ListFilters = z.output<typeof listSchema>;

export const meetingIdSchema = z.object({ meetingId: idRef('议事会') });
export const memberIdSchema = z.object({ memberId: idRef('成员') });
export const rangeSchema = z
  .object({ from: isoDateSchema('开始日期'), to: isoDateSchema('结束日期') })
  .refine((r) => r.from <= r.to, { path: ['to'], message: '结束日期不能早于开始日期' });

export const unitSchema = z.object({
  id: idRef('承办单位').optional(),
  name: requiredText('承办单位名称', 30),
  active: z.boolean({ error: '是否启用应为是或否' }).default(true),
});

export const sessionInputSchema = z.object({
  title: requiredText('议事会名称', 100),
  date: isoDateSchema('会议日期'),
  place: userText('地点', 100).default(''),
});
