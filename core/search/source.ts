/** What each kind of record gives the global search: how to find it, how a hit reads, and who may open it. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { matchingIds, type SearchableTable } from '../../db/search/queries';
import type { ApiMethod } from '../api/define';
import type { SearchGroup, SearchGroupKey, SearchHit } from './schema';

export interface SearchSource {
  group: SearchGroupKey;
  /** The API method that opens a hit (its `get`): a role that may not call it sees no group. */
  opens: ApiMethod;
  /** `query` is normalized (normalizeQuery) and not empty. */
  find(db: Kysely<Database>, query: string, limit: number): Promise<SearchGroup>;
}

/** A hit is listed only when the query shows in what is listed: a match inside a masked number stays unseen. */
export const visible = (hit: SearchHit) => hit.title.ranges.length > 0 || hit.fragments.some((f) => f.ranges.length > 0);

/** A source over one table's search_text: `load` turns matching ids (in order) into hits. */
export function tableSource(
  group: SearchGroupKey,
  opens: ApiMethod,
  table: SearchableTable,
  load: (db: Kysely<Database>, ids: number[], query: string) => Promise<SearchHit[]>,
): SearchSource {
  return {
    group,
    opens,
    async find(db, query, limit) {
      // Some candidates may match only where nothing is shown (a masked phone in a note): read spare ids,
      // but load them only while the hits shown so far fall short (limit + 1 says whether there are more).
      const ids = await matchingIds(db, table, query, limit * 3 + 1);
      const hits: SearchHit[] = [];
      for (let at = 0; at < ids.length && hits.length <= limit; ) {
        const batch = ids.slice(at, at + limit + 1 - hits.length);
        at += batch.length;
        hits.push(...(await load(db, batch, query)).filter(visible));
      }
      return { group, hits: hits.slice(0, limit), more: hits.length > limit };
    },
  };
}

/** Rows by id in the order of `ids`. */
export function inOrder<T extends { id: number }>(ids: readonly number[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
