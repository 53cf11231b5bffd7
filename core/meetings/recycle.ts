/**
 * Meetings in the 回收站. Only a 草稿 can be deleted: a 定稿 record is kept as
 * it is and corrected by 更正. Purging removes the meeting and, by the schema's
 * ON DELETE CASCADE, its attendance, 议题, 决议 and action items.
 */
import type { RecycleType } from '../recycle/registry';
import { FINAL } from '../records/lock';
import { meetingSnapshot } from './audit';

export const meetingRecycle: RecycleType = {
  type: 'meeting',
  title: '会议记录',
  table: 'meeting',
  labelColumn: 'title',
  snapshot: meetingSnapshot,
  async refuseDelete(trx, id) {
    const m = await trx.selectFrom('meeting').select(['title', 'status']).where('id', '=', id).executeTakeFirst();
    if (m?.status !== FINAL) return null;
    return `会议记录《${m.title}》已定稿，不能删除。如需更正，请在记录中添加“更正”并写明原因。`;
  },
};
