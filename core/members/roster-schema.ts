/**
 * What the roster page asks for: search text, filters, sorting, a page.
 * Plain zod (no Node imports) so the renderer shares the same shapes.
 */
import { z } from 'zod';
import { EDUCATION, MEMBER_STATUSES, POLITICAL_STATUS, ROLES } from './codes';
import { idRef, searchText, userText } from '../api/schemas';
import { isoDate } from './schema';

/** Age bands of DESIGN §4.4, plus the aggregate 45周岁及以上. [min, max) in whole years. */
export const AGE_BANDS = [
  { key: 'under18', name: '18岁以下', min: 0, max: 18 },
  { key: '18-34', name: '18–34岁', min: 18, max: 35 },
  { key: '35-44', name: '35–44岁', min: 35, max: 45 },
  { key: '45-54', name: '45–54岁', min: 45, max: 55 },
  { key: '55-64', name: '55–64岁', min: 55, max: 65 },
  { key: '65plus', name: '65岁及以上', min: 65, max: null },
  { key: '45plus', name: '45周岁及以上', min: 45, max: null },
] as const;
export type AgeBandKey = (typeof AGE_BANDS)[number]['key'];

export const SORT_FIELDS = ['name', 'age', 'zone', 'joinedOn', 'idTail'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

const codeOf = (label: string, table: readonly { code: string }[]) =>
  z.string().refine((v) => table.some((item) => item.code === v), `${label}不在代码表中`).optional();

export const rosterFiltersSchema = z
  .object({
    zoneId: idRef('片区').optional(),
    role: z.enum(ROLES, { error: '身份不在可选范围内' }).optional(),
    tag: userText('关爱标签', 20).min(1, '关爱标签不能为空').optional(),
    ageBand: z.enum(AGE_BANDS.map((b) => b.key) as [AgeBandKey, ...AgeBandKey[]], { error: '年龄段不在可选范围内' }).optional(),
    education: codeOf('文化程度', EDUCATION),
    political: codeOf('政治面貌', POLITICAL_STATUS),
    /** 在册 unless asked otherwise; '全部' shows every status. */
    status: z.enum([...MEMBER_STATUSES, '全部'], { error: '状态应为在册、迁出、去世、其他或全部' }).default('在册'),
  })
  .default({ status: '在册' });

/** What selects the members: the list, the export and the print all take it. */
export const rosterSelectionSchema = z.object({
  query: searchText(60),
  filters: rosterFiltersSchema,
  sort: z
    .object({ field: z.enum(SORT_FIELDS).default('name'), order: z.enum(['asc', 'desc']).default('asc') })
    .default({ field: 'name', order: 'asc' }),
  /** The date ages are computed on; today when absent. */
  asOf: isoDate('年龄计算日期').optional(),
});

export const rosterListSchema = rosterSelectionSchema.extend({
  offset: z.number({ error: '起始行应为数字' }).int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  limit: z.number({ error: '每页行数应为数字' }).int().min(1).max(1000).default(200),
});

export type RosterSelection = z.output<typeof rosterSelectionSchema>;
export type RosterSelectionInput = z.input<typeof rosterSelectionSchema>;
export type RosterListParams = z.output<typeof rosterListSchema>;
export type RosterFilters = z.output<typeof rosterFiltersSchema>;
