/**
 * 会议类型的召开频次: how often a type of meeting is expected (the 首页 asks for
 * this period's meeting, the 年度检查表 sets planned against held). A period is
 * a calendar month, quarter, half-year or year; 不定期 expects nothing.
 */
export const RHYTHMS = ['每月', '每季度', '每半年', '每年', '不定期'] as const;
export type Rhythm = (typeof RHYTHMS)[number];

/** How many months one period of the rhythm spans (null: 不定期). */
export const RHYTHM_MONTHS: Record<Rhythm, number | null> = { 每月: 1, 每季度: 3, 每半年: 6, 每年: 12, 不定期: null };

/** The period of `date` (YYYY-MM-DD) under the rhythm: its first and last day and its name (本月, 第四季度 …). */
export function periodOf(rhythm: Rhythm, date: string): { from: string; to: string; name: string } | null {
  const span = RHYTHM_MONTHS[rhythm];
  if (!span) return null;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const first = Math.floor((month - 1) / span) * span + 1;
  const last = first + span - 1;
  const lastDay = new Date(Date.UTC(year, last, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  const name = span === 1 ? `${month}月` : span === 3 ? `第${'一二三四'[(first - 1) / 3]}季度` : span === 6 ? (first === 1 ? '上半年' : '下半年') : `${year}年`;
  return { from: `${year}-${pad(first)}-01`, to: `${year}-${pad(last)}-${pad(lastDay)}`, name };
}

/** Meetings the rhythm expects in each quarter of a year: 每月 3, 每季度 1, 每半年 1 in Q2 and Q4, 每年 1 in Q4. */
export function plannedPerQuarter(rhythm: Rhythm): [number, number, number, number] {
  switch (rhythm) {
    case '每月':
      return [3, 3, 3, 3];
    case '每季度':
      return [1, 1, 1, 1];
    case '每半年':
      return [0, 1, 0, 1];
    case '每年':
      return [0, 0, 0, 1];
    default:
      return [0, 0, 0, 0];
  }
}
