/** Figures from package counts, by the very rules of core/members/stats.ts (statsFromCounts). */
import { statsFromCounts, type MemberStats } from '../members/stats';
import type { StatsCountRow } from '../members/stats-query';
import { SINGLE_VALUED, type CountRow, type KeyFigures } from './format';

export function statsOf(asOf: string, counts: readonly CountRow[]): MemberStats {
  const rows: StatsCountRow[] = counts.map((c) => ({ ...c, n45: 0, college: 0 }));
  const stats = statsFromCounts(asOf, rows, []);
  // Zones are a branch's own; the 街道's per-社区 view is the 分社区汇总表.
  return { ...stats, zones: [], zonesTotal: { ...stats.zonesTotal } };
}

export function keyFiguresOf(asOf: string, counts: readonly CountRow[]): KeyFigures {
  const stats = statsOf(asOf, counts);
  const political = (label: string) => stats.political.rows.find((r) => r.label === label)?.count ?? 0;
  return {
    total: stats.total,
    age45plus: stats.age45plus.count,
    collegePlus: stats.collegePlus.count,
    juniorOrBelow: stats.education.aggregates.find((r) => r.label === '初中及以下')?.count ?? 0,
    party: political('中共党员') + political('中共预备党员'),
    minority: stats.ethnicity.rows.find((r) => r.label === '少数民族')?.count ?? 0,
  };
}

/** Sums of the single-valued breakdowns: each must equal the total, or the counts were edited. */
export function breakdownSums(counts: readonly CountRow[]): Record<(typeof SINGLE_VALUED)[number], number> {
  const sum = (dim: string) => counts.filter((c) => c.dim === dim).reduce((s, c) => s + c.n, 0);
  return { age: sum('age'), education: sum('education'), political: sum('political'), ethnicity: sum('ethnicity'), marital: sum('marital') };
}
