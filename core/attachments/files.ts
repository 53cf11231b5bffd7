/**
 * The attachment files on disk: `attachments/` beside the data file, each named
 * by the sha256 of its content (so the same file is kept once, and any change
 * to it is detected by hashing it again). Files are written under a temporary
 * name, flushed, then renamed: a file with a hash name is complete.
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fsyncFile } from '../../db/backup';

export const ATTACHMENTS_FOLDER = 'attachments';

export const attachmentsDirFor = (dbPath: string) => join(dirname(dbPath), ATTACHMENTS_FOLDER);

export const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** ok; missing (no file); changed (its content no longer has the hash it is named by). */
export type FileState = 'ok' | 'missing' | 'changed';

/** Quick look, for lists: a missing file, or one whose size differs. Only `verifyFile` reads the content. */
export function quickState(dir: string, file: { sha256: string; size: number }): FileState {
  const stat = statSync(join(dir, file.sha256), { throwIfNoEntry: false });
  if (!stat?.isFile()) return 'missing';
  return stat.size === file.size ? 'ok' : 'changed';
}

/** Full check: the content hashed again. */
export async function verifyFile(dir: string, file: { sha256: string; size: number }): Promise<FileState> {
  const quick = quickState(dir, file);
  if (quick !== 'ok') return quick;
  return (await sha256OfFile(join(dir, file.sha256))) === file.sha256 ? 'ok' : 'changed';
}

/**
 * Puts the bytes in `dir` under their hash unless a good copy is already there
 * (a damaged one is replaced). Returns whether a new file was written, so a
 * failed database write can take it away again.
 */
export async function storeFile(dir: string, sha256: string, bytes: Buffer): Promise<{ written: boolean }> {
  if ((await verifyFile(dir, { sha256, size: bytes.length })) === 'ok') return { written: false };
  const target = join(dir, sha256);
  const existed = existsSync(target);
  mkdirSync(dir, { recursive: true });
  const partial = `${target}.partial`;
  try {
    writeFileSync(partial, bytes);
    fsyncFile(partial);
    renameSync(partial, target);
  } finally {
    rmSync(partial, { force: true });
  }
  return { written: !existed };
}

export const removeFile = (dir: string, sha256: string) => rmSync(join(dir, sha256), { force: true });

/** Copies one file between attachment folders, checking its content on the way; false when the source is missing or not that file. */
export async function copyVerified(fromDir: string, toDir: string, file: { sha256: string; size: number }): Promise<boolean> {
  const bytes = await readFile(join(fromDir, file.sha256)).catch(() => null);
  if (!bytes || bytes.length !== file.size || sha256Of(bytes) !== file.sha256) return false;
  await storeFile(toDir, file.sha256, bytes);
  return true;
}
