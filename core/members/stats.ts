/**
 * 妇女基本情况统计 (DESIGN §4.4) as of a chosen date.
 *
 * 口径 (what is counted, and how):
 * - members 在册 on the date: not deleted, 入册 on or before it, status on that date 在册;
 * - women only: 男 records are not in any figure, only counted as a data-quality note;
 * - every figure is count / denominator, percent = count ÷ denominator rounded half-up
 *   to one decimal, computed from the very counts the table shows. Shares are not forced
 *   to add up to 100.0; the 合计 row is the exact sum of counts and so 100.0;
 * - single-valued breakdowns have a 未填 row, so their rows add up to the total;
 *   aggregates (45周岁及以上, 大专及以上, 初中及以下) are shown apart, not in that sum;
 * - roles and care tags: one woman can have several, so each is count ÷ total, with no 合计.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { CARE_TAGS, EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS, ROLES, type CodeTable } from './codes';
import { AGE_BANDS, COLLEGE_CODES, selectStatsCounts, selectZones, type StatsCountRow, type StatsDimension } from './stats-query';

export interface StatsRow {
  label: string;
  count: number;
  denominator: number;
  /** One decimal, e.g. '40.3'; '—' when the denominator is 0. */
  percent: string;
}

export interface Breakdown {
  title: string;
  /** Rows that add up to `total` (single-valued breakdowns), or one row per role/tag. */
  rows: StatsRow[];
  /** The 合计 row; null where one woman can count in several rows (roles, tags). */
  total: StatsRow | null;
  /** Aggregates shown apart (e.g. 45周岁及以上); not part of the sum. */
  aggregates: StatsRow[];
}

export interface ZoneStats {
  zoneId: number | null;
  label: string;
  /** Women in the zone, share of all women. */
  members: StatsRow;
  /** Aged 45+, share of the zone's women. */
  age45plus: StatsRow;
  /** 大专及以上, share of the zone's women. */
  collegePlus: StatsRow;
}

export interface MemberStats {
  asOf: string;
  total: number;
  /** 男 records that would otherwise be 在册 on the date: excluded, reported for data quality. */
  excludedMen: number;
  age45plus: StatsRow;
  collegePlus: StatsRow;
  age: Breakdown;
  education: Breakdown;
  political: Breakdown;
  ethnicity: Breakdown;
  ethnicGroups: Breakdown;
  marital: Breakdown;
  roles: Breakdown;
  tags: Breakdown;
  zones: ZoneStats[];
  zonesTotal: ZoneStats;
  /** The 统计口径 sentence printed under the tables. */
  basis: string;
}

export const UNFILLED = '未填';
export const NO_ZONE = '未分片区';
/** GB/T 3304 codes 02–56: the 55 少数民族 (01 is 汉族; 97 其他, 98 外国血统 are neither). */
const MINORITY_CODE = /^(0[2-9]|[1-4][0-9]|5[0-6])$/;

/** count ÷ denominator as a percent, half-up to one decimal, in integer arithmetic (no 0.1 + 0.2 surprises). */
export function percent(count: number, denominator: number): string {
  if (denominator <= 0) return '—';
  const tenths = Math.floor((2000 * count + denominator) / (2 * denominator));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

export function statsRow(label: string, count: number, denominator: number): StatsRow {
  return { label, count, denominator, percent: percent(count, denominator) };
}

export async function computeMemberStats(db: Kysely<Database>, asOf: string): Promise<MemberStats> {
  const [counts, zones] = await Promise.all([selectStatsCounts(db, asOf), selectZones(db)]);
  return statsFromCounts(asOf, counts, zones);
}

/**
 * The whole table from grouped counts. Pure, so a 街道 that adds up the counts of
 * its branches' 上报包 (core/reporting/merge.ts) gets every figure by this same rule.
 */
export function statsFromCounts(asOf: string, counts: readonly StatsCountRow[], zones: readonly { id: number; name: string }[]): MemberStats {
  const by = (dim: StatsDimension) => counts.filter((row) => row.dim === dim);
  const countOf = (rows: StatsCountRow[], value: string | null) =>
    rows.filter((row) => row.value === value).reduce((sum, row) => sum + row.n, 0);
  const sumOf = (rows: StatsCountRow[], pick: (row: StatsCountRow) => boolean) =>
    rows.filter(pick).reduce((sum, row) => sum + row.n, 0);

  const ageRows = by('age');
  const total = ageRows.reduce((sum, row) => sum + row.n, 0);
  const row = (label: string, count: number) => statsRow(label, count, total);
  const totalRow = row('合计', total);

  const age45 = row('45周岁及以上', sumOf(ageRows, (r) => ['45–54', '55–64', '65及以上'].includes(r.value ?? '')));
  const educationRows = by('education');
  const collegePlus = row('大专及以上', sumOf(educationRows, (r) => (COLLEGE_CODES as readonly string[]).includes(r.value ?? '')));
  const juniorOrBelow = row('初中及以下', sumOf(educationRows, (r) => ['70', '80', '90'].includes(r.value ?? '')));

  const ethnicRows = by('ethnicity');
  const han = countOf(ethnicRows, '01');
  const minority = sumOf(ethnicRows, (r) => MINORITY_CODE.test(r.value ?? ''));
  const otherEthnic = sumOf(ethnicRows, (r) => r.value === '97' || r.value === '98');
  const unfilledEthnic = total - han - minority - otherEthnic;

  const zoneRows = by('zone');
  const zoneStats = (zoneId: number | null, label: string): ZoneStats => {
    const found = zoneRows.find((r) => r.value === (zoneId === null ? null : String(zoneId)));
    const n = found?.n ?? 0;
    return {
      zoneId,
      label,
      members: row(label, n),
      age45plus: statsRow(label, found?.n45 ?? 0, n),
      collegePlus: statsRow(label, found?.college ?? 0, n),
    };
  };

  return {
    asOf,
    total,
    excludedMen: countOf(by('men'), null),
    age45plus: age45,
    collegePlus,
    age: {
      title: '年龄结构',
      rows: AGE_BANDS.map((band) => row(band, countOf(ageRows, band))),
      total: totalRow,
      aggregates: [age45],
    },
    education: {
      title: '文化程度',
      ...codeRows(EDUCATION, educationRows, total, EDUCATION.map((c) => c.code)),
      aggregates: [collegePlus, juniorOrBelow],
    },
    political: {
      title: '政治面貌',
      ...codeRows(POLITICAL_STATUS, by('political'), total, ['01', '02', '03', '13']),
      aggregates: [],
    },
    ethnicity: {
      title: '民族',
      rows: [
        row('汉族', han),
        row('少数民族', minority),
        ...(otherEthnic > 0 ? [row('其他', otherEthnic)] : []),
        row(UNFILLED, unfilledEthnic),
      ],
      total: totalRow,
      aggregates: [],
    },
    ethnicGroups: {
      title: '民族（分民族）',
      ...codeRows(ETHNICITY, ethnicRows, total, ['01']),
      aggregates: [],
    },
    marital: {
      title: '婚姻状况',
      ...codeRows(MARITAL_STATUS, by('marital'), total, ['10', '20', '30', '40']),
      aggregates: [],
    },
    roles: { title: '担任职务', rows: labelRows(ROLES, by('role'), total), total: null, aggregates: [] },
    tags: { title: '关爱对象', rows: labelRows(CARE_TAGS, by('tag'), total), total: null, aggregates: [] },
    zones: [...zones.map((z) => zoneStats(z.id, z.name)), zoneStats(null, NO_ZONE)],
    zonesTotal: {
      zoneId: null,
      label: '合计',
      members: totalRow,
      age45plus: statsRow('合计', age45.count, total),
      collegePlus: statsRow('合计', collegePlus.count, total),
    },
    basis: basisText(asOf, total),
  };
}

/**
 * One row per code in table order: the `always` codes even at 0 (so a printed table keeps
 * its shape year to year), others only when someone has them; then 未填; then 合计.
 * A stored code missing from the table (should not happen) is counted under 未填 too.
 */
function codeRows(table: CodeTable, counts: StatsCountRow[], total: number, always: string[]) {
  const known = new Set(table.map((c) => c.code));
  const rows = table
    .map((item) => statsRow(item.name, counts.filter((r) => r.value === item.code).reduce((s, r) => s + r.n, 0), total))
    .filter((r, i) => r.count > 0 || always.includes(table[i]!.code));
  const unfilled = counts.filter((r) => r.value === null || !known.has(r.value)).reduce((s, r) => s + r.n, 0);
  return { rows: [...rows, statsRow(UNFILLED, unfilled, total)], total: statsRow('合计', total, total) };
}

/** Roles and tags: the standard ones always, custom tags when anyone has them. */
function labelRows(standard: readonly string[], counts: StatsCountRow[], total: number): StatsRow[] {
  const extra = counts.map((r) => r.value ?? '').filter((v) => v && !standard.includes(v)).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  return [...standard, ...extra].map((label) => statsRow(label, counts.find((r) => r.value === label)?.n ?? 0, total));
}

export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

function basisText(asOf: string, total: number): string {
  return (
    `统计口径：截至${chineseDate(asOf)}在册妇女，共${total}人；年龄按周岁计算；` +
    '占比＝人数÷总人数（分片区的45周岁及以上、大专及以上为占本片区人数），四舍五入保留一位小数，各项占比之和可能不等于100.0%；' +
    '“未填”为该项未登记的人数；担任职务、关爱对象一人可有多项，不作合计。'
  );
}
