/** 签到表, printed before the meeting: expected attendees with a blank 签名 column, 列席 after them, spare rows. */
import { meetingTimeText } from '../../../core/meetings/format';
import type { MeetingDetail } from '../../../core/meetings/read';
import '../../meetings/meeting-print.css';
import { definePrintDocument } from '../types';
import { MeetingPageStyle } from './meeting-page';
import { loadMeeting } from './meeting';

const SPARE_ROWS = 3;

function SignInSheet({ data: m }: { data: MeetingDetail }) {
  const expected = m.attendees.filter((a) => a.attendance !== '列席');
  const guests = m.attendees.filter((a) => a.attendance === '列席');
  const rows = [...expected.map((a) => ({ name: a.name, note: '' })), ...guests.map((a) => ({ name: a.name, note: '列席' })), ...Array.from({ length: SPARE_ROWS }, () => ({ name: '', note: '' }))];
  return (
    <div className="meeting-doc">
      <MeetingPageStyle />
      <h1 className="meeting-title">{m.title}签到表</h1>
      <table className="print-table meeting-header">
        <tbody>
          <tr>
            <th>时间</th>
            <td>{meetingTimeText(m.date, m.startTime, m.endTime)}</td>
          </tr>
          <tr>
            <th>地点</th>
            <td>{m.place}</td>
          </tr>
          <tr>
            <th>应到人数</th>
            <td>
              应到 {expected.length} 人，实到＿＿＿人
            </td>
          </tr>
        </tbody>
      </table>
      <table className="print-table signin-table" style={{ marginTop: '5mm' }}>
        <thead>
          <tr>
            <th style={{ width: '14mm' }}>序号</th>
            <th style={{ width: '36mm' }}>姓名</th>
            <th>签名</th>
            <th style={{ width: '26mm' }}>备注</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{r.name}</td>
              <td />
              <td>{r.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const meetingSignInDocument = definePrintDocument<MeetingDetail>({
  title: (_params, m) => `${m.date} ${m.title}签到表`,
  orientation: 'portrait',
  load: loadMeeting,
  Component: SignInSheet,
});
