/**
 * What 妇女议事会 puts on the 首页: 议题 past their 落实 时限 (the list's own
 * due:'overdue' filter), 议题 waiting for 研判 or 回访, 议题 left in 收集 for over
 * 30 days, and each quarter of this year without a 议事会 (past quarters, and
 * the current one once past its middle: see pastMiddle). Its 年度检查表 rows:
 * sessions per quarter (1 expected) and 议题 提出 / 办结.
 */
import { selectSessions } from '../../db/deliberation/queries';
import { delibItemsByQuarter, delibItemsInState } from '../../db/home/queries';
import { daysBefore, gridRanges, isGap, pastMiddle, QUARTER_NAMES, quarterRange } from '../home/dates';
import type { GridCell, GridRow, HomeEntry, HomeSource } from '../home/entry';
import { STALE_DRAFT_DAYS } from '../meetings/home';
import { listItems } from './read';
import { listSchema } from './schema';
import { findSessionTypeId } from './service';

const cellsOf = (cells: GridCell[]) => cells as GridRow['cells'];

export const deliberationHome: HomeSource = {
  module: 'deliberation',
  needs: 'deliberation.list',
  async entries(ctx, { today, year }) {
    const entries: HomeEntry[] = [];
    const { overdue } = await listItems(ctx, listSchema.parse({ due: 'overdue' }));
    if (overdue) {
      entries.push({ module: 'deliberation', kind: 'overdue-items', severity: 'error', count: overdue, text: `有${overdue}个议题已超过落实时限，尚未反馈。`, link: { route: '/deliberation/items', query: { due: 'overdue' } } });
    }
    for (const [state, what] of [['研判', '等待研判'], ['已反馈', '已反馈、等待回访']] as const) {
      const n = await delibItemsInState(ctx.db, state);
      if (n) entries.push({ module: 'deliberation', kind: state === '研判' ? 'awaiting-review' : 'awaiting-visit', severity: 'info', count: n, text: `有${n}个议题${what}。`, link: { route: '/deliberation/items', query: { state } } });
    }
    const stale = await delibItemsInState(ctx.db, '收集', daysBefore(today, STALE_DRAFT_DAYS));
    if (stale) {
      entries.push({ module: 'deliberation', kind: 'stale-drafts', severity: 'warning', count: stale, text: `有${stale}个议题登记已超过${STALE_DRAFT_DAYS}天仍未提交研判。`, link: { route: '/deliberation/items', query: { state: '收集' } } });
    }
    const typeId = await findSessionTypeId(ctx.db);
    const held = typeId === null ? [] : (await selectSessions(ctx.db, typeId, { from: `${year}-01-01`, to: today })).map((s) => s.date);
    for (let q = 1; q <= 4; q++) {
      if (!pastMiddle(year, q, today)) break;
      const { from, to } = quarterRange(year, q);
      if (held.some((d) => d >= from && d <= to)) continue;
      const over = today > to;
      entries.push({
        module: 'deliberation',
        kind: 'quarter-without-session',
        severity: over ? 'error' : 'warning',
        count: 1,
        text: over ? `${year}年${QUARTER_NAMES[q - 1]}没有召开妇女议事会（每季度至少一次）。` : `本季度（${QUARTER_NAMES[q - 1]}）已过半，还没有召开妇女议事会。`,
        link: { route: '/deliberation/sessions' },
      });
    }
    return entries;
  },
  async counts(ctx, { year }) {
    const raised = [...(await delibItemsByQuarter(ctx.db, 'raised_on', year)).values()].reduce((a, b) => a + b, 0);
    return [{ module: 'deliberation', label: '议题', value: raised, link: { route: '/deliberation/items', query: { year: String(year) } } }];
  },
  async grid(ctx, year, { today }) {
    const typeId = await findSessionTypeId(ctx.db);
    const sessions = typeId === null ? [] : (await selectSessions(ctx.db, typeId, { from: `${year}-01-01`, to: `${year}-12-31` < today ? `${year}-12-31` : today })).map((s) => s.date);
    const [raised, closed] = await Promise.all([delibItemsByQuarter(ctx.db, 'raised_on', year), delibItemsByQuarter(ctx.db, 'closed_on', year)]);
    const ranges = gridRanges(year);
    const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
    const itemsLink = (i: number) => ({ route: '/deliberation/items', query: { year: String(year), ...(i < 4 ? { quarter: String(i + 1) } : {}) } });
    return [
      {
        module: 'deliberation',
        group: '妇女议事会',
        label: '议事会（每季度一次）',
        cells: cellsOf(
          ranges.map((range, i) => {
            const held = sessions.filter((d) => d >= range.from && d <= range.to).length;
            const planned = i === 4 ? 4 : 1;
            // The year's cell: a gap once any of its quarters is.
            const gap = i === 4 ? ranges.slice(0, 4).some((r) => isGap(r, today, sessions.filter((d) => d >= r.from && d <= r.to).length, 1)) : isGap(range, today, held, planned);
            return { planned, held, gap, link: { route: '/deliberation/sessions', query: { from: range.from, to: range.to } } };
          }),
        ),
      },
      { module: 'deliberation', group: '妇女议事会', label: '议题提出', cells: cellsOf(ranges.map((_, i) => ({ planned: null, held: i === 4 ? sum(raised) : (raised.get(i + 1) ?? 0), gap: false, link: itemsLink(i) }))) },
      { module: 'deliberation', group: '妇女议事会', label: '议题办结', cells: cellsOf(ranges.map((_, i) => ({ planned: null, held: i === 4 ? sum(closed) : (closed.get(i + 1) ?? 0), gap: false, link: { route: '/deliberation/items', query: { year: String(year), state: '办结' } } }))) },
    ];
  },
};
