/**
 * The copy the system's program opens (desktop app): in a temp folder, under
 * `safeOpenName` (the extension its content was recognised as).
 * Opened copies are not the stored file: editing one never changes the record.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LinkRow } from '../../db/attachments/queries';
import { safeOpenName } from './kinds';

export async function openedCopy(link: Pick<LinkRow, 'sha256' | 'file_name' | 'kind'>, bytes: Buffer): Promise<string> {
  const dir = join(tmpdir(), 'fulian-ledger-attachments', link.sha256.slice(0, 16));
  await mkdir(dir, { recursive: true });
  const path = join(dir, safeOpenName(link.file_name, link.kind));
  await writeFile(path, bytes);
  return path;
}
