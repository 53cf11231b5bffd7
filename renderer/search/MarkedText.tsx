/** A text with the search's highlight ranges (offsets into it, from core/search) shown as <mark>. */
import type { Marked } from '../../core/search/schema';

export function MarkedText({ text, ranges }: Marked) {
  const pieces = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at || end > text.length) continue;
    if (start > at) pieces.push(text.slice(at, start));
    pieces.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return <>{pieces}</>;
}
