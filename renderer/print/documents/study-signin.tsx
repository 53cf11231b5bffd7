/** 学习签到表, printed before the session: expected people with a blank 签名 column, 列席 after them, spare rows. */
import { sessionTimeText } from '../../../core/study/format';
import type { SessionDetail } from '../../../core/study/read';
import '../../meetings/meeting-print.css';
import { definePrintDocument } from '../types';
import { MeetingPageStyle } from './meeting-page';
import { loadSession } from './study-session';

const SPARE_ROWS = 3;

function StudySignIn({ data: s }: { data: SessionDetail }) {
  const expected = s.attendees.filter((a) => a.attendance !== '列席');
  const guests = s.attendees.filter((a) => a.attendance === '列席');
  const rows = [...expected.map((a) => ({ name: a.name, note: '' })), ...guests.map((a) => ({ name: a.name, note: '列席' })), ...Array.from({ length: SPARE_ROWS }, () => ({ name: '', note: '' }))];
  return (
    <div className="meeting-doc">
      <MeetingPageStyle />
      <h1 className="meeting-title">{s.title}签到表</h1>
      <table className="print-table meeting-header">
        <tbody>
          <tr>
            <th>学习形式</th>
            <td>{s.form}</td>
          </tr>
          <tr>
            <th>时间</th>
            <td>{sessionTimeText(s)}</td>
          </tr>
          <tr>
            <th>地点</th>
            <td>{s.place}</td>
          </tr>
          <tr>
            <th>主讲人</th>
            <td>{s.speaker.name}</td>
          </tr>
          <tr>
            <th>应到人数</th>
            <td>应到 {expected.length} 人，实到＿＿＿人</td>
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

export const studySignInDocument = definePrintDocument<SessionDetail>({
  title: (_params, s) => `${s.date} ${s.title}签到表`,
  orientation: 'portrait',
  load: loadSession,
  Component: StudySignIn,
});
