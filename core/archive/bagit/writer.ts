/**
 * Writes a BagIt bag (RFC 8493) into an empty or new folder: the payload under
 * data/, then the manifests and bag-info.txt, all in a hidden temporary sibling
 * folder that is renamed to the target only when everything is written and
 * flushed. So a package that looks complete is complete; a failure leaves
 * nothing but the error (the temporary folder is removed).
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, rmdir, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../../errors';
import {
  BAG_INFO_TXT,
  BAGIT_DECLARATION,
  BAGIT_TXT,
  bagInfoText,
  MANIFEST,
  manifestText,
  PAYLOAD_DIR,
  payloadOxum,
  payloadPathProblem,
  RESERVED_LABELS,
  TAG_MANIFEST,
  type BagInfoField,
} from './format';

/** One payload file: its path under data/ ('/' between folders) and its bytes, or a file to copy them from. */
export type BagPayloadFile = { path: string; bytes: Uint8Array; source?: never } | { path: string; source: string; bytes?: never };

export interface BagProgress {
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
  /** The payload file just written (path under data/). */
  path: string;
}

export interface WriteBagOptions {
  /** The package folder: must not exist yet, or be empty. */
  target: string;
  files: readonly BagPayloadFile[];
  /** bag-info.txt: Source-Organization (the branch) first, then the caller's fields; Bagging-Date and Payload-Oxum are added. */
  sourceOrganization: string;
  fields?: readonly BagInfoField[];
  /** YYYY-MM-DD; default today (local time). */
  baggingDate?: string;
  onProgress?: (progress: BagProgress) => void;
}

export interface BagWriteResult {
  target: string;
  files: number;
  bytes: number;
  payloadOxum: string;
}

const PROGRESS_EVERY_MS = 200;
const RENAME_ATTEMPTS = 6;

const pad = (n: number) => String(n).padStart(2, '0');
const localDate = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

const errnoOf = (err: unknown) => (err as NodeJS.ErrnoException | null)?.code;

/** A Chinese message for what the disk said, naming the target folder. */
function diskError(err: unknown, target: string): AppError {
  if (err instanceof AppError) return err;
  const code = errnoOf(err);
  if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM') {
    return new AppError('VALIDATION', `无法写入“${target}”：该位置是只读的或没有写入权限（U盘的写保护开关是否打开？），档案包未生成。请换一个位置。`, {
      errno: code,
    });
  }
  if (code === 'ENOSPC') return new AppError('VALIDATION', `“${target}”所在的磁盘空间不足，档案包未生成。请换一个空间更大的位置。`, { errno: code });
  if (code === 'ENOENT') return new AppError('NOT_FOUND', `写入档案包时找不到文件：${(err as NodeJS.ErrnoException).path ?? ''}，档案包未生成。`, { errno: code });
  const reason = err instanceof Error ? err.message : String(err);
  return new AppError('INTERNAL', `写入档案包“${target}”时失败（${reason}），档案包未生成。`, { errno: code });
}

function checkInput(options: WriteBagOptions): void {
  const seen = new Map<string, string>();
  for (const file of options.files) {
    const problem = payloadPathProblem(file.path);
    if (problem) throw new AppError('VALIDATION', `档案包中的文件名“${file.path}”无效：${problem}。`, { path: file.path });
    // Windows file systems do not tell 'A.pdf' from 'a.pdf': two such files would overwrite each other.
    const key = file.path.normalize('NFC').toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) throw new AppError('VALIDATION', `档案包中有两个同名文件：“${earlier}”和“${file.path}”。`, { path: file.path });
    seen.set(key, file.path);
  }
  if (!options.sourceOrganization.trim()) throw new AppError('VALIDATION', '档案包说明缺少来源单位（Source-Organization，即社区妇联名称）。');
  for (const [label] of options.fields ?? []) {
    if (RESERVED_LABELS.includes(label) || label === 'Source-Organization') {
      throw new AppError('VALIDATION', `档案包说明的“${label}”由程序自动填写，不能另行指定。`);
    }
  }
  if (options.baggingDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.baggingDate)) {
    throw new AppError('VALIDATION', `打包日期“${options.baggingDate}”格式不对，应为 YYYY-MM-DD。`);
  }
}

/** The target must be new or an empty folder; anything else is refused before a byte is written. */
async function checkTarget(target: string): Promise<{ existsEmpty: boolean }> {
  const found = await stat(target).catch((err: unknown) => {
    if (errnoOf(err) === 'ENOENT') return null;
    throw diskError(err, target);
  });
  if (!found) return { existsEmpty: false };
  if (!found.isDirectory()) throw new AppError('VALIDATION', `“${target}”已经是一个文件，不是文件夹，档案包未生成。请换一个位置。`);
  const entries = await readdir(target);
  if (entries.length) {
    throw new AppError('VALIDATION', `文件夹“${target}”不是空的（已有 ${entries.length} 项），档案包未生成。请选择一个空文件夹或新文件夹名。`, {
      entries: entries.slice(0, 10),
    });
  }
  return { existsEmpty: true };
}

/**
 * Writes, hashes and flushes one file; `chunks()` gives its bytes, `onChunk` hears each one written.
 * A function, so a source file's stream is opened only when it is read at once: a stream opened
 * earlier whose file has vanished would emit its error with no one listening (an uncaught exception).
 */
async function writeHashed(
  path: string,
  chunks: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  onChunk?: (bytes: number) => void,
): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  let handle: FileHandle | null = null;
  try {
    handle = await open(path, 'wx');
    for await (const chunk of chunks()) {
      hash.update(chunk);
      size += chunk.length;
      await handle.write(chunk);
      onChunk?.(chunk.length);
    }
    await handle.sync();
  } finally {
    await handle?.close();
  }
  return { sha256: hash.digest('hex'), size };
}

const writeText = (path: string, text: string) => writeHashed(path, () => [Buffer.from(text, 'utf8')]);

export async function writeBag(options: WriteBagOptions): Promise<BagWriteResult> {
  checkInput(options);
  const target = resolve(options.target);
  const { existsEmpty } = await checkTarget(target);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true }).catch((err: unknown) => {
    throw diskError(err, target);
  });

  const totalBytes = await sizeOf(options.files);
  const totalFiles = options.files.length;
  const temp = join(parent, `.${basename(target)}.partial-${randomBytes(4).toString('hex')}`);
  try {
    await mkdir(join(temp, PAYLOAD_DIR), { recursive: true });
    const entries: { path: string; sha256: string }[] = [];
    let bytes = 0;
    const folders = new Set<string>();
    let lastReport = Date.now();
    /** After every file, and within a large one at most every PROGRESS_EVERY_MS (a 50 MB scan on a slow stick). */
    const report = (path: string, done: boolean) => {
      if (!options.onProgress || (!done && Date.now() - lastReport < PROGRESS_EVERY_MS)) return;
      lastReport = Date.now();
      options.onProgress({ files: entries.length, totalFiles, bytes, totalBytes, path });
    };
    for (const file of options.files) {
      const destination = join(temp, PAYLOAD_DIR, ...file.path.split('/'));
      const folder = dirname(destination);
      if (!folders.has(folder)) {
        await mkdir(folder, { recursive: true });
        folders.add(folder);
      }
      const written = await writeHashed(destination, () => (file.bytes ? [file.bytes] : createReadStream(file.source!)), (n) => {
        bytes += n;
        report(file.path, false);
      });
      entries.push({ path: `${PAYLOAD_DIR}/${file.path}`, sha256: written.sha256 });
      report(file.path, true);
    }

    const oxum = payloadOxum(bytes, entries.length);
    const info: BagInfoField[] = [
      ['Source-Organization', options.sourceOrganization],
      ['Bagging-Date', options.baggingDate ?? localDate(new Date())],
      ['Payload-Oxum', oxum],
      ...(options.fields ?? []),
    ];
    const tags = [
      { path: BAGIT_TXT, ...(await writeText(join(temp, BAGIT_TXT), BAGIT_DECLARATION)) },
      { path: BAG_INFO_TXT, ...(await writeText(join(temp, BAG_INFO_TXT), bagInfoText(info))) },
      { path: MANIFEST, ...(await writeText(join(temp, MANIFEST), manifestText(entries))) },
    ];
    await writeText(join(temp, TAG_MANIFEST), manifestText(tags));

    // rename() over an existing folder fails on Windows: the empty target is removed just before.
    if (existsEmpty) await rmdir(target);
    await renameRetrying(temp, target);
    return { target, files: entries.length, bytes, payloadOxum: oxum };
  } catch (err) {
    await rm(temp, { recursive: true, force: true }).catch(() => undefined);
    throw diskError(err, target);
  }
}

/** Windows: a virus scanner still reading the new files makes rename fail for a moment; try again briefly. */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (err) {
      const code = errnoOf(err);
      if (attempt >= RENAME_ATTEMPTS || !(code === 'EPERM' || code === 'EBUSY' || code === 'EACCES') || process.platform !== 'win32') throw err;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

async function sizeOf(files: readonly BagPayloadFile[]): Promise<number> {
  let total = 0;
  for (const file of files) {
    if (file.bytes) total += file.bytes.length;
    else {
      const found = await stat(file.source!).catch(() => null);
      if (!found?.isFile()) throw new AppError('NOT_FOUND', `档案包要收入的文件“${file.path}”找不到（${file.source}），档案包未生成。`, { path: file.path });
      total += found.size;
    }
  }
  return total;
}
