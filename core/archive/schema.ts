/** What the archive API accepts (zod, Chinese messages naming the field). Plain zod: the renderer's forms use it too. */
import { z } from 'zod';
import { boundedArray, idRef, isoDateSchema, optionalText, requiredText, searchText, userText } from '../api/schemas';
import { ORG_PATTERN, RETENTIONS } from './code';

const halfWidthUpper = (s: string) => s.normalize('NFKC').toUpperCase();

export const retentionSchema = z.enum(RETENTIONS, { error: '保管期限应为 Y（永久）、D30（30年）或 D10（10年）' });

/** 3 capital letters or digits; spaces are refused, not stripped (a code with a space is a typo to fix). */
export const orgCodeSchema = z
  .string({ error: '机构（问题）代码应为文字' })
  .overwrite(halfWidthUpper)
  .refine((v) => ORG_PATTERN.test(v), { error: (i) => `机构（问题）代码“${String(i.input)}”不正确：应为3位大写字母或数字（如 BGS）` });

export const yearSchema = z
  .number({ error: '年度应为数字' })
  .int('年度应为整数')
  .min(1949, '年度应在 1949 到 2100 之间')
  .max(2100, '年度应在 1949 到 2100 之间');

export const SECRECY_LEVELS = ['', '公开', '内部', '秘密', '机密', '绝密'] as const;
export const secrecySchema = z.enum(SECRECY_LEVELS, { error: '密级应为 公开、内部、秘密、机密、绝密 之一或不填' });

/** Paper documents filed by hand (their scans are attachments). */
export const MANUAL_KINDS = ['通知', '计划', '总结', '上级来文', '照片', '其他'] as const;
export const manualKindSchema = z.enum(MANUAL_KINDS, { error: '文件类别应为 通知、计划、总结、上级来文、照片 或 其他' });

export const itemIdSchema = z.object({ id: idRef('档案条目') });
export const boxIdSchema = z.object({ id: idRef('档案盒') });
export const yearInputSchema = z.object({ year: yearSchema });

/** What a person may still change on an item; the 档号 parts never change. */
export const itemFieldsSchema = z.object({
  title: userText('题名', 300),
  selfTitled: z.boolean({ error: '“自拟题名”应为是或否' }).default(false),
  responsible: userText('责任者', 100),
  docNumber: optionalText('文号', 50),
  date: isoDateSchema('日期').nullable(),
  secrecy: secrecySchema.default(''),
  pages: z.number({ error: '页数应为数字' }).int('页数应为整数').min(1, '页数至少为1').max(100000, '页数过大').nullable(),
  note: optionalText('备注', 500),
});

export const manualItemSchema = itemFieldsSchema.extend({
  docKind: manualKindSchema,
  year: yearSchema,
  retention: retentionSchema.optional(),
  orgCode: orgCodeSchema.nullable().optional(),
});
export type ManualItemInput = z.output<typeof manualItemSchema>;

export const updateItemSchema = itemIdSchema.extend({ item: itemFieldsSchema });

export const voidItemSchema = itemIdSchema.extend({ reason: requiredText('作废原因', 200) });

export const sourceRefSchema = z.object({
  type: z.string({ error: '缺少记录类型' }).min(1, '缺少记录类型').max(30, '记录类型不正确'),
  id: idRef('记录'),
});

export const fileRecordSchema = z.object({
  source: sourceRefSchema,
  /** Changeable before confirming; the default comes from the settings. */
  retention: retentionSchema.optional(),
  orgCode: orgCodeSchema.nullable().optional(),
});
export type FileRecordInput = z.output<typeof fileRecordSchema>;

export const itemListSchema = z.object({
  year: yearSchema.optional(),
  retention: retentionSchema.optional(),
  orgCode: orgCodeSchema.nullable().optional(),
  /** 档号 or 题名. */
  query: searchText(),
  boxId: idRef('档案盒').nullable().optional(),
  includeVoided: z.boolean().default(true),
});

export const schemeSchema = z.object({ withOrg: z.boolean({ error: '请选择分类方案' }) });
export const orgSchema = z.object({ code: orgCodeSchema, name: requiredText('机构（问题）名称', 30) });
export const orgCodeInputSchema = z.object({ code: orgCodeSchema });
export const retentionDefaultSchema = z.object({ kind: requiredText('记录类别', 60), retention: retentionSchema });

export const boxCreateSchema = z.object({
  year: yearSchema,
  retention: retentionSchema,
  orgCode: orgCodeSchema.nullable().optional(),
  /** Left out: the next free number in that category. */
  boxNo: z.number({ error: '盒号应为数字' }).int('盒号应为整数').min(1, '盒号至少为1').max(9999, '盒号最大为9999').optional(),
});
export const boxItemsSchema = z.object({ boxId: idRef('档案盒'), itemIds: boundedArray(idRef('档案条目'), 2000, '档案条目').min(1, '请选择要装盒的档案') });
export const unboxItemsSchema = z.object({ itemIds: boundedArray(idRef('档案条目'), 2000, '档案条目').min(1, '请选择要移出的档案') });
export const renumberBoxSchema = boxIdSchema.extend({ boxNo: z.number({ error: '盒号应为数字' }).int('盒号应为整数').min(1, '盒号至少为1').max(9999, '盒号最大为9999') });
export const boxNotesSchema = boxIdSchema.extend({
  contentsNote: optionalText('盒内文件情况说明', 1000, { multiline: true }),
  arrangedBy: optionalText('整理人', 30),
  arrangedOn: isoDateSchema('整理日期').nullable().default(null),
  checkedBy: optionalText('检查人', 30),
  checkedOn: isoDateSchema('检查日期').nullable().default(null),
});

export const catalogSchema = z.object({
  year: yearSchema,
  retention: retentionSchema.optional(),
  orgCode: orgCodeSchema.nullable().optional(),
});
export const labelsSchema = z.object({ itemIds: boundedArray(idRef('档案条目'), 5000, '档案条目').optional(), year: yearSchema.optional() });
export const spinesSchema = z.object({ boxIds: boundedArray(idRef('档案盒'), 500, '档案盒').optional(), year: yearSchema.optional() });

export const exportArchiveSchema = z.object({
  year: yearSchema,
  /** A folder (empty or not yet there); the package is written inside it under its final name only when complete. */
  outDir: requiredText('保存位置', 500),
  /** A selection instead of the whole year. */
  itemIds: boundedArray(idRef('档案条目'), 5000, '档案条目').optional(),
});
