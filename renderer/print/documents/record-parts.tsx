/**
 * Parts every printed record page (会议记录, 学习记录, 签到表) shares, in the layout of
 * DESIGN §4.6: the header table of [label, value] rows, a speech line, the signature line.
 */
import type { ReactNode } from 'react';

export function RecordHeaderTable({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <table className="print-table meeting-header">
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th>{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Speech({ speaker, content }: { speaker: string; content: string }) {
  return (
    <p>
      <span className="meeting-speaker">{speaker}：</span>
      {content}
    </p>
  );
}

export function RecordSignatures() {
  return (
    <div className="meeting-signatures">
      <span>
        主持人（签字）：<span className="print-blank" />
      </span>
      <span>
        记录人（签字）：<span className="print-blank" />
      </span>
    </div>
  );
}

/** The record id from a print route's params, or the module's message saying it is missing. */
export function recordId(params: URLSearchParams, missing: string): number {
  const id = Number(params.get('id'));
  if (!Number.isInteger(id) || id <= 0) throw new Error(missing);
  return id;
}
