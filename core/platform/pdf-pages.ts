/**
 * The page count of a PDF (an archive item's 页数), in JS so it works on Windows
 * where pdfinfo is not installed. pdf-lib reads the page tree, object streams
 * and incremental updates included, which a regex over "/Count" would not.
 */
import { PDFDocument } from 'pdf-lib';
import { AppError } from '../errors';

/** Throws a Chinese VALIDATION (naming `what`) when the bytes are not a readable PDF. */
export async function countPdfPages(bytes: Uint8Array, what = 'PDF 文件'): Promise<number> {
  try {
    const doc = await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
    return doc.getPageCount();
  } catch (err) {
    const reason = err instanceof Error ? err.message.slice(0, 200) : String(err);
    throw new AppError('VALIDATION', `${what}无法读取（可能已损坏或不是 PDF），不能计算页数。`, { reason });
  }
}
