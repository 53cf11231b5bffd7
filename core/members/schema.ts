/**
 * What a member record must satisfy. Plain zod (no Node imports): the member
 * form runs the same rules live, and the API validates with them at the boundary.
 */
import { z } from 'zod';
import { boundedArray, idRef, isoDateSchema, refuseForbiddenChars, userText } from '../api/schemas';
import { LANDLINE_PHONE, MOBILE_PHONE } from '../settings/schema';
import { EDUCATION, ETHNICITY, MARITAL_STATUS, MEMBER_STATUSES, POLITICAL_STATUS, ROLES, type CodeTable } from './codes';
import { checkIdNumber } from './idcard';

/** Domain bounds of one member (issue 10 item 8): every role there is, and more care tags than any list uses. */
export const MEMBER_LIMITS = { roles: ROLES.length, tags: 20 } as const;

const text = (label: string, max: number) => userText(label, max).default('');

const code = (label: string, table: CodeTable) =>
  z
    .string({ error: `${label}应为代码` })
    .nullable()
    .default(null)
    .transform((v) => (v === '' ? null : v))
    .refine((v) => v === null || table.some((item) => item.code === v), `${label}不在代码表中`);

/** The one date schema (core/api/schemas.ts), under the name the roster modules know. */
export const isoDate = (label: string) => isoDateSchema(label);

const phoneText = z
  .string({ error: '联系电话应为文字' })
  .overwrite((s) => s.normalize('NFKC').replace(/\s+/g, ''))
  .refine(
    (v) => v === '' || MOBILE_PHONE.test(v) || LANDLINE_PHONE.test(v),
    '联系电话格式不正确：请填写11位手机号或带区号的座机号',
  );

export const phoneSchema = phoneText.default('');

/** Validates the 身份证号 and normalizes it (15 → 18 digits, upper-case X). */
export const idNumberSchema = z.string({ error: '请填写身份证号' }).max(40, '身份证号应为18位').transform((raw, ctx) => {
  const result = checkIdNumber(raw);
  if (!result.ok) {
    ctx.addIssue({ code: 'custom', message: result.message });
    return z.NEVER;
  }
  return result.id;
});

export const memberInputSchema = z.object({
  name: z
    .string({ error: '请填写姓名' })
    .overwrite((s) => s.normalize('NFKC').replace(/[\s\u3000]+/g, ''))
    .check(refuseForbiddenChars('姓名'))
    .min(1, '请填写姓名')
    .max(30, '姓名不能超过30个字'),
  idNumber: idNumberSchema,
  ethnicity: code('民族', ETHNICITY),
  education: code('文化程度', EDUCATION),
  political: code('政治面貌', POLITICAL_STATUS),
  marital: code('婚姻状况', MARITAL_STATUS),
  phone: phoneSchema,
  householdAddress: text('户籍地址', 100),
  currentAddress: text('现住址', 100),
  zoneId: z.number({ error: '片区应为列表中的一项' }).pipe(idRef('片区')).nullable().default(null),
  building: text('楼栋', 30),
  employment: text('就业状况', 20),
  workplace: text('工作单位', 60),
  joinedOn: isoDate('入册日期').nullable().default(null),
  roles: boundedArray(z.enum(ROLES, { error: '身份不在可选范围内' }), MEMBER_LIMITS.roles, '身份').default([]),
  tags: boundedArray(userText('关爱标签', 20).min(1, '关爱标签不能为空'), MEMBER_LIMITS.tags, '关爱标签').default([]),
  note: userText('备注', 500, { multiline: true }).default(''),
});

export type MemberInput = z.input<typeof memberInputSchema>;
export type MemberFields = z.output<typeof memberInputSchema>;

/**
 * Editing: 身份证号 and 联系电话 left out are kept as they are, so the edit form
 * never has to reveal them (revealing full numbers is for 管理员, and audited).
 */
export const memberUpdateSchema = z.object({
  id: idRef('成员'),
  member: memberInputSchema.extend({ idNumber: idNumberSchema.optional(), phone: phoneText.optional() }),
});
export type MemberUpdateInput = z.input<typeof memberUpdateSchema>;
export type MemberUpdateFields = z.output<typeof memberUpdateSchema>['member'];

export const statusChangeSchema = z.object({
  id: idRef('成员'),
  status: z.enum(MEMBER_STATUSES, { error: '状态应为在册、迁出、去世或其他' }),
  date: isoDate('变动日期'),
  reason: userText('变动原因', 200, { multiline: true }).default(''),
});
