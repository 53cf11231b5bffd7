/** yearbook.* — 年度工作台账 (issue 15 items 4 and 12): the data, its 目录 page numbers, and the two files. */
import { defineMethod, defineQuery } from '../api/define';
import { auditedRead } from '../audit/wrap';
import { yearInputSchema } from '../study/schema';
import { buildYearbook } from './build';
import { yearbookTitle } from './parts';
import { yearbookPages, yearbookPdf } from './pdf';
import { yearbookWorkbook } from './xlsx';

const exported = (kind: string) => <R extends { fileName: string }>(_ctx: unknown, { year }: { year: number }, { fileName }: R) => ({
  action: 'export' as const,
  entity: 'yearbook',
  label: yearbookTitle(year),
  detail: `导出${kind}文件 ${fileName}`,
});

export const yearbookApi = {
  /** Everything the print and the .xlsx show (masked). */
  build: defineQuery(yearInputSchema, (ctx, { year }) => buildYearbook(ctx, year)),
  /** The page each part starts on, for the 目录 (renders each part once through the PDF service). */
  pages: defineQuery(yearInputSchema, (ctx, { year }) => yearbookPages(ctx, year)),
  // 'write' like the other exports: a file leaving the office is more than reading.
  exportXlsx: auditedRead(
    defineMethod(yearInputSchema, async (ctx, { year }) => yearbookWorkbook(await buildYearbook(ctx, year))),
    { entry: exported(' Excel ') },
  ),
  exportPdf: auditedRead(
    defineMethod(yearInputSchema, async (ctx, { year }) => {
      const { bytes, pages } = await yearbookPdf(ctx, year);
      return { fileName: `${yearbookTitle(year)}.pdf`, base64: bytes.toString('base64'), pages };
    }),
    { entry: exported(' PDF ') },
  ),
};
