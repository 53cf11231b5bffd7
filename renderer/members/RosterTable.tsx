/**
 * The roster as a virtual table: a scroller as tall as all rows, with only the
 * visible ones in the DOM. Sortable headers; a click on a row opens the member.
 */
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Tag } from 'antd';
import { useEffect, useRef, type ReactNode } from 'react';
import type { SortField } from '../../core/members/roster-schema';
import type { RosterListRow } from '../../core/members/search';
import type { RosterPages } from './useRosterPages';

export const ROW_HEIGHT = 44;

interface Column {
  title: string;
  width: string;
  sort?: SortField;
  render(row: RosterListRow, index: number): ReactNode;
  /** Free-length content a narrow column may shorten (…): the whole of it on hover. */
  fullText?(row: RosterListRow): string;
}

/**
 * A column as wide as `ems` characters of its longest content (中等职业教育 is 6) plus the
 * cell's padding: in em, so the columns grow with the 字号 (renderer/font) and still fit
 * 1366 px beside the menu in 特大 (e2e/accessibility.spec.ts).
 */
const cell = (ems: number) => `calc(${ems}em + 20px)`;

const COLUMNS: Column[] = [
  { title: '序号', width: cell(2.4), render: (_r, i) => i + 1 },
  { title: '姓名', width: cell(4.4), sort: 'name', render: (r) => <strong>{r.name}</strong> },
  { title: '身份证号', width: cell(11.2), sort: 'idTail', render: (r) => <span className="mono">{r.idNumberMasked}</span> },
  { title: '年龄', width: cell(3), sort: 'age', render: (r) => r.age },
  { title: '片区', width: cell(5), sort: 'zone', render: (r) => zoneText(r), fullText: (r) => zoneText(r) },
  { title: '联系电话', width: cell(6.2), render: (r) => r.phoneMasked },
  { title: '文化程度', width: cell(6), render: (r) => r.education },
  { title: '政治面貌', width: cell(6), render: (r) => r.political },
  {
    title: '身份 / 标签',
    width: `minmax(${cell(4)}, 1fr)`,
    fullText: (r) => [r.status !== '在册' ? r.status : '', ...r.roles, ...r.tags].filter(Boolean).join('、'),
    render: (r) => (
      <>
        {r.status !== '在册' && <Tag color="default">{r.status}</Tag>}
        {r.roles.map((role) => (
          <Tag key={role} color="magenta">
            {role}
          </Tag>
        ))}
        {r.tags.map((tag) => (
          <Tag key={tag} color="orange">
            {tag}
          </Tag>
        ))}
      </>
    ),
  },
];

function zoneText(r: RosterListRow) {
  return [r.zoneName, r.building].filter(Boolean).join(' ');
}

const GRID = COLUMNS.map((c) => c.width).join(' ');

export interface SortState {
  field: SortField;
  order: 'asc' | 'desc';
}

export function RosterTable({
  pages,
  sort,
  onSort,
  onOpen,
  height,
}: {
  pages: RosterPages;
  sort: SortState;
  onSort(sort: SortState): void;
  onOpen(id: number): void;
  height: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const count = pages.total ?? 0;
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;
  useEffect(() => ensure(first, last), [ensure, first, last]);

  const headerClick = (field?: SortField) => {
    if (!field) return;
    onSort({ field, order: sort.field === field && sort.order === 'asc' ? 'desc' : 'asc' });
  };

  return (
    <div className="roster-table" role="table" aria-rowcount={count}>
      <div className="roster-row roster-head" role="row" style={{ gridTemplateColumns: GRID }}>
        {COLUMNS.map((c) => (
          <div
            key={c.title}
            role="columnheader"
            className={c.sort ? 'sortable' : undefined}
            aria-sort={c.sort && sort.field === c.sort ? (sort.order === 'asc' ? 'ascending' : 'descending') : undefined}
            onClick={() => headerClick(c.sort)}
            title={c.sort ? '点击排序' : undefined}
          >
            {c.title}
            {c.sort && sort.field === c.sort && (sort.order === 'asc' ? <CaretUpOutlined /> : <CaretDownOutlined />)}
          </div>
        ))}
      </div>
      <div ref={scroller} className="roster-scroller" style={{ height }} data-testid="roster-scroller">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = pages.row(item.index);
            return (
              <div
                key={item.key}
                role="row"
                className="roster-row"
                style={{ gridTemplateColumns: GRID, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                onClick={() => row && onOpen(row.id)}
                onKeyDown={(e) => e.key === 'Enter' && row && onOpen(row.id)}
                tabIndex={row ? 0 : -1}
              >
                {row ? (
                  COLUMNS.map((c) => (
                    <div key={c.title} role="cell" title={c.fullText?.(row) || undefined}>
                      {c.render(row, item.index)}
                    </div>
                  ))
                ) : (
                  <div role="cell" className="loading-cell">
                    正在加载……
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
