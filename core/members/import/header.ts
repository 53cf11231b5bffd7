/**
 * Finding the header under the title rows — one row, or a block of up to three
 * with merged cells (基本信息 over 姓名/性别/身份证号, 民族 merged down over two
 * rows) — and which column fills which field.
 */
import { cellText } from './cells';
import { fieldForHeader, type ColumnMapping, type ImportField, type MappingOverride } from './fields';
import type { Merge, RawCell, Sheet } from './read-sheet';

/** How far down a title block can push the header. */
export const HEADER_SEARCH_ROWS = 10;
/** The deepest header block recognised. */
export const MAX_HEADER_ROWS = 3;

export interface HeaderColumn {
  /** 1-based (A = 1). */
  column: number;
  /** The name the column is known by: its own cell, or the merged cell above/beside it. */
  header: string;
  /** Every text of the block above it, top-down (基本信息/姓名), when there is more than one. */
  path?: string;
}

export interface Header {
  /** First and last Excel row of the header block. */
  first: number;
  last: number;
  columns: HeaderColumn[];
}

/** A cell's text, or the text of the merged range it lies in (held by the range's top-left cell). */
type RowsByNumber = Map<number, readonly RawCell[]>;

function blockText(sheet: Sheet, byNumber: RowsByNumber, row: number, column: number): string {
  for (const [r1, c1, r2, c2] of sheet.merges ?? []) {
    if (row >= r1 && row <= r2 && column >= c1 && column <= c2) {
      return cellText(byNumber.get(r1)?.[c1 - 1] ?? null);
    }
  }
  return cellText(byNumber.get(row)?.[column - 1] ?? null);
}

/** The last row of the block starting at `first`: as far down as merged cells starting in it reach. */
function blockEnd(merges: readonly Merge[], first: number): number {
  const deepest = first + MAX_HEADER_ROWS - 1;
  let last = first;
  for (let grew = true; grew; ) {
    grew = false;
    for (const [r1, , r2] of merges) {
      const reach = Math.min(r2, deepest);
      if (r1 >= first && r1 <= last && reach > last) {
        last = reach;
        grew = true;
      }
    }
  }
  return last;
}

function blockColumns(sheet: Sheet, byNumber: RowsByNumber, first: number, last: number): HeaderColumn[] {
  let width = 0;
  for (let r = first; r <= last; r++) width = Math.max(width, byNumber.get(r)?.length ?? 0);
  for (const [r1, , r2, c2] of sheet.merges ?? []) if (r1 <= last && r2 >= first) width = Math.max(width, c2);
  const columns: HeaderColumn[] = [];
  for (let c = 1; c <= width; c++) {
    const texts: string[] = [];
    for (let r = first; r <= last; r++) {
      const text = blockText(sheet, byNumber, r, c);
      if (text && texts[texts.length - 1] !== text) texts.push(text);
    }
    if (!texts.length) continue;
    // The lowest text that names a known field, else the lowest text: 基本信息/姓名 → 姓名.
    const known = [...texts].reverse().find((t) => fieldForHeader(t));
    const header = known ?? texts[texts.length - 1]!;
    columns.push(texts.length > 1 ? { column: c, header, path: texts.join('/') } : { column: c, header });
  }
  return columns;
}

/**
 * The first block in the first rows that names 姓名 and at least one other known
 * column. A merged title repeats its text across the row, but never names two headers.
 */
export function findHeader(sheet: Sheet): Header | undefined {
  const top = sheet.rows.filter((r) => r.number <= HEADER_SEARCH_ROWS + MAX_HEADER_ROWS);
  const byNumber: RowsByNumber = new Map(top.map((r) => [r.number, r.cells]));
  const merges = sheet.merges ?? [];
  for (const row of top) {
    if (row.number > HEADER_SEARCH_ROWS) break;
    const last = blockEnd(merges, row.number);
    const columns = blockColumns(sheet, byNumber, row.number, last);
    const fields = new Set(columns.map((c) => fieldForHeader(c.header)).filter((f) => f && f !== 'skip'));
    if (fields.has('name') && fields.size >= 2) return { first: row.number, last, columns };
  }
  return undefined;
}

/**
 * Each header column with its field: the user's override first, else the alias.
 * A field claimed by two columns goes to the first; the second is left unmapped.
 */
export function mapColumns(header: Header, override: MappingOverride = {}): ColumnMapping[] {
  const taken = new Set<ImportField>();
  return header.columns.map(({ column, header: text, path }) => {
    const chosen = Object.hasOwn(override, text) ? override[text] || null : (fieldForHeader(text) ?? null);
    const field = chosen && chosen !== 'skip' && taken.has(chosen) ? null : chosen;
    if (field) taken.add(field);
    return path ? { column, header: text, path, field } : { column, header: text, field };
  });
}
