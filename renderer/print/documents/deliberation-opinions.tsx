/** 妇女舆情汇总表 for a period (#/print/deliberation-opinions?from=…&to=…): counts by 类别 and by 来源, then the items. */
import { api } from '../../api';
import '../../deliberation/deliberation-print.css';
import { PrintMeta, PrintSection, PrintTitle, SignatureLine, chineseDate } from '../layout';
import { definePrintDocument, type PrintDocumentProps } from '../types';

type Opinions = Awaited<ReturnType<typeof api.deliberation.printOpinions>>;

function CountTable({ head, rows, total }: { head: string; rows: Array<{ label: string; count: number }>; total: number }) {
  return (
    <table className="print-table delib-fixed">
      <thead>
        <tr>
          <th>{head}</th>
          <th style={{ width: '25mm' }}>件数</th>
          <th style={{ width: '30mm' }}>占比</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.label}>
            <td>{r.label}</td>
            <td className="num">{r.count}</td>
            <td className="num">{total ? `${((r.count / total) * 100).toFixed(1)}%` : '—'}</td>
          </tr>
        ))}
        <tr className="total">
          <td>合计</td>
          <td className="num">{total}</td>
          <td className="num">{total ? '100.0%' : '—'}</td>
        </tr>
      </tbody>
    </table>
  );
}

function OpinionsPrint({ data: o, branch }: PrintDocumentProps<Opinions>) {
  return (
    <div className="delib-doc">
      <PrintTitle>妇女舆情汇总表</PrintTitle>
      <PrintMeta items={[`单位：${branch.name || '（未填写社区妇联名称）'}`, `期间：${chineseDate(o.range.from)}至${chineseDate(o.range.to)}`, `共${o.items.length}件`]} />
      <PrintSection title="一、按类别">
        <CountTable head="类别" rows={o.byCategory.map((c) => ({ label: c.category, count: c.count }))} total={o.total} />
      </PrintSection>
      <PrintSection title="二、按来源">
        <CountTable head="来源" rows={o.bySource.map((s) => ({ label: s.source, count: s.count }))} total={o.total} />
      </PrintSection>
      <PrintSection title="三、舆情明细">
        <table className="print-table delib-fixed">
          <thead>
            <tr>
              <th style={{ width: '9mm' }}>序号</th>
              <th style={{ width: '24mm' }}>编号</th>
              <th style={{ width: '20mm' }}>日期</th>
              <th style={{ width: '18mm' }}>类别</th>
              <th style={{ width: '18mm' }}>来源</th>
              <th>议题及诉求</th>
              <th style={{ width: '20mm' }}>办理状态</th>
            </tr>
          </thead>
          <tbody>
            {o.items.map((i, n) => (
              <tr key={i.code}>
                <td>{n + 1}</td>
                <td>{i.code}</td>
                <td>{i.raisedOn}</td>
                <td>{i.category}</td>
                <td>{i.source}</td>
                <td className="text">
                  <strong>{i.title}</strong>
                  {i.content ? `：${i.content}` : ''}
                </td>
                <td>{i.state}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </PrintSection>
      <p className="delib-caliber">口径：{o.koujing}</p>
      <SignatureLine fields={[{ label: '填表人' }, { label: '填表日期' }]} />
    </div>
  );
}

export const deliberationOpinionsDocument = definePrintDocument<Opinions>({
  title: (_params, o) => `妇女舆情汇总表（${o.range.from}至${o.range.to}）`,
  orientation: 'portrait',
  load: (params) => api.deliberation.printOpinions({ from: params.get('from') ?? '', to: params.get('to') ?? '' }),
  Component: OpinionsPrint,
});
