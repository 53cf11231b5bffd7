/** Finding the header row under the title rows, and which column fills which field. */
import { cellText } from './cells';
import { fieldForHeader, type ColumnMapping, type ImportField, type MappingOverride } from './fields';
import type { Sheet, SheetRow } from './read-sheet';

/** How far down a title block can push the header. */
export const HEADER_SEARCH_ROWS = 10;

/**
 * The first of the first rows that names 姓名 and at least one other known column.
 * A merged title cell repeats its text across the row, but never matches two headers.
 */
export function findHeaderRow(sheet: Sheet): SheetRow | undefined {
  return sheet.rows.slice(0, HEADER_SEARCH_ROWS).find((row) => {
    const fields = new Set(row.cells.map((c) => fieldForHeader(cellText(c))).filter((f) => f && f !== 'skip'));
    return fields.has('name') && fields.size >= 2;
  });
}

/**
 * Each non-empty header cell with its field: the user's override first, else the
 * alias. A field claimed by two columns goes to the first; the second is left unmapped.
 */
export function mapColumns(header: SheetRow, override: MappingOverride = {}): ColumnMapping[] {
  const taken = new Set<ImportField>();
  const columns: ColumnMapping[] = [];
  header.cells.forEach((cell, i) => {
    const text = cellText(cell);
    if (!text) return;
    const chosen = Object.hasOwn(override, text) ? override[text] || null : (fieldForHeader(text) ?? null);
    const field = chosen && chosen !== 'skip' && taken.has(chosen) ? null : chosen;
    if (field) taken.add(field);
    columns.push({ column: i + 1, header: text, field });
  });
  return columns;
}
