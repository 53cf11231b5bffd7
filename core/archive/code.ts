/**
 * 档号 (DA/T 22-2015, DA/T 13; DESIGN §4.5):
 * `全宗号-WS·年度-保管期限-机构(问题)代码-件号`, e.g. `0194-WS·2016-D30-BGS-0001`,
 * without a 机构(问题) code `0194-WS·2016-D30-0001`. `·` is U+00B7.
 * A blank 全宗号 (the archive has not assigned one yet) shows as □□□□: the 档号
 * says it is missing rather than inventing a number.
 *
 * Plain TypeScript, no Node imports: the renderer shows the same 档号.
 */
import { AppError } from '../errors';

export const CATEGORY_WS = 'WS';
export const MIDDLE_DOT = '\u00b7';
export const MISSING_FONDS = '□□□□';
export const RETENTIONS = ['Y', 'D30', 'D10'] as const;
export type Retention = (typeof RETENTIONS)[number];
export const RETENTION_LABELS: Record<Retention, string> = { Y: '永久', D30: '定期30年', D10: '定期10年' };

export const FONDS_PATTERN = /^[0-9A-Z]{4}$/;
export const ORG_PATTERN = /^[0-9A-Z]{3}$/;
export const MAX_PIECE = 9999;

/** The lowest category 件号 restart in. */
export interface ArchiveCategory {
  fondsCode: string;
  year: number;
  retention: Retention;
  orgCode: string | null;
}

export interface ArchivalCodeParts extends ArchiveCategory {
  pieceNo: number;
}

export const pieceText = (pieceNo: number) => String(pieceNo).padStart(4, '0');

/** Each part checked, the message naming the part that is wrong. */
export function checkCodeParts(parts: ArchivalCodeParts): void {
  if (parts.fondsCode !== '' && !FONDS_PATTERN.test(parts.fondsCode)) {
    throw new AppError('VALIDATION', `全宗号“${parts.fondsCode}”不能用于档号：应为4位数字或大写字母（如 0194），不能有空格。请在 设置 → 基本信息 中改正。`, { field: '全宗号' });
  }
  if (!Number.isInteger(parts.year) || parts.year < 1949 || parts.year > 2100) {
    throw new AppError('VALIDATION', `年度“${parts.year}”不正确：应为4位年份（1949–2100）。`, { field: '年度' });
  }
  if (!(RETENTIONS as readonly string[]).includes(parts.retention)) {
    throw new AppError('VALIDATION', `保管期限“${parts.retention}”不正确：应为 Y（永久）、D30（30年）或 D10（10年）。`, { field: '保管期限' });
  }
  if (parts.orgCode !== null && !ORG_PATTERN.test(parts.orgCode)) {
    throw new AppError('VALIDATION', `机构（问题）代码“${parts.orgCode}”不正确：应为3位大写字母或数字（如 BGS）。`, { field: '机构（问题）' });
  }
  if (!Number.isInteger(parts.pieceNo) || parts.pieceNo < 1 || parts.pieceNo > MAX_PIECE) {
    throw new AppError('VALIDATION', `件号“${parts.pieceNo}”不正确：应在 0001 到 ${MAX_PIECE} 之间。`, { field: '件号' });
  }
}

/** The 档号 of these parts. */
export function archivalCode(parts: ArchivalCodeParts): string {
  checkCodeParts(parts);
  const fonds = parts.fondsCode || MISSING_FONDS;
  const org = parts.orgCode ? `-${parts.orgCode}` : '';
  return `${fonds}-${CATEGORY_WS}${MIDDLE_DOT}${parts.year}-${parts.retention}${org}-${pieceText(parts.pieceNo)}`;
}

/** “2016年 D30 BGS”: a category as people read it. */
export function categoryText(c: ArchiveCategory): string {
  return `${c.year}年 ${c.retention}${c.orgCode ? ` ${c.orgCode}` : ''}`;
}

export const sameCategory = (a: ArchiveCategory, b: ArchiveCategory) =>
  a.fondsCode === b.fondsCode && a.year === b.year && a.retention === b.retention && (a.orgCode ?? null) === (b.orgCode ?? null);

/** 题名 as the 目录 prints it: a title the archivist wrote herself in [ ]. */
export const catalogTitle = (title: string, selfTitled: boolean) => (selfTitled && title ? `[${title}]` : title);

/** 日期 as the 目录 prints it: YYYYMMDD. */
export const catalogDate = (iso: string | null) => (iso ? iso.replace(/-/g, '') : '');

/** What archive.list's search matches: the 档号 with and without its dashes, 题名, 文号. */
export const searchTextOf = (code: string, title: string, docNumber: string) => `${code} ${code.replace(/[-·]/g, '')} ${title} ${docNumber}`.toLowerCase();
