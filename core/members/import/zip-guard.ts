/**
 * Looks inside an .xlsx (a zip) before exceljs unpacks it: a small file whose
 * sheet XML inflates to hundreds of megabytes (a "zip bomb"), or a file cut
 * off half way, is refused with a Chinese message instead of exhausting memory.
 *
 * The sizes in the zip's central directory are only claims, so each entry is
 * also inflated as a stream, counting bytes and throwing them away, and
 * stopped as soon as it passes what was claimed or the total budget.
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../errors';

/** The whole workbook, unpacked. A 100,000-member roster is well under this. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** Real sheets shrink 5–30×; beyond this, for parts over 1 MB, the content is padding (or a bomb). */
export const MAX_RATIO = 100;
const RATIO_FLOOR_BYTES = 1024 * 1024;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  localOffset: number;
}

const truncated = (fileName: string) =>
  new AppError(
    'VALIDATION',
    `“${fileName}”不完整或已损坏（可能没有下载完或复制完），无法读取。请在 Excel/WPS 中打开确认后重新保存，再导入。`,
  );

const bomb = (fileName: string, why: string) =>
  new AppError(
    'VALIDATION',
    `“${fileName}”解压后的内容异常庞大（${why}），为保护电脑不被拖垮，已拒绝导入。正常的花名册不会这样；请在 Excel/WPS 中删去多余的内容后另存为新文件再导入。`,
  );

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

function readEntries(zip: Buffer, fileName: string): Entry[] {
  // The end-of-central-directory record is in the last 22 + 65535 bytes.
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) throw truncated(fileName);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries: Entry[] = [];
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw truncated(fileName);
    const nameLength = zip.readUInt16LE(at + 28);
    const entry = {
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      unpacked: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
    };
    // 0xFFFFFFFF means ZIP64: sizes beyond 4 GB, never a real roster.
    if (entry.unpacked === 0xffffffff || entry.compressed === 0xffffffff) throw bomb(fileName, '超过 4 GB');
    entries.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

function checkClaims(entries: Entry[], fileName: string): void {
  const total = entries.reduce((sum, e) => sum + e.unpacked, 0);
  if (total > MAX_UNPACKED_BYTES) throw bomb(fileName, `共 ${mb(total)}，上限 ${mb(MAX_UNPACKED_BYTES)}`);
  for (const e of entries) {
    if (e.unpacked > RATIO_FLOOR_BYTES && e.unpacked > MAX_RATIO * Math.max(1, e.compressed)) {
      throw bomb(fileName, `其中“${e.name}”由 ${(e.compressed / 1024).toFixed(0)} KB 解压成 ${mb(e.unpacked)}`);
    }
  }
}

/**
 * Output chunks of the counting inflate. zlib's default (16 KB) makes a 70 MB
 * sheet thousands of round trips between its worker thread and ours (0.4 s
 * against 0.1 s); 1 MB chunks are still nothing to hold.
 */
const INFLATE_CHUNK_BYTES = 1024 * 1024;

/** Inflates one entry without keeping it; rejects when it yields more than `limit` bytes. */
function inflatedSize(data: Buffer, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new RangeError('over limit'));
        inflate.destroy();
      }
    });
    inflate.on('end', () => resolve(size));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

/** Throws a Chinese VALIDATION error for a truncated zip or one that unpacks to too much. */
export async function guardZip(zip: Buffer, fileName: string): Promise<void> {
  const entries = readEntries(zip, fileName);
  checkClaims(entries, fileName);
  let budget = MAX_UNPACKED_BYTES;
  for (const e of entries) {
    if (e.localOffset + 30 > zip.length || zip.readUInt32LE(e.localOffset) !== LOCAL) throw truncated(fileName);
    const start = e.localOffset + 30 + zip.readUInt16LE(e.localOffset + 26) + zip.readUInt16LE(e.localOffset + 28);
    if (start + e.compressed > zip.length) throw truncated(fileName);
    if (e.method === 0) continue; // stored: its size is its compressed size, already within the file
    if (e.method !== 8) throw truncated(fileName);
    // A few bytes of slack: the claim is checked exactly by exceljs's unzip afterwards.
    const limit = Math.min(e.unpacked + 1024, budget);
    let size: number;
    try {
      size = await inflatedSize(zip.subarray(start, start + e.compressed), limit);
    } catch (err) {
      if (err instanceof RangeError) throw bomb(fileName, `其中“${e.name}”的实际内容比文件声明的大`);
      throw truncated(fileName);
    }
    budget -= size;
  }
}
