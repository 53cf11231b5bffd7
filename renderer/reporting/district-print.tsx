/**
 * Print documents of the 街道汇总: the merged 妇女基本情况统计表 (#/print/district-merged)
 * and the 分社区汇总表 on A4 landscape (#/print/district-summary).
 */
import { BreakdownTable } from '../members/stats-print';
import type { MergedReport } from '../../core/reporting/merge';
import { api } from '../api';
import { PrintMeta, PrintSection, PrintTitle, SignatureLine, chineseDate } from '../print/layout';
import { definePrintDocument, type PrintDocumentProps } from '../print/types';
import { SummaryTable } from './SummaryTable';

async function loadMerged(): Promise<MergedReport> {
  const report = await api.reporting.merged();
  if (!report) throw new Error('请先在街道汇总中设置本轮的统计截止日期');
  return report;
}

const received = (r: MergedReport) => `已报 ${r.received.length} / 应报 ${r.expected} 个社区`;

export const districtMergedDocument = definePrintDocument<MergedReport>({
  title: (_p, r) => `妇女基本情况统计表（街道汇总，${chineseDate(r.asOf)}）`,
  orientation: 'portrait',
  load: loadMerged,
  Component: MergedSheet,
});

export const districtSummaryDocument = definePrintDocument<MergedReport>({
  title: (_p, r) => `分社区妇女基本情况汇总表（${chineseDate(r.asOf)}）`,
  orientation: 'landscape',
  load: loadMerged,
  Component: SummarySheet,
});

function MergedSheet({ data: r, branch }: PrintDocumentProps<MergedReport>) {
  const s = r.stats;
  return (
    <>
      <PrintTitle>妇女基本情况统计表（街道汇总）</PrintTitle>
      <PrintMeta items={[`单位：${branch.street || branch.name || '（未填写）'}`, `统计截止日期：${chineseDate(r.asOf)}`, `在册妇女：${s.total}人`, received(r)]} />
      <PrintSection title="一、主要指标">
        <BreakdownTable block={{ title: '', rows: [s.age45plus, s.collegePlus], total: null, aggregates: [] }} />
      </PrintSection>
      {(
        [
          ['二、年龄结构', s.age],
          ['三、文化程度', s.education],
          ['四、政治面貌', s.political],
          ['五、民族', s.ethnicity],
          ['六、婚姻状况', s.marital],
          ['七、担任职务（一人可有多项，不作合计）', s.roles],
          ['八、关爱对象（一人可有多项，不作合计）', s.tags],
        ] as const
      ).map(([title, block]) => (
        <PrintSection key={title} title={title}>
          <BreakdownTable block={block} />
        </PrintSection>
      ))}
      <Notes report={r} />
      <SignatureLine fields={[{ label: '填表人' }, { label: '审核人' }]} />
    </>
  );
}

function SummarySheet({ data: r, branch }: PrintDocumentProps<MergedReport>) {
  return (
    <>
      <PrintTitle>分社区妇女基本情况汇总表</PrintTitle>
      <PrintMeta items={[`单位：${branch.street || branch.name || '（未填写）'}`, `统计截止日期：${chineseDate(r.asOf)}`, received(r)]} />
      <SummaryTable report={r} className="print-table" />
      <Notes report={r} />
      <SignatureLine fields={[{ label: '填表人' }, { label: '审核人' }]} />
    </>
  );
}

function Notes({ report: r }: { report: MergedReport }) {
  return (
    <>
      {r.missing.length > 0 && <p className="print-note">未报社区：{r.missing.map((m) => `${m.name}（${m.code}）`).join('、')}</p>}
      {r.duplicates.map((d) => (
        <p key={d.codes.join()} className="print-note">
          {d.count}人同时登记在{d.names[0]}和{d.names[1]}
        </p>
      ))}
      <p className="print-note">{r.basis}</p>
    </>
  );
}
