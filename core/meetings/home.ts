/**
 * What 会议记录 puts on the 首页: overdue 行动事项, this period's meeting of each
 * type with a rhythm not yet held, drafts older than 30 days, and the 年度检查表's
 * rows per type (planned by rhythm against held). The 妇女议事会 type is left to
 * the deliberation module's entries and row (one per quarter), not counted twice.
 */
import { draftsBefore, meetingDatesIn, meetingsByTypeAndQuarter, recordsInYear } from '../../db/home/queries';
import { daysBefore, daysBetween, gridRanges, isGap } from '../home/dates';
import type { GridCell, GridRow, HomeEntry, HomeSource } from '../home/entry';
import { findSessionTypeId } from '../deliberation/service';
import { countActions } from './read';
import { periodOf, plannedPerQuarter, RHYTHM_MONTHS } from './rhythm';
import { listMeetingTypes } from './templates';

/** Days before a period's end when a meeting not yet held turns from 蓝 to 橙. */
const WARN_DAYS = 7;
export const STALE_DRAFT_DAYS = 30;

async function ownTypes(ctx: Parameters<NonNullable<HomeSource['entries']>>[0]) {
  const [types, sessionTypeId] = await Promise.all([listMeetingTypes(ctx), findSessionTypeId(ctx.db)]);
  return types.filter((t) => t.id !== sessionTypeId);
}

export const meetingsHome: HomeSource = {
  module: 'meetings',
  needs: 'meetings.list',
  async entries(ctx, { today }) {
    const entries: HomeEntry[] = [];
    const overdue = await countActions(ctx, { scope: 'overdue', query: '' });
    if (overdue) {
      entries.push({ module: 'meetings', kind: 'overdue-actions', severity: 'error', count: overdue, text: `有${overdue}项会议行动事项已超过完成时限，尚未完成。`, link: { route: '/meetings/actions', query: { scope: 'overdue' } } });
    }
    // Periods never cross a year, so this year's meetings so far answer every type.
    const held = await meetingDatesIn(ctx.db, `${today.slice(0, 4)}-01-01`, today);
    for (const type of await ownTypes(ctx)) {
      const period = periodOf(type.rhythm, today);
      if (!period || held.some((m) => m.typeId === type.id && m.date >= period.from)) continue;
      const left = daysBetween(today, period.to);
      const when = RHYTHM_MONTHS[type.rhythm] === 12 ? '今年' : `本${RHYTHM_MONTHS[type.rhythm] === 1 ? '月' : RHYTHM_MONTHS[type.rhythm] === 3 ? '季度' : '半年'}（${period.name}）`;
      entries.push({
        module: 'meetings',
        kind: 'meeting-due',
        severity: left <= WARN_DAYS ? 'warning' : 'info',
        count: 1,
        text: `${when}的${type.name}尚未召开（${type.rhythm}一次，${left === 0 ? '今天是最后一天' : `还剩${left}天`}）。`,
        link: { route: '/meetings', query: { typeId: String(type.id) } },
      });
    }
    const cutoff = daysBefore(today, STALE_DRAFT_DAYS);
    const drafts = await draftsBefore(ctx.db, 'meeting', cutoff);
    if (drafts) {
      entries.push({ module: 'meetings', kind: 'stale-drafts', severity: 'warning', count: drafts, text: `有${drafts}份会议记录草稿已超过${STALE_DRAFT_DAYS}天仍未定稿。`, link: { route: '/meetings', query: { status: '草稿', to: daysBefore(cutoff, 1) } } });
    }
    return entries;
  },
  async counts(ctx, { year }) {
    return [{ module: 'meetings', label: '会议记录', value: await recordsInYear(ctx.db, 'meeting', year), link: { route: '/meetings', query: { year: String(year) } } }];
  },
  async grid(ctx, year, { today }) {
    const [types, held] = await Promise.all([ownTypes(ctx), meetingsByTypeAndQuarter(ctx.db, year, today)]);
    const ranges = gridRanges(year);
    return types.map((type): GridRow => {
      const planned = plannedPerQuarter(type.rhythm);
      const heldIn = (q: number) => held.filter((h) => h.typeId === type.id && (q === 5 || h.quarter === q)).reduce((n, h) => n + h.count, 0);
      const cells = ranges.map((range, i): GridCell => {
        const q = i + 1;
        const expected = type.rhythm === '不定期' ? null : q === 5 ? planned.reduce((a, b) => a + b, 0) : planned[i]!;
        // 每半年 / 每年: the meeting may fall in any quarter of its half / year, so the gap is judged on the whole period.
        const span = RHYTHM_MONTHS[type.rhythm];
        const count = heldIn(q);
        const periodHeld = span === 6 && (q === 2 || q === 4) ? heldIn(q - 1) + count : span === 12 && q === 4 ? heldIn(5) : count;
        const gap = isGap(range, today, periodHeld, expected);
        return { planned: expected, held: count, gap, link: { route: '/meetings', query: { typeId: String(type.id), from: range.from, to: range.to } } };
      });
      return { module: 'meetings', group: '会议记录', label: `${type.name}（${type.rhythm}）`, cells: cells as GridRow['cells'] };
    });
  },
};
