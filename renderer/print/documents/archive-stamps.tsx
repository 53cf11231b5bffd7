/**
 * Print document 'archive-stamps': 归档章 labels (DA/T 22-2015) at their true size,
 * 45 × 16 mm, 2 × 3 cells — 全宗号, 年度, 件号 over 机构(问题), 保管期限, 页数 —
 * 52 to an A4 sheet (4 × 13), shifted by the printer offset (分类设置, or `dx`, `dy` in mm in the route).
 * #/print/archive-stamps?items=3,4 or ?year=2026; `skip=N` leaves the first N
 * labels of a partly used sheet blank.
 */
import { api } from '../../api';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { idsOrYear } from './archive-params';
import { LabelSheets, offsetOf, type SheetGrid } from './archive-sheet';
import './archive-print.css';

interface Stamps {
  labels: Awaited<ReturnType<typeof api.archive.stampLabels>>;
  /** The stored printer offset; the route's dx/dy win. */
  offset: Awaited<ReturnType<typeof api.archive.labelOffset>>;
}

export const STAMP_GRID: SheetGrid = { width: 45, height: 16, columns: 4, rows: 13, gapX: 5, gapY: 5 };
const PER_SHEET = STAMP_GRID.columns * STAMP_GRID.rows;

function skipOf(params: URLSearchParams): number {
  const skip = Number(params.get('skip'));
  return Number.isInteger(skip) && skip > 0 ? Math.min(skip, PER_SHEET - 1) : 0;
}

function StampSheets({ data, params }: PrintDocumentProps<Stamps>) {
  if (data.labels.length === 0) return <p className="print-message">没有可打印归档章的档案（作废的档案不打印归档章）。</p>;
  const cells = [
    ...Array.from({ length: skipOf(params) }, () => null),
    ...data.labels.map((l) => (
      <>
        <span>{l.全宗号}</span>
        <span>{l.年度}</span>
        <span>{l.件号}</span>
        <span>{l.机构问题}</span>
        <span>{l.保管期限}</span>
        <span>{l.页数}</span>
      </>
    )),
  ];
  return <LabelSheets grid={STAMP_GRID} offset={offsetOf(params, data.offset)} cells={cells} className="archive-stamp" />;
}

export const archiveStampsDocument = definePrintDocument<Stamps>({
  title: (_p, data) => `归档章（${data.labels.length}件）`,
  orientation: 'portrait',
  load: (params) => {
    const { ids, year } = idsOrYear(params, 'items', '归档章');
    return Promise.all([api.archive.stampLabels({ itemIds: ids, year }), api.archive.labelOffset()]).then(([labels, offset]) => ({ labels, offset }));
  },
  Component: StampSheets,
  count: (data) => data.labels.length,
});
