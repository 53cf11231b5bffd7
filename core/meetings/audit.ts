/**
 * How a meeting reads in the audit log: its fields under the form's labels and
 * its parts as short text, so an update stores only what changed (recordAudit
 * compares the two snapshots) and masking applies to everything typed in.
 */
import type { Kysely } from 'kysely';
import { selectMeeting, selectMeetingParts } from '../../db/meetings/queries';
import type { Database } from '../../db/schema';

export async function meetingSnapshot(db: Kysely<Database>, id: number): Promise<Record<string, unknown> | null> {
  const m = await selectMeeting(db, id, { includeDeleted: true });
  if (!m) return null;
  const parts = await selectMeetingParts(db, id);
  return {
    会议类型: m.type_name,
    会议名称: m.title,
    届次: m.session,
    日期: m.date,
    开始时间: m.start_time,
    结束时间: m.end_time,
    地点: m.place,
    主持人: m.host_name,
    记录人: m.recorder_name,
    参会人员: parts.attendees.map((a) => `${a.name}（${a.attendance}${a.reason ? `：${a.reason}` : ''}）`).join('、'),
    议题: parts.topics
      .map((t, i) => {
        const speeches = (JSON.parse(t.speeches) as Array<{ speaker: string; content: string }>).map((s) => `${s.speaker}：${s.content}`);
        return [`${i + 1}. ${t.title}`, t.notes, ...speeches].filter(Boolean).join('\n');
      })
      .join('\n'),
    决议: parts.resolutions.map((r, i) => `${i + 1}. ${r.content}`).join('\n'),
    行动事项: parts.actions.map((a) => `${a.content}（${[a.owner, a.due_date, a.status].filter(Boolean).join('，')}）`).join('\n'),
    状态: m.status,
  };
}

/** A 会议类型 and its template, as the audit log shows it. */
export function meetingTypeSnapshot(t: { name: string; default_roles: string; default_topics: string; rhythm?: string }) {
  return {
    名称: t.name,
    默认参会身份: (JSON.parse(t.default_roles) as string[]).join('、'),
    默认议题: (JSON.parse(t.default_topics) as string[]).join('、'),
    ...(t.rhythm ? { 召开频次: t.rhythm } : {}),
  };
}
