/**
 * The building blocks every module's zod schemas are made of, so that the API
 * — not the database — refuses what cannot be stored (issue 10 items 6–8):
 *
 * - `isoDateSchema`  a real calendar date (no 2026-02-30) in a sane range;
 * - `userText`       text a person typed: line breaks unified, trimmed,
 *                    refused when it holds characters that break our own files
 *                    (controls, noncharacters such as U+FFFF, lone surrogates),
 *                    with a length limit and a message naming the field;
 * - `idRef`          the id of another record (existence is checked in the
 *                    handler, see core/api/refs.ts);
 * - `boundedArray`   a list with a domain bound.
 *
 * Plain zod, no Node imports: the renderer's forms run the same rules.
 */
import { z } from 'zod';
import { isRealIsoDate } from '../dates';

/** Years a record of this app can carry a date in: no 0100-01-01, no 9999-12-31. */
export const DATE_RANGE = { min: '1900-01-01', max: '2100-12-31' } as const;

/**
 * YYYY-MM-DD that exists on the calendar, between `range.min` and `range.max`
 * (inclusive; ISO strings compare as dates).
 */
export function isoDateSchema(label: string, range: { min?: string; max?: string } = {}) {
  const min = range.min ?? DATE_RANGE.min;
  const max = range.max ?? DATE_RANGE.max;
  return z
    .string({ error: `${label}应为日期` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label}应为“年-月-日”格式，如 2024-03-08`, abort: true })
    .refine(isRealIsoDate, { error: `${label}不是有效日期`, abort: true })
    .refine((v) => v >= min && v <= max, `${label}应在 ${min.slice(0, 4)} 年到 ${max.slice(0, 4)} 年之间`);
}

// ---------------------------------------------------------------------------
// Text

/**
 * Characters no file of ours may hold: C0 controls but tab and line feed, DEL
 * and the C1 controls (XML 1.0 forbids or discourages them — a roster .xlsx or
 * a meeting .docx holding one cannot be opened), the 66 Unicode noncharacters
 * (U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane), and UTF-16 surrogates
 * that are not part of a pair (they would be stored as U+FFFD).
 */
const FORBIDDEN_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Where the first forbidden character is, or null when the text is clean. */
export function findForbiddenChar(text: string): { index: number; code: string } | null {
  // No u flag on the pattern: lone surrogates are only visible code unit by code unit.
  const match = FORBIDDEN_CHAR.exec(text);
  if (!match) return null;
  const code = [...match[0]].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
  return { index: [...text.slice(0, match.index)].length, code };
}

export function forbiddenCharMessage(label: string, found: { index: number; code: string }): string {
  return `${label}第${found.index + 1}个字处含有无法保存的不可见字符（${found.code}），请删除后重新输入`;
}

/**
 * Line breaks as Windows, Word and old Macs write them become one "\n";
 * single-line fields turn tabs and breaks into a space.
 */
export function normalizeLineBreaks(text: string, multiline: boolean): string {
  const unified = text.replace(/\r\n?|[\u2028\u2029]/g, '\n');
  return multiline ? unified : unified.replace(/[\t\n]+/g, ' ');
}

export interface TextOptions {
  /** Keeps line breaks and tabs (备注, 讨论情况, 发言内容). Default: one line. */
  multiline?: boolean;
}

/**
 * Text a person typed, trimmed, at most `max` characters, never holding a
 * character that breaks our files. Empty is allowed (see `requiredText`).
 */
export function userText(label: string, max: number, options: TextOptions = {}) {
  return z
    .string({ error: `${label}应为文字` })
    .overwrite((s) => normalizeLineBreaks(s, options.multiline ?? false).trim())
    .check((ctx) => {
      const found = findForbiddenChar(ctx.value);
      if (found) ctx.issues.push({ code: 'custom', message: forbiddenCharMessage(label, found), input: ctx.value });
    })
    .max(max, `${label}不能超过${max}个字`);
}

/** `userText` that must not be empty. */
export function requiredText(label: string, max: number, options: TextOptions = {}) {
  return userText(label, max, options).min(1, `请填写${label}`);
}

/** `userText` defaulting to '' when left out. */
export const optionalText = (label: string, max: number, options: TextOptions = {}) => userText(label, max, options).default('');

// ---------------------------------------------------------------------------
// Ids and lists

/** The largest id SQLite hands out here; anything above is not a record of ours. */
const MAX_ID = Number.MAX_SAFE_INTEGER;

/**
 * The id of a record (`label` names it: 成员, 会议, 片区 …). Only the shape is
 * checked here; whether it exists is the handler's job (`assertExists`).
 */
export function idRef(label: string) {
  return z
    .number({ error: `${label}编号应为数字` })
    .int(`${label}编号应为整数`)
    .positive(`${label}编号应为正整数`)
    .max(MAX_ID, `${label}编号过大`);
}

/** A list of at most `max` items; `label` names what is listed (关爱标签, 参会人员 …). */
export function boundedArray<T extends z.ZodType>(item: T, max: number, label: string) {
  return z.array(item, { error: `${label}应为列表` }).max(max, `${label}最多${max}项`);
}

/** Search boxes: one line of user text, short. */
export const searchText = (max = 60) => userText('搜索内容', max).default('');
