/** 议题 (妇女议事会) in the global search: 编号, 标题, 内容, 提出人. */
import { deliberationApi } from '../../deliberation/api';
import { fragmentsOf, marked } from '../marks';
import { inOrder, tableSource } from '../source';

export const deliberationSource = tableSource('deliberation', deliberationApi.get, 'delib_item', async (db, ids, query) => {
  if (!ids.length) return [];
  const rows = await db.selectFrom('delib_item').select(['id', 'code', 'title', 'content', 'proposer_name', 'state', 'raised_on']).where('id', 'in', ids).execute();
  return inOrder(ids, rows).map((i) => ({
    id: i.id,
    title: marked(i.title, query),
    subtitle: [i.code, i.state, `${i.raised_on} 提出`].join(' · '),
    fragments: fragmentsOf(
      [
        { label: '编号', text: i.code },
        { label: '内容', text: i.content },
        { label: '提出人', text: i.proposer_name },
      ],
      query,
    ),
    route: `/deliberation/items/${i.id}`,
  }));
});
