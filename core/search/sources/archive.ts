/** 档案台账 in the global search: 档号 (also typed without its - and ·), 题名, 文号, 责任者. */
import { archiveApi } from '../../archive/api';
import { fragmentsOf, marked } from '../marks';
import type { Fragment, Range } from '../schema';
import { inOrder, tableSource } from '../source';

const SEPARATOR = /[-·]/;

/** `0194ws2016d30` found in `0194-WS·2016-D30-0001`: the range in the 档号 as shown. */
function compactCodeRanges(code: string, query: string): Range[] {
  const kept: number[] = [];
  for (let i = 0; i < code.length; i++) if (!SEPARATOR.test(code[i]!)) kept.push(i);
  const compact = kept.map((i) => code[i]!.toLowerCase()).join('');
  const at = compact.indexOf(query);
  return at === -1 ? [] : [[kept[at]!, kept[at + query.length - 1]! + 1]];
}

function codeFragment(code: string, query: string): Fragment | null {
  const direct = marked(code, query);
  const ranges = direct.ranges.length ? direct.ranges : compactCodeRanges(code, query);
  return ranges.length ? { label: '档号', text: code, ranges } : null;
}

export const archiveSource = tableSource('archive', archiveApi.get, 'archive_item', async (db, ids, query) => {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('archive_item')
    .select(['id', 'archival_code', 'title', 'doc_number', 'responsible', 'date', 'doc_kind', 'voided_at'])
    .where('id', 'in', ids)
    .execute();
  return inOrder(ids, rows).map((a) => {
    const code = codeFragment(a.archival_code, query);
    return {
      id: a.id,
      title: marked(a.title || a.archival_code, query),
      // The 档号 once: as the marked fragment when it matched, otherwise first in the subtitle.
      subtitle: [code ? '' : a.archival_code, a.doc_kind, a.date ?? '', a.voided_at ? '已作废' : ''].filter(Boolean).join(' · '),
      fragments: [...(code ? [code] : []), ...fragmentsOf([{ label: '文号', text: a.doc_number }, { label: '责任者', text: a.responsible }], query, code ? 1 : 2)],
      route: `/archive/items/${a.id}`,
    };
  });
});
