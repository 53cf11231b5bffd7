/**
 * Print document 'archive-spines': 盒脊 labels, one strip per box as wide as its
 * spine (20 / 30 / 40 / 50 mm, `width=`), 265 mm tall, side by side on A4 sheets,
 * shifted by the printer offset: 全宗号, 年度, 保管期限, 机构(问题) when the box has
 * one, 起止件号, 盒号. #/print/archive-spines?boxes=1,2&width=30 or ?year=2026.
 */
import type { ReactNode } from 'react';
import { api } from '../../api';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { idsOrYear } from './archive-params';
import { LabelSheets, offsetOf, type SheetGrid } from './archive-sheet';
import './archive-print.css';

interface Spines {
  spines: Awaited<ReturnType<typeof api.archive.spineLabels>>;
  /** The stored printer offset; the route's dx/dy win. */
  offset: Awaited<ReturnType<typeof api.archive.labelOffset>>;
}

export const SPINE_WIDTHS = [20, 30, 40, 50] as const;
type SpineWidth = (typeof SPINE_WIDTHS)[number];
const SPINE_HEIGHT = 265;
const USABLE_WIDTH = 190;
const GAP = 5;

function spineGrid(width: SpineWidth): SheetGrid {
  return { width, height: SPINE_HEIGHT, columns: Math.floor((USABLE_WIDTH + GAP) / (width + GAP)), rows: 1, gapX: GAP, gapY: 0 };
}

function spineWidthOf(params: URLSearchParams): SpineWidth {
  const width = Number(params.get('width'));
  return (SPINE_WIDTHS as readonly number[]).includes(width) ? (width as SpineWidth) : 30;
}

function Field({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={`archive-spine-field${className ? ` ${className}` : ''}`}>
      <div className="label">{label}</div>
      <div className="value">{children}</div>
    </div>
  );
}

/** “0001—0025” on three lines: it fits the narrowest spine. */
function PieceRange({ range }: { range: string }) {
  const [first, last] = range.split('—');
  if (!first) return <>{'\u00a0'}</>;
  return (
    <>
      {first}
      <br />至<br />
      {last ?? first}
    </>
  );
}

function SpineSheets({ data, params }: PrintDocumentProps<Spines>) {
  if (data.spines.length === 0) return <p className="print-message">没有可打印盒脊的档案盒。</p>;
  const width = spineWidthOf(params);
  const cells = data.spines.map((s) => (
    <>
      <Field label="全宗号">{s.全宗号}</Field>
      <Field label="年度">{s.年度}</Field>
      <Field label="保管期限">{s.保管期限}</Field>
      {s.机构问题 && <Field label={width === 20 ? '机构' : '机构（问题）'}>{s.机构问题}</Field>}
      <Field label="起止件号">
        <PieceRange range={s.起止件号} />
      </Field>
      <Field label="盒号" className="box-no">
        {s.盒号}
      </Field>
    </>
  ));
  return <LabelSheets grid={spineGrid(width)} offset={offsetOf(params, data.offset)} cells={cells} className={`archive-spine${width === 20 ? ' narrow' : ''}`} />;
}

export const archiveSpinesDocument = definePrintDocument<Spines>({
  title: (params, data) => `盒脊（${data.spines.length}盒，${spineWidthOf(params)}毫米）`,
  orientation: 'portrait',
  load: (params) => {
    const { ids, year } = idsOrYear(params, 'boxes', '盒脊');
    return Promise.all([api.archive.spineLabels({ boxIds: ids, year }), api.archive.labelOffset()]).then(([spines, offset]) => ({ spines, offset }));
  },
  Component: SpineSheets,
  count: (data) => data.spines.length,
});
