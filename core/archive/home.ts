/**
 * What 档案台账 puts on the 首页: last year's finalized records not yet filed
 * (from March on an error — the yearly filing is due by then — before it, a
 * reminder), and its 年度检查表 row: per quarter, the year's finalized records
 * (会议、学习、办结议题, by their date) against those filed. A gap only once
 * filing is due (from March of the next year).
 */
import { codesOfSources } from '../../db/archive/queries';
import { archiveItemsOfYear } from '../../db/home/queries';
import { gridRanges } from '../home/dates';
import type { GridCell, HomeSource } from '../home/entry';
import type { AppContext } from '../context';
import { FINAL } from '../records/lock';
import { ARCHIVE_SOURCES } from './sources';

/** Filing of year Y's records is due from 1 March of Y+1. */
export const filingDueFrom = (year: number) => `${year + 1}-03-01`;

/** The year's finalized records of every filable source, each with whether it is filed. */
async function finalizedOfYear(ctx: AppContext, year: number) {
  const out: Array<{ date: string; filed: boolean }> = [];
  for (const source of ARCHIVE_SOURCES) {
    const records = (await source.ofYear(ctx.db, year)).filter((r) => r.status === FINAL);
    const filed = await codesOfSources(ctx.db, source.type, records.map((r) => r.id));
    for (const r of records) out.push({ date: r.date, filed: filed.has(r.id) });
  }
  return out;
}

export const archiveHome: HomeSource = {
  module: 'archive',
  needs: 'archive.check',
  async entries(ctx, { today, year }) {
    const last = year - 1;
    const unfiled = (await finalizedOfYear(ctx, last)).filter((r) => !r.filed).length;
    if (!unfiled) return [];
    const due = today >= filingDueFrom(last);
    return [
      {
        module: 'archive',
        kind: 'unfiled-last-year',
        severity: due ? 'error' : 'info',
        count: unfiled,
        text: due ? `${last}年有${unfiled}份已定稿的记录还没有归档（应在3月前完成上一年度的归档）。` : `${last}年有${unfiled}份已定稿的记录待归档，请在3月前完成。`,
        link: { route: '/archive/check', query: { year: String(last) } },
      },
    ];
  },
  async counts(ctx, { year }) {
    return [{ module: 'archive', label: '归档文件', value: await archiveItemsOfYear(ctx.db, year), link: { route: '/archive', query: { year: String(year) } } }];
  },
  async grid(ctx, year, { today }) {
    const records = await finalizedOfYear(ctx, year);
    const due = today >= filingDueFrom(year);
    const cells = gridRanges(year).map((range): GridCell => {
      const inRange = records.filter((r) => r.date >= range.from && r.date <= range.to);
      const filed = inRange.filter((r) => r.filed).length;
      return { planned: inRange.length, held: filed, gap: due && filed < inRange.length, link: { route: '/archive/check', query: { year: String(year) } } };
    });
    return [{ module: 'archive', group: '档案台账', label: '已定稿记录归档（应归 / 已归）', cells: cells as [GridCell, GridCell, GridCell, GridCell, GridCell] }];
  },
};
