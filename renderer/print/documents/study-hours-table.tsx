/** The 学时 table of the study prints (学习台账's 个人学时, 个人学习情况's years): one row of PersonTotals each. */
import type { ReactNode } from 'react';
import type { PersonTotals } from '../../../core/study/person';

interface Row extends PersonTotals {
  key: string | number;
  label: ReactNode;
}

/** `first` heads the label column (姓名, 年度); `empty` is the one row shown when there are none. */
export function StudyHoursTable({ first, rows, empty }: { first: string; rows: Row[]; empty?: string }) {
  return (
    <table className="print-table">
      <thead>
        <tr>
          <th>{first}</th>
          <th>应参加</th>
          <th>参加</th>
          <th>缺席/请假</th>
          <th>已补学</th>
          <th>未补学</th>
          <th>学时</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <td>{r.label}</td>
            <td>{r.sessions}</td>
            <td>{r.attended}</td>
            <td>{r.missed}</td>
            <td>{r.madeUp}</td>
            <td>{r.owing}</td>
            <td>{r.hours}</td>
          </tr>
        ))}
        {empty && !rows.length && (
          <tr>
            <td colSpan={7}>{empty}</td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
