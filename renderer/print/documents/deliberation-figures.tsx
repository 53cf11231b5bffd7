/** 议事统计表 (#/print/deliberation-figures?year=…): the 统计 page's tables on A4, with the 口径 line. */
import { api } from '../../api';
import '../../deliberation/deliberation-print.css';
import { PrintMeta, PrintTitle, SignatureLine } from '../layout';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { FiguresTables } from './deliberation-figures-tables';

type Figures = Awaited<ReturnType<typeof api.deliberation.figures>> & { missingQuarters: number[] };

async function load(params: URLSearchParams): Promise<Figures> {
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 1900 || year > 2100) throw new Error('缺少年度，无法打印议事统计表。');
  const [figures, quarters] = await Promise.all([api.deliberation.figures({ year }), api.deliberation.sessionQuarters({ year })]);
  return { ...figures, missingQuarters: quarters.filter((q) => q.missing).map((q) => q.quarter) };
}

function FiguresPrint({ data: f, branch }: PrintDocumentProps<Figures>) {
  return (
    <div className="delib-doc">
      <PrintTitle>{f.year}年度妇女议事会议事情况统计表</PrintTitle>
      <PrintMeta items={[`单位：${branch.name || '（未填写社区妇联名称）'}`, f.missingQuarters.length ? `未召开议事会的季度：第${f.missingQuarters.map((q) => '一二三四'[q - 1]).join('、')}季度` : '每季度均召开了议事会']} />
      <FiguresTables figures={f} />
      <SignatureLine fields={[{ label: '填表人' }, { label: '审核人' }, { label: '填表日期' }]} />
    </div>
  );
}

export const deliberationFiguresDocument = definePrintDocument<Figures>({
  title: (_params, f) => `${f.year}年度议事统计表`,
  orientation: 'portrait',
  load,
  Component: FiguresPrint,
});
