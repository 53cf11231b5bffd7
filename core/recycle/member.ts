/** Members in the 回收站. Her 身份证号 stays reserved while she is there (unique index), so a restore never clashes. */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { memberSnapshot } from '../audit/member';
import { itemsNaming } from '../deliberation/recycle';
import { sessionsNaming } from '../study/recycle';
import type { RecycleType } from './registry';

async function meetingsNaming(trx: Transaction<Database>, id: number) {
  const rows = await trx
    .selectFrom('meeting')
    .select(['title', 'date'])
    .where((eb) =>
      eb.or([
        eb('host_member_id', '=', id),
        eb('recorder_member_id', '=', id),
        eb('id', 'in', eb.selectFrom('meeting_attendee').select('meeting_id').where('member_id', '=', id)),
      ]),
    )
    .orderBy('date')
    .limit(4)
    .execute();
  return rows.map((r) => `${r.date}“${r.title}”`);
}

export const memberRecycle: RecycleType = {
  type: 'member',
  title: '成员',
  table: 'member',
  labelColumn: 'name',
  snapshot: memberSnapshot,
  async refusePurge(trx, id) {
    const items = await itemsNaming(trx, id);
    if (items.length) {
      return `该成员是议题${items.slice(0, 3).join('、')}${items.length > 3 ? '等' : ''}的提出人或附议人，彻底删除会使这些议题缺少人员信息，因此不能彻底删除；可以继续留在回收站。`;
    }
    const meetings = await meetingsNaming(trx, id);
    const sessions = await sessionsNaming(trx, id);
    if (sessions.length && !meetings.length) {
      return `该成员出现在学习记录${sessions.slice(0, 3).join('、')}${sessions.length > 3 ? '等' : ''}中，彻底删除会使这些记录缺少人员信息，因此不能彻底删除；可以继续留在回收站。`;
    }
    if (!meetings.length) return null;
    const more = meetings.length > 3 ? '等' : '';
    return `该成员出现在会议记录${meetings.slice(0, 3).join('、')}${more}中，彻底删除会使这些记录缺少人员信息，因此不能彻底删除；可以继续留在回收站。`;
  },
};
