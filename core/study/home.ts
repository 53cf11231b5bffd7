/**
 * What 学习记录 puts on the 首页: this month's study not yet held (against the
 * 年度学习计划), 补学 still owed, drafts older than 30 days; the 年度检查表's row
 * (planned items per quarter against sessions held).
 */
import { draftsBefore, recordsInYear, studyByQuarter } from '../../db/home/queries';
import { daysBefore, daysBetween, gridRanges, isGap } from '../home/dates';
import type { GridCell, HomeEntry, HomeSource } from '../home/entry';
import { STALE_DRAFT_DAYS } from '../meetings/home';
import { planVsHeld } from './plan';
import { countOwing } from './read';

const WARN_DAYS = 7;

export const studyHome: HomeSource = {
  module: 'study',
  needs: 'study.list',
  async entries(ctx, { today, year }) {
    const entries: HomeEntry[] = [];
    const month = Number(today.slice(5, 7));
    const plan = await planVsHeld(ctx, year);
    const thisMonth = plan.months[month - 1]!;
    const heldSoFar = thisMonth.held.filter((s) => s.date <= today);
    if (thisMonth.planned.length && !heldSoFar.length) {
      const monthEnd = daysBefore(`${month === 12 ? year + 1 : year}-${String((month % 12) + 1).padStart(2, '0')}-01`, 1);
      const left = daysBetween(today, monthEnd);
      entries.push({
        module: 'study',
        kind: 'study-due',
        severity: left <= WARN_DAYS ? 'warning' : 'info',
        count: 1,
        text: `本月（${month}月）计划的学习“${thisMonth.planned[0]!.topic}”尚未开展（还剩${left}天）。`,
        link: { route: '/study/plan', query: { year: String(year) } },
      });
    }
    const owing = await countOwing(ctx);
    if (owing) {
      entries.push({ module: 'study', kind: 'makeup-owed', severity: 'warning', count: owing, text: `有${owing}人次缺席学习后尚未补学。`, link: { route: '/study', query: { owing: '1' } } });
    }
    const cutoff = daysBefore(today, STALE_DRAFT_DAYS);
    const drafts = await draftsBefore(ctx.db, 'study_session', cutoff);
    if (drafts) {
      entries.push({ module: 'study', kind: 'stale-drafts', severity: 'warning', count: drafts, text: `有${drafts}份学习记录草稿已超过${STALE_DRAFT_DAYS}天仍未定稿。`, link: { route: '/study', query: { status: '草稿', to: daysBefore(cutoff, 1) } } });
    }
    return entries;
  },
  async counts(ctx, { year }) {
    return [{ module: 'study', label: '学习记录', value: await recordsInYear(ctx.db, 'study_session', year), link: { route: '/study', query: { year: String(year) } } }];
  },
  async grid(ctx, year, { today }) {
    const [plan, held] = await Promise.all([planVsHeld(ctx, year), studyByQuarter(ctx.db, year, today)]);
    const planned = [1, 2, 3, 4].map((q) => plan.months.slice((q - 1) * 3, q * 3).reduce((n, m) => n + m.planned.length, 0));
    const cells = gridRanges(year).map((range, i): GridCell => {
      const expected = i === 4 ? plan.totals.planned : planned[i]!;
      const count = i === 4 ? [...held.values()].reduce((a, b) => a + b, 0) : (held.get(i + 1) ?? 0);
      return { planned: expected, held: count, gap: isGap(range, today, count, expected), link: { route: '/study', query: { from: range.from, to: range.to } } };
    });
    return [{ module: 'study', group: '学习记录', label: '学习（开展 / 计划）', cells: cells as [GridCell, GridCell, GridCell, GridCell, GridCell] }];
  },
};
