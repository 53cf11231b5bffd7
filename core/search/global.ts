/**
 * search.global: one query over every module, answered as groups in the app's
 * module order. Only groups whose records the operator's role may open are
 * searched at all; a group with no hit is left out.
 */
import type { AppContext } from '../context';
import { normalizeQuery } from '../members/search-text';
import { IMPLICIT_ADMIN, roleAllows } from '../operators/roles';
import type { GlobalSearchInput, GlobalSearchResult } from './schema';
import type { SearchSource } from './source';
import { archiveSource } from './sources/archive';
import { deliberationSource } from './sources/deliberation';
import { meetingsSource } from './sources/meetings';
import { membersSource } from './sources/members';
import { materialsSource, studySource } from './sources/study';

export const SOURCES: readonly SearchSource[] = [membersSource, meetingsSource, studySource, materialsSource, deliberationSource, archiveSource];

export async function globalSearch(ctx: AppContext, input: GlobalSearchInput, sources: readonly SearchSource[] = SOURCES): Promise<GlobalSearchResult> {
  const query = normalizeQuery(input.query);
  if (!query) return { query, groups: [] };
  const role = (ctx.operator ?? IMPLICIT_ADMIN).role;
  const groups = [];
  // One after another: the connection is a single one, and each source takes a millisecond or two.
  for (const source of sources.filter((s) => roleAllows(role, s.opens.access))) {
    const group = await source.find(ctx.db, query, input.limit);
    if (group.hits.length) groups.push(group);
  }
  return { query, groups };
}
