/**
 * For tests that render real PDFs (vitest): the built renderer is required (a
 * clear message when `vite build` has not run), and a PDF is read back with
 * poppler's pdftotext / pdfinfo, as an inspector's viewer would see it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RENDERER_DIR, rendererMissingMessage } from './web-server';

/** The renderer the PDF tests load: FULIAN_RENDERER_DIR or build/renderer. */
export function builtRendererDir(): string {
  const dir = process.env.FULIAN_RENDERER_DIR || DEFAULT_RENDERER_DIR;
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${rendererMissingMessage(dir)} 生成 PDF 的测试要加载真实的打印页面（npm test 会先构建界面）。`);
  }
  return dir;
}

export interface ReadPdf {
  text: string;
  /** pdfinfo's page count. */
  pages: number;
  /** The first page's size in PostScript points (A4 portrait ≈ 595 × 842). */
  width: number;
  height: number;
}

export function readPdf(bytes: Uint8Array): ReadPdf {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-pdf-'));
  try {
    const path = join(dir, 'out.pdf');
    writeFileSync(path, bytes);
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
    const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info);
    return { text, pages, width: Number(size?.[1] ?? 0), height: Number(size?.[2] ?? 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
