/** The editor's working copy of a meeting: what meetings.create / update accept. */
import type { z } from 'zod';
import { wasThere } from '../../core/attendance/attendance';
import type { MeetingDetail } from '../../core/meetings/read';
import type { meetingInputSchema } from '../../core/meetings/schema';
import type { AttendeeRow } from '../attendance/AttendanceCard';

type Parts = 'attendees' | 'topics' | 'resolutions' | 'actions' | 'host' | 'recorder';
export type Draft = Omit<z.input<typeof meetingInputSchema>, Parts> & {
  attendees: AttendeeRow[];
  topics: Array<{ title: string; notes: string; speeches: Array<{ speaker: string; content: string }> }>;
  resolutions: string[];
  actions: Array<{ id?: number; content: string; owner: string; dueDate: string | null; status: '未开始' | '进行中' | '已完成'; carriedFromId?: number | null }>;
  host: { memberId: number | null; name: string };
  recorder: { memberId: number | null; name: string };
};

export function draftFromDetail(m: MeetingDetail): Draft {
  return {
    typeId: m.typeId,
    title: m.title,
    session: m.session,
    date: m.date,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    host: m.host,
    recorder: m.recorder,
    attendees: m.attendees,
    topics: m.topics.map((t) => ({ ...t, speeches: [...t.speeches] })),
    resolutions: [...m.resolutions],
    actions: m.actions.map(({ id, content, owner, dueDate, status, carriedFromId }) => ({ id, content, owner, dueDate, status, carriedFromId })),
  };
}

/** People who can speak on a 议题: those present (出席) and guests (列席). */
export const speakersOf = (d: Pick<Draft, 'attendees'>) =>
  d.attendees.filter(wasThere).map((a) => a.name);
