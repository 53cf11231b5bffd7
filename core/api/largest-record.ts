/**
 * The largest records the schemas allow (issue 10 item 8): every list at its
 * bound, every text at its limit. The test checks they are accepted and still
 * print and export; `npm run bench` times them (largestRecord).
 */
import { ROLES } from '../members/codes';
import { MEMBER_LIMITS, type MemberInput } from '../members/schema';
import { MEETING_LIMITS } from '../meetings/schema';

/** `n` characters of varied Chinese text (varied so no compression or cache flatters the figure). */
export function chineseText(n: number, seed = 0): string {
  let out = '';
  for (let i = 0; i < n; i++) out += String.fromCharCode(0x4e00 + ((i * 7919 + seed * 104_729) % 20_000));
  return out;
}

export function largestMember(zoneId: number | null, idNumber = '11010519491231002X'): MemberInput {
  return {
    name: chineseText(30, 1),
    idNumber,
    phone: '0571-87654321-123456',
    householdAddress: chineseText(100, 2),
    currentAddress: chineseText(100, 3),
    zoneId,
    building: chineseText(30, 4),
    employment: chineseText(20, 5),
    workplace: chineseText(60, 6),
    joinedOn: '2020-01-01',
    roles: [...ROLES],
    tags: Array.from({ length: MEMBER_LIMITS.tags }, (_, i) => `${String(i).padStart(2, '0')}${chineseText(18, 10 + i)}`),
    note: chineseText(500, 7),
  };
}

/**
 * A meeting with every list at its bound (300 参会人员, 20 议题 of 20 发言, 30 决议, 50 行动事项),
 * its text filled up to exactly MEETING_LIMITS.totalChars (+ `extraChars`).
 */
export function largestMeeting(typeId: number, extraChars = 0) {
  const attendees = Array.from({ length: MEETING_LIMITS.attendees }, (_, i) => ({
    memberId: null,
    name: `参会人员${String(i + 1).padStart(3, '0')}`,
    attendance: '出席' as const,
    reason: '',
  }));
  const speakers = attendees.map((a) => a.name);
  const topics = Array.from({ length: MEETING_LIMITS.topics }, (_, t) => ({
    title: `议题${t + 1}${chineseText(20, t)}`,
    notes: '',
    speeches: Array.from({ length: MEETING_LIMITS.speechesPerTopic }, (_, s) => ({ speaker: speakers[(t * 7 + s) % speakers.length]!, content: chineseText(4, t * 100 + s) })),
  }));
  const resolutions = Array.from({ length: MEETING_LIMITS.resolutions }, (_, i) => `决议${i + 1}：${chineseText(30, 500 + i)}`);
  const actions = Array.from({ length: MEETING_LIMITS.actions }, (_, i) => ({
    content: `事项${i + 1}${chineseText(30, 900 + i)}`,
    owner: speakers[i]!,
    dueDate: '2026-12-31',
    status: '未开始' as const,
  }));
  const meeting = {
    typeId,
    title: `最大的会议记录${chineseText(50, 42)}`,
    session: chineseText(50, 43),
    date: '2026-11-20',
    startTime: '09:00',
    endTime: '17:30',
    place: chineseText(100, 44),
    host: { memberId: null, name: speakers[0]! },
    recorder: { memberId: null, name: speakers[1]! },
    attendees,
    topics,
    resolutions,
    actions,
  };
  // The rest of the text allowance goes into the 讨论情况 of the topics, evenly.
  let used = meeting.title.length + meeting.session.length + meeting.place.length;
  for (const a of attendees) used += a.name.length;
  for (const t of topics) used += t.title.length + t.speeches.reduce((n, s) => n + s.speaker.length + s.content.length, 0);
  for (const r of resolutions) used += r.length;
  for (const a of actions) used += a.content.length + a.owner.length;
  let left = MEETING_LIMITS.totalChars + extraChars - used;
  topics.forEach((t, i) => {
    const share = Math.ceil(left / (topics.length - i));
    t.notes = chineseText(share, 2000 + i);
    left -= share;
  });
  return meeting;
}
