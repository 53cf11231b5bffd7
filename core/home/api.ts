/**
 * home.* — the 首页 (what needs attention, this year's counts, the last backup)
 * and the 年度检查表. Built from the API table's own access labels, so each
 * source is shown only to a role that may call the read method behind it.
 */
import { z } from 'zod';
import { defineQuery, noInput, type ApiTableShape } from '../api/define';
import { homeSummary, yearGrid, type AccessOf } from './summary';

const yearSchema = z.object({
  year: z.number({ error: '年度应为数字' }).int('年度应为整数').min(1949, '年度应在 1949 到 2100 之间').max(2100, '年度应在 1949 到 2100 之间'),
});

export function homeApi(table: ApiTableShape) {
  const accessOf: AccessOf = (method) => {
    const [module, name] = method.split('.');
    return table[module!]?.[name!]?.access;
  };
  return {
    summary: defineQuery(noInput, (ctx) => homeSummary(ctx, accessOf)),
    yearGrid: defineQuery(yearSchema, (ctx, { year }) => yearGrid(ctx, year, accessOf)),
  };
}
