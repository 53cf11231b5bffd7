/**
 * Prints a print route to PDF with Chromium (what Electron's printToPDF does in the app)
 * and reads it back: the text via `pdftotext -layout`, the page count via `pdfinfo`.
 */
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';

export interface PrintedPdf {
  path: string;
  text: string;
  pages: number;
}

/** `route` is a hash route such as '/print/members-stats?asOf=2026-06-30'. */
export async function printToPdf(page: Page, route: string, outPath: string): Promise<PrintedPdf> {
  const url = new URL(page.url());
  url.hash = route;
  if (page.url() !== url.toString()) await page.goto(url.toString());
  await expect(page.locator('html[data-print-ready="true"]')).toBeAttached({ timeout: 15_000 });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: outPath, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  const text = execFileSync('pdftotext', ['-layout', outPath, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [outPath], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  return { path: outPath, text, pages };
}

/** Renders the PDF's pages as PNG files (for looking at the layout); returns their paths' prefix. */
export function pdfToPng(pdfPath: string, prefix: string): string {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, prefix]);
  return prefix;
}
