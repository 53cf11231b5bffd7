/** Inputs of the reporting.* methods (shared zod primitives, core/api/schemas.ts). */
import { z } from 'zod';
import { boundedArray, isoDateSchema, optionalText, requiredText, userText } from '../api/schemas';
import { normalizeFingerprint } from './keys';

export const BRANCH_CODE = /^[0-9A-Za-z-]{1,20}$/;

export const reportIdentitySchema = z.object({
  branchCode: userText('社区编码', 20).refine((v) => v === '' || BRANCH_CODE.test(v), '社区编码应为1–20位数字或字母（由街道妇联分配）'),
  /** Left out = keep the key already saved (the form never shows it back). */
  districtKey: userText('街道密钥', 200).refine((v) => v === '' || v.length >= 16, '街道密钥至少16个字符（由街道妇联统一分发，不确定可不填）').optional(),
});

export const exportPackageSchema = z.object({
  asOf: isoDateSchema('统计截止日期'),
  filledBy: optionalText('填表人', 20),
  reviewedBy: optionalText('审核人', 20),
  /** Defaults to today. */
  reportedOn: isoDateSchema('报出日期').optional(),
});

export const registerBranchSchema = z.object({
  code: requiredText('社区编码', 20).refine((v) => BRANCH_CODE.test(v), '社区编码应为1–20位数字或字母'),
  name: requiredText('社区名称', 50),
  fingerprint: requiredText('密钥指纹', 40).transform((v, ctx) => {
    const normal = normalizeFingerprint(v);
    if (!normal) ctx.addIssue({ code: 'custom', message: '密钥指纹应为16位数字或字母A–F，如 3F2A-09BC-77D1-E460' });
    return normal ?? v;
  }),
});

export const roundSchema = z.object({ asOf: isoDateSchema('统计截止日期') });

/** A package as the renderer read it: its name and content in base64 (a 5,000-member package with hashes is ~700 KB). */
const packageUpload = z.object({ fileName: requiredText('文件名', 260), base64: z.string().max(40_000_000) });
export const importPackagesSchema = z.object({ files: boundedArray(packageUpload, 100, '上报包') });
