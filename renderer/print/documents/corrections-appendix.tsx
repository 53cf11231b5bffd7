/** 附：更正记录 — the appendix every finalized record prints after its body (会议记录, 学习记录 …). */
import type { Correction } from '../../../core/records/corrections';
import '../../meetings/meeting-print.css';
import { KeepDates } from '../layout';

export function CorrectionsAppendix({ corrections }: { corrections: Correction[] }) {
  if (!corrections.length) return null;
  return (
    <section className="meeting-appendix">
      <h2>附：更正记录</h2>
      {/* Fixed widths in the 156 mm text block: a heading or a date never breaks across lines. */}
      <table className="print-table meeting-corrections">
        <colgroup>
          <col className="col-no" />
          <col className="col-date" />
          <col />
          <col className="col-why" />
          <col className="col-by" />
        </colgroup>
        <thead>
          <tr>
            <th>序号</th>
            <th>更正日期</th>
            <th>更正内容</th>
            <th>更正原因</th>
            <th>更正人</th>
          </tr>
        </thead>
        <tbody>
          {corrections.map((c, i) => (
            <tr key={c.id}>
              <td>{i + 1}</td>
              <td className="print-nowrap">{c.on}</td>
              <td className="text">
                <KeepDates text={c.what} />
              </td>
              <td className="text">
                <KeepDates text={c.why} />
              </td>
              <td>{c.by}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
