/** The editor's working copy of a study session: what study.create / update accept. */
import dayjs from 'dayjs';
import type { Attendance } from '../../core/attendance/attendance';
import type { SessionDetail } from '../../core/study/read';
import type { StudyForm } from '../../core/study/schema';

export interface Person {
  memberId: number | null;
  name: string;
}

export interface StudyDraft {
  date: string;
  startTime: string;
  endTime: string;
  form: StudyForm;
  title: string;
  content: string;
  host: Person;
  speaker: Person;
  place: string;
  recorder: Person;
  hours: number | null;
  hoursRuleId: number | null;
  summary: string;
  planItemId: number | null;
  materialIds: number[];
  attendees: Array<{ memberId: number | null; name: string; attendance: Attendance; reason: string; hours: number | null }>;
  speeches: Array<{ speaker: string; content: string }>;
}

export function emptyDraft(): StudyDraft {
  return {
    date: dayjs().format('YYYY-MM-DD'),
    startTime: '14:30',
    endTime: '16:30',
    form: '集中学习',
    title: '',
    content: '',
    host: { memberId: null, name: '' },
    speaker: { memberId: null, name: '' },
    place: '',
    recorder: { memberId: null, name: '' },
    hours: 2,
    hoursRuleId: null,
    summary: '',
    planItemId: null,
    materialIds: [],
    attendees: [],
    speeches: [],
  };
}

export function draftFromDetail(s: SessionDetail): StudyDraft {
  return {
    date: s.date,
    startTime: s.startTime,
    endTime: s.endTime,
    form: s.form as StudyForm,
    title: s.title,
    content: s.content,
    host: s.host,
    speaker: s.speaker,
    place: s.place,
    recorder: s.recorder,
    hours: s.hours,
    hoursRuleId: s.hoursRuleId,
    summary: s.summary,
    planItemId: s.planItemId,
    materialIds: s.materials.map((m) => m.id),
    attendees: s.attendees.map(({ memberId, name, attendance, reason, hours }) => ({ memberId, name, attendance, reason, hours })),
    speeches: s.speeches.map((sp) => ({ ...sp })),
  };
}

export const presentOf = (d: Pick<StudyDraft, 'attendees'>) => d.attendees.filter((a) => a.attendance === '出席' || a.attendance === '列席');
