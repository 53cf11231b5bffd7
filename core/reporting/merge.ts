/**
 * 街道 side: exact totals from the packages in force. Counts are added per
 * (breakdown, value) and every percent is recomputed by core/members/stats.ts from
 * the merged counts, so each breakdown still sums to its total.
 */
import { percent, type MemberStats } from '../members/stats';
import type { CountRow, KeyFigures, PackageBody } from './format';
import { statsOf } from './figures';
import type { RegisteredBranch } from './verify';
import { SUMMARY_COLUMNS } from './summary-columns';

export interface SummaryRow {
  code: string;
  name: string;
  figures: KeyFigures;
  /** Each figure ÷ the row's total, the one-decimal rule of the 统计表. */
  shares: Record<(typeof SUMMARY_COLUMNS)[number]['key'], string>;
}

export interface DuplicatePair {
  codes: [string, string];
  names: [string, string];
  count: number;
}

export interface MergedReport {
  asOf: string;
  received: { code: string; name: string; fileName: string; reportedOn: string; filledBy: string; reviewedBy: string }[];
  missing: { code: string; name: string }[];
  expected: number;
  stats: MemberStats;
  /** 分社区汇总表: one row per 社区 received, then 合计. */
  summary: SummaryRow[];
  summaryTotal: KeyFigures;
  summaryTotalRow: SummaryRow;
  /** Packages without ID hashes (no 街道 key) cannot be checked for duplicates. */
  withoutHashes: string[];
  duplicates: DuplicatePair[];
  duplicateTotal: number;
  /** The 口径 sentence printed under the merged table. */
  basis: string;
}

export interface PackageInForce {
  fileName: string;
  body: PackageBody;
}

export function mergeCounts(bodies: readonly PackageBody[]): CountRow[] {
  const sums = new Map<string, CountRow>();
  for (const body of bodies) {
    for (const row of body.counts) {
      const key = `${row.dim}\u0000${row.value ?? '\u0001'}`;
      const found = sums.get(key);
      if (found) found.n += row.n;
      else sums.set(key, { ...row });
    }
  }
  return [...sums.values()];
}

const FIGURE_KEYS = ['total', 'age45plus', 'collegePlus', 'juniorOrBelow', 'party', 'minority'] as const;

export function mergePackages(asOf: string, registry: readonly RegisteredBranch[], packages: readonly PackageInForce[]): MergedReport {
  const byCode = new Map(packages.map((p) => [p.body.branch.code, p]));
  const inOrder = registry.filter((b) => byCode.has(b.code)).map((b) => ({ branch: b, pkg: byCode.get(b.code)! }));
  const stats = statsOf(asOf, mergeCounts(inOrder.map((x) => x.pkg.body)));
  const summaryTotal = Object.fromEntries(FIGURE_KEYS.map((k) => [k, inOrder.reduce((s, x) => s + x.pkg.body.keyFigures[k], 0)])) as KeyFigures;
  const missing = registry.filter((b) => !byCode.has(b.code)).map((b) => ({ code: b.code, name: b.name }));
  const { duplicates, duplicateTotal } = findDuplicates(inOrder.map((x) => ({ code: x.branch.code, name: x.branch.name, hashes: x.pkg.body.idHashes })));
  return {
    asOf,
    received: inOrder.map(({ branch, pkg }) => ({
      code: branch.code,
      name: branch.name,
      fileName: pkg.fileName,
      reportedOn: pkg.body.reportedOn,
      filledBy: pkg.body.filledBy,
      reviewedBy: pkg.body.reviewedBy,
    })),
    missing,
    expected: registry.length,
    stats,
    summary: inOrder.map(({ branch, pkg }) => summaryRow(branch.code, branch.name, pkg.body.keyFigures)),
    summaryTotal,
    summaryTotalRow: summaryRow('', '合计', summaryTotal),
    withoutHashes: inOrder.filter((x) => x.pkg.body.idHashes.length === 0 && x.pkg.body.keyFigures.total > 0).map((x) => x.branch.name),
    duplicates,
    duplicateTotal,
    basis: mergedBasis(asOf, stats.total, inOrder.map((x) => x.branch.name), missing.map((m) => m.name)),
  };
}

/** Women whose hash is in two (or more) 社区: counted once per pair of 社区. */
export function findDuplicates(branches: readonly { code: string; name: string; hashes: readonly string[] }[]) {
  const seen = new Map<string, number[]>();
  branches.forEach((b, i) => {
    for (const h of new Set(b.hashes)) {
      const list = seen.get(h);
      if (list) list.push(i);
      else seen.set(h, [i]);
    }
  });
  const pairs = new Map<string, DuplicatePair>();
  let duplicateTotal = 0;
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    duplicateTotal += 1;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const [x, y] = [branches[list[a]!]!, branches[list[b]!]!];
        const key = `${x.code}\u0000${y.code}`;
        const pair = pairs.get(key) ?? { codes: [x.code, y.code], names: [x.name, y.name], count: 0 };
        pair.count += 1;
        pairs.set(key, pair);
      }
    }
  }
  return { duplicates: [...pairs.values()], duplicateTotal };
}

function summaryRow(code: string, name: string, figures: KeyFigures): SummaryRow {
  const shares = Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c.key, percent(figures[c.key], figures.total)])) as SummaryRow['shares'];
  return { code, name, figures, shares };
}

function mergedBasis(asOf: string, total: number, included: string[], missing: string[]): string {
  const [y, m, d] = asOf.split('-').map(Number);
  return (
    `统计口径：截至${y}年${m}月${d}日各社区在册妇女，共${total}人；由${included.length}个社区的上报包相加` +
    (included.length ? `（${included.join('、')}）` : '') +
    (missing.length ? `，未报${missing.length}个（${missing.join('、')}），未计入` : '，应报社区均已报') +
    '；各项人数为各社区人数之和，占比由合计人数重新计算：人数÷总人数，四舍五入保留一位小数；“未填”为该项未登记的人数；担任职务、关爱对象一人可有多项，不作合计；同一人登记在两个社区时各计一次。'
  );
}
