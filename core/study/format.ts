/** How study records read on paper and in the ledger: time, people, materials, 补学 — shared by print and .xlsx. */
import { isAway } from '../attendance/attendance';
import { meetingTimeText } from '../meetings/format';
import type { SessionDetail } from './read';

export { chineseDate } from '../meetings/format';

export const sessionTimeText = (s: Pick<SessionDetail, 'date' | 'startTime' | 'endTime'>) => meetingTimeText(s.date, s.startTime, s.endTime);

/** 《关于…的通知》（妇字〔2026〕3号，区妇联） */
export const materialText = (m: SessionDetail['materials'][number]) => {
  const extra = [m.docNumber, m.issuer].filter(Boolean).join('，');
  return extra ? `《${m.title}》（${extra}）` : `《${m.title}》`;
};

const names = (list: Array<{ name: string }>) => list.map((a) => a.name).join('、') || '无';

export function absenceText(s: Pick<SessionDetail, 'attendees'>) {
  const away = s.attendees.filter((a) => isAway(a));
  return away.map((a) => `${a.name}（${a.attendance}${a.reason ? `：${a.reason}` : ''}）`).join('、') || '无';
}

/** Who made it up and who still owes it: 刘芳（2026年11月25日，自学材料并交心得，2学时）. */
export function makeupText(s: Pick<SessionDetail, 'attendees' | 'status'>) {
  const away = s.attendees.filter((a) => isAway(a));
  if (!away.length) return '无需补学';
  return away
    .map((a) => (a.makeup ? `${a.name}已补学（${a.makeup.date}，${a.makeup.method}，${a.makeup.hours}学时）` : `${a.name}${s.status === '已定稿' ? '尚未补学' : '待定稿后补学'}`))
    .join('；');
}

/** Persons whose hours differ from the session's: 张丽 1学时（中途离开）. */
export function hoursText(s: Pick<SessionDetail, 'hours' | 'attendees'>) {
  const partial = s.attendees.filter((a) => a.hours !== null && a.hours !== s.hours);
  const base = `${s.hours}学时`;
  return partial.length ? `${base}（${partial.map((a) => `${a.name}${a.hours}学时`).join('、')}）` : base;
}

export function sessionHeaderRows(s: SessionDetail): Array<[label: string, value: string]> {
  const { expected, present, rate } = s.figures;
  return [
    ['学习主题', s.title],
    ['学习形式', s.form],
    ['时间', sessionTimeText(s)],
    ['地点', s.place],
    ['主持人', s.host.name],
    ['主讲人', s.speaker.name],
    ['记录人', s.recorder.name],
    ['学时', hoursText(s)],
    ['应到/实到', `应到${expected}人，实到${present}人${rate ? `，出席率${rate}%` : ''}`],
    ['出席', names(s.attendees.filter((a) => a.attendance === '出席'))],
    ['列席', names(s.attendees.filter((a) => a.attendance === '列席'))],
    ['缺席及原因', absenceText(s)],
    ['学习材料', s.materials.map(materialText).join('\n') || '无'],
  ];
}

export const studyDocumentTitle = (s: Pick<SessionDetail, 'title'>) => (s.title.endsWith('记录') ? s.title : `${s.title}学习记录`);
