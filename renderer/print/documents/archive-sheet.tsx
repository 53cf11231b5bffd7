/**
 * Label sheets (归档章, 盒脊): labels at their true size, placed in millimetres on
 * A4 portrait pages with no printer margin and no page number, shifted as a whole
 * by the printer offset (x/y in mm, + right/down) because office printers feed a
 * little off. Each page is one absolutely positioned sheet, so nothing reflows.
 */
import type { ReactNode } from 'react';

export const A4 = { width: 210, height: 297 };

const SHEET_PAGE_CSS = `
@page {
  size: A4 portrait;
  margin: 0;
  @bottom-center { content: none; }
}
.print-sheet.portrait { padding: 0; }`;

export interface SheetGrid {
  /** Label size in mm. */
  width: number;
  height: number;
  columns: number;
  rows: number;
  /** Space between labels in mm. */
  gapX: number;
  gapY: number;
}

export interface Offset {
  x: number;
  y: number;
}

/** The grid centred on the page: its top-left corner in mm (before the offset). */
export function gridOrigin(g: SheetGrid): Offset {
  const w = g.columns * g.width + (g.columns - 1) * g.gapX;
  const h = g.rows * g.height + (g.rows - 1) * g.gapY;
  return { x: (A4.width - w) / 2, y: (A4.height - h) / 2 };
}

/** The offset from the route (`dx`, `dy` in mm), falling back to the stored one; kept within ±20 mm. */
export function offsetOf(params: URLSearchParams, stored: Offset = { x: 0, y: 0 }): Offset {
  const read = (name: string, fallback: number) => {
    const raw = params.get(name);
    const value = raw === null || raw === '' ? fallback : Number(raw);
    return Number.isFinite(value) ? Math.max(-20, Math.min(20, value)) : fallback;
  };
  return { x: read('dx', stored.x), y: read('dy', stored.y) };
}

/**
 * `cells` (one per label, `null` = a label left blank because it was already used)
 * spread over as many sheets as they need.
 */
export function LabelSheets({ grid, offset, cells, className }: { grid: SheetGrid; offset: Offset; cells: Array<ReactNode | null>; className: string }) {
  const perSheet = grid.columns * grid.rows;
  const sheets: Array<Array<ReactNode | null>> = [];
  for (let i = 0; i < cells.length; i += perSheet) sheets.push(cells.slice(i, i + perSheet));
  const origin = gridOrigin(grid);
  return (
    <>
      <style data-label-sheet>{SHEET_PAGE_CSS}</style>
      {sheets.map((sheet, s) => (
        <div key={s} className="archive-label-page" data-testid="label-page">
          {sheet.map((cell, i) =>
            cell === null ? null : (
              <div
                key={i}
                className={className}
                style={{
                  left: `${origin.x + offset.x + (i % grid.columns) * (grid.width + grid.gapX)}mm`,
                  top: `${origin.y + offset.y + Math.floor(i / grid.columns) * (grid.height + grid.gapY)}mm`,
                  width: `${grid.width}mm`,
                  height: `${grid.height}mm`,
                }}
              >
                {cell}
              </div>
            ),
          )}
        </div>
      ))}
    </>
  );
}
