/**
 * Print document 'archive-catalog': the 归档文件目录 (DA/T 22-2015) on A4 landscape
 * (#/print/archive-catalog?year=2026[&retention=D30][&org=BGS]), one part per lowest
 * category (年度–保管期限[–机构(问题)]), each with its cover (全宗号, 全宗名称, 年度,
 * 保管期限, 机构(问题)) and the table whose header repeats on every page. A voided
 * item keeps its line and number, marked 作废.
 */
import type { ReactNode } from 'react';
import type { Retention } from '../../../core/archive/code';
import type { CatalogRow } from '../../../core/archive/catalog';
import { api } from '../../api';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { yearParam } from './archive-params';
import './archive-print.css';

type Catalog = Awaited<ReturnType<typeof api.archive.catalog>>;
type Cover = Catalog['sections'][number]['cover'];

const COLUMNS: Array<{ title: string; width: string; className?: string; value(r: CatalogRow): ReactNode }> = [
  { title: '序号', width: '4.5%', value: (r) => r.序号 },
  { title: '档号', width: '19%', className: 'code', value: (r) => r.档号 },
  { title: '文号', width: '14.5%', className: 'text', value: (r) => r.文号 },
  { title: '责任者', width: '10.5%', className: 'text', value: (r) => r.责任者 },
  { title: '题名', width: '25.5%', className: 'text', value: (r) => r.题名 },
  { title: '日期', width: '8%', value: (r) => r.日期 },
  { title: '密级', width: '5%', value: (r) => r.密级 },
  { title: '页数', width: '5%', value: (r) => r.页数 ?? '' },
  {
    title: '备注',
    width: '8%',
    className: 'text',
    // The core says 作废 in 备注 (“作废；原因”); the word is set in bold so it is seen at a glance.
    value: (r) =>
      r.作废 && r.备注.startsWith('作废') ? (
        <>
          <span className="void-mark">作废</span>
          {r.备注.slice(2)}
        </>
      ) : (
        r.备注
      ),
  },
];

function CoverPage({ cover }: { cover: Cover }) {
  const facts: Array<[string, string]> = [
    ['全宗号', cover.全宗号],
    ['全宗名称', cover.全宗名称 || '（未填写社区妇联名称）'],
    ['年度', cover.年度],
    ['保管期限', cover.保管期限],
    ['机构（问题）', cover.机构问题 || '—'],
  ];
  return (
    <section className="archive-cover" data-testid="catalog-cover">
      <h1>归档文件目录</h1>
      <table>
        <tbody>
          {facts.map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function CatalogTable({ rows }: { rows: CatalogRow[] }) {
  return (
    <table className="print-table archive-catalog">
      <thead>
        <tr>
          {COLUMNS.map((c) => (
            <th key={c.title} style={{ width: c.width }}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.itemId} className={r.作废 ? 'voided' : undefined}>
            {COLUMNS.map((c) => (
              <td key={c.title} className={c.className}>
                {c.value(r)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CatalogPrint({ data }: PrintDocumentProps<Catalog>) {
  if (data.sections.length === 0) return <p className="print-message">{data.year}年还没有归档文件。</p>;
  return (
    <>
      {data.sections.map((s) => (
        <div key={s.category} className="archive-catalog-part">
          <CoverPage cover={s.cover} />
          <CatalogTable rows={s.rows} />
        </div>
      ))}
    </>
  );
}

export const archiveCatalogDocument = definePrintDocument<Catalog>({
  title: (_p, data) => `${data.year}年归档文件目录`,
  orientation: 'landscape',
  load: (params) =>
    api.archive.catalog({
      year: yearParam(params, '归档文件目录'),
      retention: (params.get('retention') as Retention | null) ?? undefined,
      orgCode: params.get('org') ?? undefined,
    }),
  Component: CatalogPrint,
  count: (data) => data.sections.reduce((n, s) => n + s.rows.length, 0),
});
