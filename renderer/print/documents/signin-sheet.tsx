/**
 * The 签到表 body shared by every record that has attendees (会议, 学习): a header table of
 * the record's facts, then expected attendees with a blank 签名 column, 列席 after them, spare rows.
 */
import type { ReactNode } from 'react';
import '../../meetings/meeting-print.css';
import { MeetingPageStyle } from './meeting-page';
import { RecordHeaderTable } from './record-parts';

const SPARE_ROWS = 3;

export interface SignInSheetProps {
  title: string;
  /** Rows above 应到人数, as [label, value]. */
  facts: [string, ReactNode][];
  attendees: { name: string; attendance: string }[];
}

export function SignInSheet({ title, facts, attendees }: SignInSheetProps) {
  const expected = attendees.filter((a) => a.attendance !== '列席');
  const guests = attendees.filter((a) => a.attendance === '列席');
  const rows = [...expected.map((a) => ({ name: a.name, note: '' })), ...guests.map((a) => ({ name: a.name, note: '列席' })), ...Array.from({ length: SPARE_ROWS }, () => ({ name: '', note: '' }))];
  return (
    <div className="meeting-doc">
      <MeetingPageStyle />
      <h1 className="meeting-title">{title}签到表</h1>
      <RecordHeaderTable rows={[...facts, ['应到人数', `应到 ${expected.length} 人，实到＿＿＿人`]]} />
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
