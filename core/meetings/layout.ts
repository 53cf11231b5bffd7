/**
 * The 会议记录's content as lines, shared by the printout (renderer/print/documents/
 * meeting.tsx) and the Word export (docx.ts) so both say the same thing in the
 * same order (DESIGN §4.6).
 */
import { isAway } from '../attendance/attendance';
import { meetingTimeText } from './format';
import type { MeetingDetail } from './read';

const names = (list: Array<{ name: string }>) => list.map((a) => a.name).join('、') || '无';

/** 缺席及原因: 张三（请假：外出培训）、李四（缺席） */
export function absenceText(m: Pick<MeetingDetail, 'attendees'>): string {
  const away = m.attendees.filter(isAway);
  return away.map((a) => `${a.name}（${a.attendance}${a.reason ? `：${a.reason}` : ''}）`).join('、') || '无';
}

export function meetingHeaderRows(m: MeetingDetail): Array<[label: string, value: string]> {
  const { expected, present, rate } = m.figures;
  return [
    ['会议名称', m.session ? `${m.title}（${m.session}）` : m.title],
    ['时间', meetingTimeText(m.date, m.startTime, m.endTime)],
    ['地点', m.place],
    ['主持人', m.host.name],
    ['记录人', m.recorder.name],
    ['应到/实到', `应到${expected}人，实到${present}人${rate ? `，出席率${rate}%` : ''}`],
    ['出席', names(m.attendees.filter((a) => a.attendance === '出席'))],
    ['列席', names(m.attendees.filter((a) => a.attendance === '列席'))],
    ['缺席及原因', absenceText(m)],
    ['议题', m.topics.map((t, i) => `${i + 1}. ${t.title}`).join('\n') || '无'],
  ];
}

export const actionLine = (a: MeetingDetail['actions'][number]) =>
  `${a.content}（责任人：${a.owner || '未定'}；完成时限：${a.dueDate ?? '未定'}；状态：${a.status}）`;

/** 第四季度执委会议 → 第四季度执委会议记录; 三八节座谈 → 三八节座谈会议记录. */
export function meetingDocumentTitle(m: Pick<MeetingDetail, 'title'>): string {
  if (m.title.endsWith('记录')) return m.title;
  return m.title.endsWith('会') || m.title.endsWith('会议') ? `${m.title}记录` : `${m.title}会议记录`;
}
