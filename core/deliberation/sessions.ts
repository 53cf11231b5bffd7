/**
 * 议事会 sessions are meetings of type 妇女议事会 (core/meetings). The 议题 on a
 * session, their votes and 决议 are read from the 议题 rows — the one source the
 * meeting page, its print and the 公示 all show; nothing is copied into the meeting.
 */
import { selectItemRows, selectSessions } from '../../db/deliberation/queries';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { quarterOf, quarterRange, todayOf } from './dates';
import { itemDetails } from './read';
import { sessionTypeId } from './service';

export async function listSessions(ctx: AppContext, year?: number) {
  const typeId = await sessionTypeId(ctx.db, ctx.now());
  const rows = await selectSessions(ctx.db, typeId, year ? { from: `${year}-01-01`, to: `${year}-12-31` } : {});
  return rows.map((r) => ({ id: r.id, title: r.title, date: r.date, place: r.place, status: r.status, itemCount: Number(r.item_count ?? 0) }));
}

/** The session (a 妇女议事会 meeting) and its 议题 in 编号 order, with vote and 决议. */
export async function sessionItems(ctx: AppContext, meetingId: number) {
  const meeting = await ctx.db
    .selectFrom('meeting')
    .innerJoin('meeting_type', 'meeting_type.id', 'meeting.type_id')
    .select(['meeting.id', 'meeting.title', 'meeting.date', 'meeting.start_time', 'meeting.end_time', 'meeting.place', 'meeting.host_name', 'meeting.recorder_name', 'meeting.status', 'meeting_type.name as type_name'])
    .where('meeting.id', '=', meetingId)
    .where('meeting.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!meeting) throw new AppError('NOT_FOUND', `找不到编号为 ${meetingId} 的会议记录，可能已被删除。`);
  const rows = (await selectItemRows(ctx.db, { meetingId })).reverse();
  const items = await itemDetails(ctx, rows);
  return {
    meeting: { id: meeting.id, title: meeting.title, date: meeting.date, startTime: meeting.start_time, endTime: meeting.end_time, place: meeting.place, host: meeting.host_name, recorder: meeting.recorder_name, status: meeting.status, typeName: meeting.type_name },
    items: items.map((i) => ({
      id: i.id,
      code: i.code,
      title: i.title,
      category: i.category,
      method: i.method,
      content: i.content,
      state: i.state,
      proposer: i.proposer,
      seconders: i.seconders,
      vote: i.vote,
      mainUnit: i.mainUnit,
      coUnits: i.coUnits,
      dueOn: i.rounds[0]?.dueOn ?? null,
    })),
  };
}

/** Each quarter of the year with its sessions; a quarter that has begun and has none is flagged. */
export async function sessionQuarters(ctx: AppContext, year: number) {
  const sessions = await listSessions(ctx, year);
  const today = todayOf(ctx);
  return [1, 2, 3, 4].map((quarter) => {
    const range = quarterRange(year, quarter);
    const held = sessions.filter((s) => quarterOf(s.date) === quarter);
    return { quarter, ...range, sessions: held, missing: held.length === 0 && range.from <= today };
  });
}
