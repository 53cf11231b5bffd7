/** members.* methods for the 妇女基本情况统计 as of a date. */
import { z } from 'zod';
import { selectBranchInfo } from '../../db/settings/queries';
import { defineMethod } from '../api/define';
import { AppError } from '../errors';
import { isoDate } from './schema';
import { today } from './service';
import { computeMemberStats } from './stats';
import { statsWorkbook } from './stats-export';

const asOfInput = z.object({ asOf: isoDate('统计截止日期').optional() }).default({});

function asOfDate(ctx: Parameters<typeof today>[0], asOf: string | undefined): string {
  const now = today(ctx);
  if (asOf && asOf > now) throw new AppError('VALIDATION', '统计截止日期不能晚于今天', { field: 'asOf' });
  return asOf ?? now;
}

export const statsApi = {
  stats: defineMethod(asOfInput, (ctx, { asOf }) => computeMemberStats(ctx.db, asOfDate(ctx, asOf))),

  exportStats: defineMethod(asOfInput, async (ctx, { asOf }) => {
    const stats = await computeMemberStats(ctx.db, asOfDate(ctx, asOf));
    const branch = await selectBranchInfo(ctx.db);
    return statsWorkbook(stats, branch.name);
  }),
};
