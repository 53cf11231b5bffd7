/**
 * Printing is Chromium's: the same engine Playwright's page.pdf uses in tests.
 * printToPDF defaults to Letter, so A4 and the page's own @page size are always explicit.
 */
import { writeFile } from 'node:fs/promises';
import type { WebContents, WebContentsPrintOptions, PrintToPDFOptions } from 'electron';

export const A4_PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  preferCSSPageSize: true,
  printBackground: true,
};

export const A4_PRINT_OPTIONS: WebContentsPrintOptions = {
  silent: false,
  printBackground: true,
  pageSize: 'A4',
};

/** Opens the system print dialog. Resolves false when the user cancels. */
export function printWithDialog(contents: Pick<WebContents, 'print'>): Promise<{ printed: boolean; reason?: string }> {
  return new Promise((resolve) =>
    contents.print(A4_PRINT_OPTIONS, (printed, reason) => resolve({ printed, reason: printed ? undefined : reason })),
  );
}

export async function savePdf(contents: Pick<WebContents, 'printToPDF'>, path: string): Promise<void> {
  await writeFile(path, await contents.printToPDF(A4_PDF_OPTIONS));
}
