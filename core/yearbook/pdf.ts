/**
 * The 年度工作台账 as one PDF with a 目录 that gives real page numbers. Chromium's
 * CSS cannot put "the page this part starts on" into the 目录, so the numbers come
 * from a first pass: the front matter (封面 + 目录) and each part rendered alone
 * through the PDF service and counted (each part starts on a new page, so alone it
 * has the pages it has in the whole); the whole is then rendered with those numbers
 * in its route (`pages=3,4,6,…`) and its page count checked against their sum.
 */
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { countPdfPages, renderPrintPdf } from '../platform/pdf';
import { yearbookAsOf } from './build';
import { YEARBOOK_PARTS } from './parts';

/** The print route's document name (renderer/print/registry.ts). */
export const YEARBOOK_PRINT = 'yearbook';

export const yearbookRoute = (year: number, extra: Record<string, string> = {}) =>
  `/print/${YEARBOOK_PRINT}?${new URLSearchParams({ year: String(year), ...extra }).toString()}`;

export interface YearbookPages {
  /** The page each part starts on in the whole document (封面 = page 1), in YEARBOOK_PARTS order. */
  starts: number[];
  total: number;
}

export async function yearbookPages(ctx: AppContext, year: number): Promise<YearbookPages> {
  yearbookAsOf(ctx, year);
  const sections = ['front', ...YEARBOOK_PARTS.map((p) => p.key)];
  const counts = await Promise.all(
    sections.map(async (part) => countPdfPages(await renderPrintPdf(ctx, yearbookRoute(year, { part })), `年度工作台账（${part}）的 PDF`)),
  );
  const starts: number[] = [];
  let next = 1 + counts[0]!;
  for (const n of counts.slice(1)) {
    starts.push(next);
    next += n;
  }
  return { starts, total: next - 1 };
}

export async function yearbookPdf(ctx: AppContext, year: number): Promise<{ bytes: Buffer; pages: number }> {
  const { starts, total } = await yearbookPages(ctx, year);
  const bytes = await renderPrintPdf(ctx, yearbookRoute(year, { pages: starts.join(',') }));
  const pages = await countPdfPages(bytes, '年度工作台账的 PDF');
  // Never hand out a 目录 whose numbers are wrong.
  if (pages !== total) throw new AppError('PDF_FAILED', `年度工作台账排版前后页数不一致（${total} 页 / ${pages} 页），目录页码会出错，PDF 未生成。请重试。`, { expected: total, pages });
  return { bytes, pages };
}
