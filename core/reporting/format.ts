/**
 * The 上报包 file (`<社区名>-<日期>.fulian-report`): one UTF-8 JSON object
 *   { format: 'fulian-report', formatVersion: 1, body, publicKey, signature }
 * `body` holds the branch identity, the 统计截止日期, the 口径 version, every
 * breakdown as counts (never percents), the key figures, 填表人/审核人/报出日期,
 * the app version and, with a 街道 key, one HMAC-SHA256 per counted woman.
 * `signature` is Ed25519 over canonicalJson(body); `publicKey` is the signer's
 * SPKI DER in base64. README.md "上报包" documents the same.
 */
import { z } from 'zod';
import { isoDateSchema, userText } from '../api/schemas';
import type { StatsDimension } from '../members/stats-query';

export const PACKAGE_FORMAT = 'fulian-report';
export const PACKAGE_FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.fulian-report';

/**
 * 口径 version: names the breakdowns and counting rules of core/members/stats.ts
 * (在册 on the date, women only, 周岁, bands 18以下/18–34/35–44/45–54/55–64/65及以上,
 * GB/T 4658/4762/3304/2261.2 codes, 未填 rows, roles and tags many-valued).
 * Changing any of those rules must change this string: a 街道 never adds figures
 * counted two ways.
 */
export const KOUJING_VERSION = 'fulian-stats-2026.1';

const DIMENSIONS = ['age', 'education', 'political', 'ethnicity', 'marital', 'role', 'tag', 'men'] as const satisfies readonly StatsDimension[];
/** Breakdowns where every woman is in exactly one row, so the rows sum to the total. */
export const SINGLE_VALUED = ['age', 'education', 'political', 'ethnicity', 'marital'] as const;

const count = z.number().int().min(0).max(10_000_000);

export const countRowSchema = z.object({
  dim: z.enum(DIMENSIONS),
  value: z.string().max(50).nullable(),
  n: count,
});
export type CountRow = z.output<typeof countRowSchema>;

/** The key figures of the 分社区汇总表, as counts. */
export const keyFiguresSchema = z.object({
  total: count,
  age45plus: count,
  collegePlus: count,
  juniorOrBelow: count,
  party: count,
  minority: count,
});
export type KeyFigures = z.output<typeof keyFiguresSchema>;

export const packageBodySchema = z.object({
  branch: z.object({ name: userText('社区妇联名称', 50), street: userText('所属街道', 50), code: userText('社区编码', 20) }),
  asOf: isoDateSchema('统计截止日期'),
  koujing: z.string().max(50),
  counts: z.array(countRowSchema).max(2000),
  keyFigures: keyFiguresSchema,
  filledBy: userText('填表人', 20),
  reviewedBy: userText('审核人', 20),
  reportedOn: isoDateSchema('报出日期'),
  generatedAt: z.string().max(40),
  appVersion: z.string().max(30),
  /** HMAC-SHA256(街道 key, 身份证号) in hex, sorted; empty without a 街道 key. */
  idHashes: z.array(z.string().regex(/^[0-9a-f]{64}$/)).max(200_000),
});
export type PackageBody = z.output<typeof packageBodySchema>;

export const packageFileSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int(),
  body: z.unknown(),
  publicKey: z.string().max(200),
  signature: z.string().max(200),
});
export type PackageFile = z.output<typeof packageFileSchema> & { body: PackageBody };

/** JSON with object keys sorted at every level: what is signed, so key order in the file does not matter. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** `<社区名>-<日期>.fulian-report`, with characters Windows refuses in file names replaced. */
export function packageFileName(branchName: string, asOf: string): string {
  const safe = (branchName || '社区').replace(/[\\/:*?"<>|\s]+/g, '_');
  return `${safe}-${asOf}${PACKAGE_EXTENSION}`;
}
