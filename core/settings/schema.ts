/**
 * 基本信息 rules. Plain zod with no Node imports: the renderer uses the same
 * schema for live form checks, and the API validates with it at the boundary.
 */
import { z } from 'zod';
import { boundedArray, idRef, requiredText, userText } from '../api/schemas';

/** 全宗号 (DA/T 13): four digits or capital letters, e.g. 0194. */
export const FONDS_CODE = /^[0-9A-Z]{4}$/;
export const MOBILE_PHONE = /^1[3-9]\d{9}$/;
/** 0571-87654321, 057187654321, 87654321, with an optional extension -123. */
export const LANDLINE_PHONE = /^(0\d{2,3}-?)?[2-9]\d{6,7}(-\d{1,6})?$/;

/** Full-width digits and letters typed through a Chinese IME become half-width. */
const halfWidth = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

const text = (label: string, max: number) => userText(label, max);

export const branchInfoSchema = z.object({
  name: z.string({ error: '请填写社区妇联名称' }).pipe(requiredText('社区妇联名称', 50)),
  street: text('所属街道', 50),
  fondsCode: z
    .string({ error: '全宗号应为文字' })
    .overwrite((s) => halfWidth(s).toUpperCase())
    .refine((v) => v === '' || FONDS_CODE.test(v), '全宗号应为4位数字或大写字母（如 0194），不确定可不填'),
  contact: text('联系人', 20),
  phone: z
    .string({ error: '联系电话应为文字' })
    .overwrite(halfWidth)
    .refine(
      (v) => v === '' || MOBILE_PHONE.test(v) || LANDLINE_PHONE.test(v),
      '联系电话格式不正确：请填写11位手机号（如 13812345678）或座机号（如 0571-87654321）',
    ),
});

export type BranchInfoInput = z.input<typeof branchInfoSchema>;
export type BranchInfo = z.output<typeof branchInfoSchema>;

/** 妇联班子 (the wizard and 基本信息): who leads the branch. */
export const OFFICER_ROLES = ['妇联主席', '副主席', '执委'] as const;
export interface Officer {
  name: string;
  role: (typeof OFFICER_ROLES)[number];
  memberId: number | null;
}

export const OFFICER_LIMIT = 30;

export const officerSchema = z.object({
  name: requiredText('姓名', 20),
  role: z.enum(OFFICER_ROLES, { error: '职务只能是妇联主席、副主席或执委' }),
  memberId: idRef('成员').nullable().default(null),
});

export const officersSchema = z.object({
  officers: boundedArray(officerSchema, OFFICER_LIMIT, '妇联班子成员'),
});
export type OfficersInput = z.input<typeof officersSchema>;

