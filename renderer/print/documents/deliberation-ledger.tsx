/**
 * The yearly 议事台账 (#/print/deliberation-ledger?year=…): a cover, the table of
 * contents (序号 = the order of the pages that follow), the year's figures, then one
 * 议题 per page in the 反馈单 layout with its whole 办理过程.
 */
import { api } from '../../api';
import { chineseDate } from '../layout';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { FiguresTables } from './deliberation-figures-tables';
import { FeedbackSheet } from './deliberation-parts';

type Ledger = Awaited<ReturnType<typeof api.deliberation.printLedger>>;

async function load(params: URLSearchParams): Promise<Ledger> {
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new Error('缺少年度，无法打印议事台账。');
  return api.deliberation.printLedger({ year });
}

function LedgerPrint({ data: l, branch }: PrintDocumentProps<Ledger>) {
  const name = branch.name || '（未填写社区妇联名称）';
  return (
    <div className="delib-doc">
      <div className="delib-cover" data-testid="ledger-cover">
        <h1 className="delib-title">{l.title}</h1>
        <p>{name}</p>
        <p>
          议题 {l.items.length} 项，召开议事会 {l.sessions.length} 次
        </p>
        <p>{chineseDate(l.figures.asOf)}</p>
      </div>
      <div className="delib-toc">
        <h1 className="delib-title">目{"\u3000"}录</h1>
        <table className="print-table">
          <thead>
            <tr>
              <th style={{ width: '12mm' }}>序号</th>
              <th style={{ width: '28mm' }}>编号</th>
              <th>议题</th>
              <th style={{ width: '20mm' }}>类别</th>
              <th style={{ width: '24mm' }}>提出日期</th>
              <th style={{ width: '24mm' }}>状态</th>
            </tr>
          </thead>
          <tbody>
            {l.items.map((i, n) => (
              <tr key={i.id}>
                <td>{n + 1}</td>
                <td>{i.code}</td>
                <td className="text">{i.title}</td>
                <td>{i.category}</td>
                <td>{i.raisedOn}</td>
                <td>{i.outcome ? i.outcome.label : i.state}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!l.items.length && <p>本年度没有议题。</p>}
      </div>
      <div className="delib-next">
        <h1 className="delib-title">{l.year}年度议事情况统计</h1>
        <FiguresTables figures={l.figures} />
      </div>
      {l.items.map((i) => (
        <FeedbackSheet key={i.id} data={i.feedback} branchName={name} next />
      ))}
    </div>
  );
}

export const deliberationLedgerDocument = definePrintDocument<Ledger>({
  title: (_params, l) => `${l.year}年度议事台账`,
  orientation: 'portrait',
  load,
  Component: LedgerPrint,
});
