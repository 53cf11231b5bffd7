/** The archive's choice lists, as the screens show them. */
import { RETENTION_LABELS, RETENTIONS } from '../../core/archive/code';

export const retentionOptions = RETENTIONS.map((r) => ({ value: r, label: `${RETENTION_LABELS[r]}（${r}）` }));

export const yearOptions = (years: number[]) => years.map((y) => ({ value: y, label: `${y}年` }));

/** The years to offer: those with records or items, and always this year. */
export function withThisYear(years: number[], thisYear: number): number[] {
  return [...new Set([thisYear, ...years])].sort((a, b) => b - a);
}
