/**
 * Meetings in the 回收站. Only a 草稿 can be deleted: a 定稿 record is kept as
 * it is and corrected by 更正. Purging removes the meeting and, by the schema's
 * ON DELETE CASCADE, its attendance, 议题, 决议 and action items.
 */
import type { RecycleType } from '../recycle/registry';
import { FINAL } from '../records/lock';
import { itemsOnMeeting } from '../deliberation/recycle';
import { meetingSnapshot } from './audit';

export const meetingRecycle: RecycleType = {
  type: 'meeting',
  title: '会议记录',
  table: 'meeting',
  labelColumn: 'title',
  snapshot: meetingSnapshot,
  async refuseDelete(trx, id) {
    const m = await trx.selectFrom('meeting').select(['title', 'status']).where('id', '=', id).executeTakeFirst();
    const items = await itemsOnMeeting(trx, id);
    if (m && items.length) return `会议记录《${m.title}》列有议题${items.slice(0, 3).join('、')}${items.length > 3 ? '等' : ''}，不能删除。请先在妇女议事会中将这些议题“移出议事会”。`;
    if (m?.status !== FINAL) return null;
    return `会议记录《${m.title}》已定稿，不能删除。如需更正，请在记录中添加“更正”并写明原因。`;
  },
};
