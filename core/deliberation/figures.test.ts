/**
 * Quarterly and yearly figures (issue 13 item 8) on a fixture whose values are
 * computed by hand (./figures-fixture.ts): each 议题 counted once by the date of
 * its defining event, withdrawn excluded, 不满意 → 二次办理 counted once by its
 * latest 回访, an item crossing a quarter boundary, one from the year before.
 */
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { deliberationFigures } from './figures';
import { seedFiguresYear } from './figures-fixture';

describe('议事会季度和年度数字（手算核对）', () => {
  it('提出、立项、不予立项、办结、未办结、超期、用时中位数、满意率，按季度、全年和类别', { timeout: 60_000 }, async () => {
    const { ctx } = await openTempDatabase();
    await seedFiguresYear(ctx);
    const f = await deliberationFigures(ctx, 2026);
    expect(f.asOf).toBe('2026-11-29');
    expect(f.withdrawnExcluded).toBe(1);
    expect(f.koujing).toContain('已撤回的议题不计入任何数字');
    const row = (x: typeof f.yearly) => [x.raised, x.accepted, x.rejected, x.closed, x.open, x.overdue, x.medianDays.value, x.medianDays.n, x.satisfaction.satisfied, x.satisfaction.visited, x.satisfaction.rate];
    //                                       raised 立项 不予 办结 未办结 超期 中位数 n 满意 回访 率
    expect(f.quarters.map((q) => row(q.figures))).toEqual([
      [1, 1, 0, 0, 1, 0, null, 0, 0, 0, null], // A raised (立项 in Q2); G 立项 (raised 2025) and voted down; D withdrawn
      [2, 2, 1, 1, 1, 0, 66, 1, 1, 1, 100], // B, C raised; A, B 立项; C 不予立项; A closed in 66 days, 满意; B still open
      [3, 3, 0, 1, 3, 2, 140, 1, 2, 2, 100], // E, H, I; B closed (140 days), satisfied on its second 回访; B's 二次办理 and E overdue
      [1, 0, 0, 0, 4, 1, null, 0, 0, 1, 0], // F raised; I's latest 回访 不满意 and its 二次办理 overdue; open: E, F, H, I
    ]);
    expect(row(f.yearly)).toEqual([7, 6, 1, 2, 4, 3, 103, 2, 3, 4, 75]);
    const cat = (name: string) => row(f.byCategory.find((c) => c.category === name)!.yearly);
    expect(cat('权益维护')).toEqual([3, 2, 1, 1, 1, 1, 66, 1, 1, 1, 100]);
    expect(cat('就业创业')).toEqual([0, 0, 0, 0, 0, 0, null, 0, 0, 0, null]);
    expect(cat('环境卫生')).toEqual([1, 1, 0, 0, 1, 0, null, 0, 0, 0, null]);
    // Every per-category figure sums to the total (each 议题 once).
    for (const key of ['raised', 'accepted', 'rejected', 'closed', 'open', 'overdue'] as const) {
      expect(f.byCategory.reduce((n, c) => n + c.yearly[key], 0), key).toBe(f.yearly[key]);
      expect(f.quarters.reduce((n, q) => n + (key === 'open' ? 0 : q.figures[key]), 0)).toBe(key === 'open' ? 0 : f.yearly[key]);
    }
  });

  it('上一年的议题在上一年计提出，本年计立项；未来的季度没有未办结', async () => {
    const { ctx } = await openTempDatabase();
    await seedFiguresYear(ctx);
    const y2025 = await deliberationFigures(ctx, 2025);
    expect(y2025.yearly).toMatchObject({ raised: 1, accepted: 0, open: 1 });
    const y2027 = await deliberationFigures({ ...ctx }, 2027);
    expect(y2027.yearly).toMatchObject({ raised: 0, open: 0, closed: 0 });
    expect(y2027.quarters.every((q) => q.figures.open === 0)).toBe(true);
  });
});
