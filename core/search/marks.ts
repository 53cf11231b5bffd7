/**
 * Where the query shows in a text, as ranges for <mark>, and the fragments of a
 * record around the first place it shows. Free text is masked (ID- and
 * phone-shaped runs) before anything is searched or cut, so a hidden digit can
 * never be part of a highlight.
 */
import { maskFreeText } from '../audit/mask';
import type { Fragment, Marked, Range } from './schema';

/** The text as the query is compared with it: lower case, where that keeps every offset. */
function comparable(text: string): string {
  const lower = text.toLowerCase();
  return lower.length === text.length ? lower : text;
}

/** Every (non-overlapping) place `query` (already normalized, lower case) shows in `text`. */
export function rangesOf(text: string, query: string): Range[] {
  if (!query) return [];
  const hay = comparable(text);
  const ranges: Range[] = [];
  for (let at = hay.indexOf(query); at !== -1; at = hay.indexOf(query, at + query.length)) ranges.push([at, at + query.length]);
  return ranges;
}

export const marked = (text: string, query: string): Marked => ({ text, ranges: rangesOf(text, query) });

/** Characters of context shown before and after the first match of a fragment. */
const BEFORE = 12;
const AFTER = 30;

/** The window of `text` around its first match, with its ranges moved to the window; null when it does not match. */
export function fragmentOf(label: string, rawText: string, query: string): Fragment | null {
  const text = maskFreeText(rawText).replace(/\s+/g, ' ');
  const all = rangesOf(text, query);
  const first = all[0];
  if (!first) return null;
  const start = Math.max(0, first[0] - BEFORE);
  const end = Math.min(text.length, first[1] + AFTER);
  const lead = start > 0 ? '…' : '';
  const shown = `${lead}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
  const ranges = all.filter(([s, e]) => s >= start && e <= end).map(([s, e]): Range => [s - start + lead.length, e - start + lead.length]);
  return { label, text: shown, ranges };
}

/** The first `max` fields that show the query, as fragments. */
export function fragmentsOf(fields: ReadonlyArray<{ label: string; text: string }>, query: string, max = 2): Fragment[] {
  const found: Fragment[] = [];
  for (const field of fields) {
    if (found.length >= max) break;
    const fragment = fragmentOf(field.label, field.text, query);
    if (fragment) found.push(fragment);
  }
  return found;
}
