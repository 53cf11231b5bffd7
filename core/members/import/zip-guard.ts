/**
 * Looks inside an .xlsx (a zip) before SheetJS unpacks it: a small file whose
 * sheet XML inflates to hundreds of megabytes (a "zip bomb"), a file cut off
 * half way, or one built to show a reader something else than its directory
 * says, is refused with a Chinese message instead of exhausting memory.
 *
 * It judges what SheetJS will read: SheetJS follows each central-directory
 * entry to its local header and trusts the local header's name and sizes,
 * inflating from there to the end of the deflate stream. So the same is done
 * here, as a stream, counting bytes and throwing them away, stopped as soon as
 * it passes what was claimed or the total budget. Two entries with one name,
 * a local header the directory does not list, and sheets with more rows or
 * cells than the stated limits are refused too.
 */
import { createInflateRaw } from 'node:zlib';
import { AppError } from '../../errors';
import { MAX_CELLS, MAX_ROWS, tooManyRows } from './read-sheet';

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
  flags: number;
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
      flags: zip.readUInt16LE(at + 8),
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

const damaged = (fileName: string) =>
  new AppError(
    'VALIDATION',
    `“${fileName}”的内部结构异常（同一部分出现两次，或有目录中没有列出的内容），可能已损坏或被改动过，已拒绝导入。请在 Excel/WPS 中打开确认后另存为新文件再导入。`,
  );

/** What counting an entry found: its size, and for a worksheet its rows and cells. */
interface Counted {
  size: number;
  rows: number;
  cells: number;
}

const ROW_TAG = Buffer.from('<row');
const CELL_TAG = Buffer.from('<c ');

function countTag(chunk: Buffer, tag: Buffer): number {
  let n = 0;
  for (let at = chunk.indexOf(tag); at >= 0; at = chunk.indexOf(tag, at + tag.length)) n++;
  return n;
}

/** Inflates one entry without keeping it; rejects when it yields more than `limit` bytes. */
function inflateCounting(data: Buffer, limit: number, countCells: boolean): Promise<Counted> {
  return new Promise((resolve, reject) => {
    const counted: Counted = { size: 0, rows: 0, cells: 0 };
    let carry = Buffer.alloc(0);
    const inflate = createInflateRaw({ chunkSize: INFLATE_CHUNK_BYTES });
    inflate.on('data', (chunk: Buffer) => {
      counted.size += chunk.length;
      if (counted.size > limit) {
        reject(new RangeError('over limit'));
        inflate.destroy();
        return;
      }
      if (countCells) {
        // A tag split between two chunks is counted once: the last 3 bytes are looked at again with the next chunk.
        const joined = carry.length ? Buffer.concat([carry, chunk]) : chunk;
        counted.rows += countTag(joined, ROW_TAG);
        counted.cells += countTag(joined, CELL_TAG);
        carry = Buffer.from(joined.subarray(Math.max(0, joined.length - 3)));
      }
    });
    inflate.on('end', () => resolve(counted));
    inflate.on('error', reject);
    inflate.end(data);
  });
}

const isWorksheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Throws a Chinese VALIDATION error for a truncated, bloated, duplicated or over-long zip. */
export async function guardZip(zip: Buffer, fileName: string): Promise<void> {
  const entries = readEntries(zip, fileName);
  checkClaims(entries, fileName);
  const names = new Set<string>();
  const offsets = new Set<number>();
  const dataRanges: [number, number][] = [];
  for (const e of entries) {
    const key = e.name.toLowerCase();
    if (names.has(key) || offsets.has(e.localOffset)) throw damaged(fileName);
    names.add(key);
    offsets.add(e.localOffset);
  }
  let budget = MAX_UNPACKED_BYTES;
  let rows = 0;
  let cells = 0;
  for (const e of entries) {
    if (e.localOffset + 30 > zip.length || zip.readUInt32LE(e.localOffset) !== LOCAL) throw truncated(fileName);
    // The local header is what SheetJS reads: its name, method and sizes.
    const nameLength = zip.readUInt16LE(e.localOffset + 26);
    const localName = zip.toString('utf8', e.localOffset + 30, e.localOffset + 30 + nameLength);
    if (localName !== e.name) throw damaged(fileName);
    const method = zip.readUInt16LE(e.localOffset + 8);
    const localUnpacked = zip.readUInt32LE(e.localOffset + 22);
    const start = e.localOffset + 30 + nameLength + zip.readUInt16LE(e.localOffset + 28);
    if (start + e.compressed > zip.length) throw truncated(fileName);
    dataRanges.push([start, start + e.compressed]);
    if (method === 0) continue; // stored: its size is its compressed size, already within the file
    if (method !== 8 || method !== e.method) throw truncated(fileName);
    // A few bytes of slack over the larger claim; SheetJS checks the sizes exactly afterwards.
    const limit = Math.min(Math.max(e.unpacked, localUnpacked) + 1024, budget);
    let counted: Counted;
    try {
      // From the data's start to the end of the deflate stream, as SheetJS inflates it (not just the claimed length).
      counted = await inflateCounting(zip.subarray(start), limit, isWorksheet(e.name));
    } catch (err) {
      if (err instanceof RangeError) throw bomb(fileName, `其中“${e.name}”的实际内容比文件声明的大`);
      throw truncated(fileName);
    }
    budget -= counted.size;
    rows += counted.rows;
    cells += counted.cells;
    if (rows > MAX_ROWS + 1000 || cells > MAX_CELLS) throw tooManyRows(fileName);
  }
  refuseHiddenEntries(zip, offsets, dataRanges, fileName);
}

/** A local header outside every listed entry's data: content the directory hides (another reader would see it). */
function refuseHiddenEntries(zip: Buffer, listed: Set<number>, dataRanges: [number, number][], fileName: string) {
  const signature = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
  dataRanges.sort((a, b) => a[0] - b[0]);
  for (let at = zip.indexOf(signature); at >= 0; at = zip.indexOf(signature, at + 4)) {
    if (listed.has(at)) continue;
    const inside = dataRanges.some(([from, to]) => at >= from && at < to);
    if (!inside) throw damaged(fileName);
  }
}
