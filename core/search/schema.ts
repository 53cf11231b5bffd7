/** search.global's input and answer. Highlight ranges are offsets into the shown text (String.prototype.slice), never HTML. */
import { z } from 'zod';

/** Beyond this a query is not a search any more; longer input is cut, not refused (a paste must never fail). */
export const QUERY_MAX = 60;
/** Hits per group unless the caller asks for fewer or more. */
export const DEFAULT_LIMIT = 5;

export const globalSearchSchema = z.object({
  query: z
    .string({ error: '搜索内容应为文字' })
    .max(100_000, '搜索内容过长')
    // Control characters and lone surrogates are dropped: nothing stored contains them.
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .transform((s) => s.replace(/[\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ' ').trim().slice(0, QUERY_MAX)),
  limit: z.number({ error: '条数应为数字' }).int('条数应为整数').min(1, '条数至少为1').max(20, '条数最多为20').default(DEFAULT_LIMIT),
});
export type GlobalSearchInput = z.output<typeof globalSearchSchema>;

/** [start, end) in the shown text. */
export type Range = [number, number];

export interface Marked {
  text: string;
  ranges: Range[];
}

/** A piece of a record where the query was found, e.g. { label: '决议', text: '…修缮幸福里3栋…', ranges: [[3, 5]] }. */
export interface Fragment extends Marked {
  label: string;
}

export interface SearchHit {
  id: number;
  title: Marked;
  subtitle: string;
  fragments: Fragment[];
  /** The renderer route that opens the record. */
  route: string;
}

/** One result group per kind of record; study has two (学习记录, 学习材料). */
export const SEARCH_GROUPS = ['members', 'meetings', 'study', 'materials', 'deliberation', 'archive'] as const;
export type SearchGroupKey = (typeof SEARCH_GROUPS)[number];

export interface SearchGroup {
  group: SearchGroupKey;
  hits: SearchHit[];
  /** More records match than are listed. */
  more: boolean;
}

export interface GlobalSearchResult {
  query: string;
  groups: SearchGroup[];
}
