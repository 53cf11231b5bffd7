/**
 * 议题 in the 回收站: only a draft in 收集 can be deleted; from 研判 on, the only
 * way out is 撤回 (which keeps the record and excludes it from the figures).
 * Purging removes its events and 附议 (ON DELETE CASCADE); its 编号 stays used.
 */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { RecycleType } from '../recycle/registry';
import { DELETABLE_STATES, nextSteps } from './lifecycle';
import { itemSnapshot } from './snapshot';

export const deliberationRecycle: RecycleType = {
  type: 'deliberation',
  title: '议题',
  table: 'delib_item',
  labelColumn: 'title',
  snapshot: itemSnapshot,
  async refuseDelete(trx, id) {
    const item = await trx.selectFrom('delib_item').select(['code', 'title', 'state']).where('id', '=', id).executeTakeFirst();
    if (!item || DELETABLE_STATES.includes(item.state)) return null;
    const withdraw = nextSteps(item.state).includes('撤回') ? '如不再办理，请“撤回”并写明理由。' : '';
    return `议题 ${item.code}《${item.title}》当前状态为“${item.state}”，只有“收集”中的议题可以删除。${withdraw}`;
  },
};

/** 议题 that name a member (提出人, 转达的代表, 附议人): she cannot be purged while they do. */
export async function itemsNaming(trx: Transaction<Database>, memberId: number) {
  const rows = await trx
    .selectFrom('delib_item')
    .select(['code', 'title'])
    .where((eb) =>
      eb.or([
        eb('proposer_member_id', '=', memberId),
        eb('via_member_id', '=', memberId),
        eb('id', 'in', eb.selectFrom('delib_seconder').select('item_id').where('member_id', '=', memberId)),
      ]),
    )
    .orderBy('id')
    .limit(4)
    .execute();
  return rows.map((r) => `${r.code}“${r.title}”`);
}

/** 议题 on a 议事会 session: the meeting cannot be deleted while they are (take them off first, or the record is kept). */
export async function itemsOnMeeting(trx: Transaction<Database>, meetingId: number) {
  const rows = await trx.selectFrom('delib_item').select(['code']).where('meeting_id', '=', meetingId).orderBy('id').limit(4).execute();
  return rows.map((r) => r.code);
}
