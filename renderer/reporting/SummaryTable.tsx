/** 分社区汇总表: one row per 社区 received, then 合计; counts with shares of each 社区's total (screen and print). */
import type { MergedReport } from '../../core/reporting/merge';
import { SUMMARY_COLUMNS } from '../../core/reporting/summary-columns';

export function SummaryTable({ report, className }: { report: MergedReport; className?: string }) {
  const rows = [...report.summary, report.summaryTotalRow];
  return (
    <table className={className ?? 'district-table'} data-testid="district-summary">
      <thead>
        <tr>
          <th rowSpan={2}>社区编码</th>
          <th rowSpan={2}>社区</th>
          <th rowSpan={2}>妇女总数</th>
          {SUMMARY_COLUMNS.map((c) => (
            <th key={c.key} colSpan={2}>
              {c.label}
            </th>
          ))}
        </tr>
        <tr>
          {SUMMARY_COLUMNS.map((c) => [<th key={`${c.key}n`}>人数</th>, <th key={`${c.key}p`}>占比（%）</th>])}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code || 'total'} className={row.code ? undefined : 'total'}>
            <td className="text">{row.code}</td>
            <td className="text">{row.name}</td>
            <td className="num">{row.figures.total}</td>
            {SUMMARY_COLUMNS.map((c) => [
              <td key={`${c.key}n`} className="num">
                {row.figures[c.key]}
              </td>,
              <td key={`${c.key}p`} className="num">
                {row.shares[c.key]}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
