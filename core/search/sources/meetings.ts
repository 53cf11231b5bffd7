/** 会议记录 in the global search: title, 届次, 地点, people, 议题 and what was said, 决议, 行动事项. */
import { meetingsApi } from '../../meetings/api';
import { fragmentsOf, marked } from '../marks';
import { inOrder, tableSource } from '../source';

export const meetingsSource = tableSource('meetings', meetingsApi.get, 'meeting', async (db, ids, query) => {
  if (!ids.length) return [];
  const meetings = await db
    .selectFrom('meeting')
    .innerJoin('meeting_type', 'meeting_type.id', 'meeting.type_id')
    .select(['meeting.id', 'meeting.title', 'meeting.session', 'meeting.date', 'meeting.place', 'meeting.host_name', 'meeting.recorder_name', 'meeting.status', 'meeting_type.name as typeName'])
    .where('meeting.id', 'in', ids)
    .execute();
  const topics = await db.selectFrom('meeting_topic').select(['meeting_id', 'title', 'notes', 'speeches']).where('meeting_id', 'in', ids).orderBy('sort_order').execute();
  const resolutions = await db.selectFrom('meeting_resolution').select(['meeting_id', 'content']).where('meeting_id', 'in', ids).orderBy('sort_order').execute();
  const actions = await db.selectFrom('meeting_action').select(['meeting_id', 'content', 'owner']).where('meeting_id', 'in', ids).orderBy('sort_order').execute();
  const attendees = await db.selectFrom('meeting_attendee').select(['meeting_id', 'name']).where('meeting_id', 'in', ids).orderBy('sort_order').execute();
  const of = <T extends { meeting_id: number }>(rows: T[], id: number) => rows.filter((r) => r.meeting_id === id);

  return inOrder(ids, meetings).map((m) => {
    const speeches = of(topics, m.id).flatMap((t) => JSON.parse(t.speeches) as Array<{ speaker: string; content: string }>);
    const fields = [
      { label: '届次', text: m.session },
      { label: '地点', text: m.place },
      ...of(topics, m.id).flatMap((t) => [{ label: '议题', text: t.title }, { label: '议题记录', text: t.notes }]),
      ...of(resolutions, m.id).map((r) => ({ label: '决议', text: r.content })),
      ...of(actions, m.id).map((a) => ({ label: '行动事项', text: `${a.content} ${a.owner}` })),
      ...speeches.map((s) => ({ label: '发言', text: `${s.speaker}：${s.content}` })),
      { label: '主持人', text: m.host_name },
      { label: '记录人', text: m.recorder_name },
      { label: '参会人员', text: of(attendees, m.id).map((a) => a.name).join('、') },
    ];
    return {
      id: m.id,
      title: marked(m.title, query),
      subtitle: [m.date, m.typeName, m.status === '草稿' ? '草稿' : ''].filter(Boolean).join(' · '),
      fragments: fragmentsOf(fields, query),
      route: `/meetings/${m.id}`,
    };
  });
});
