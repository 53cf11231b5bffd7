/**
 * The copy the system's program opens (desktop app): in a temp folder, under
 * the officer's file name but always with the extension its content was
 * recognised as, so a name cannot make the system run it as something else.
 * Opened copies are not the stored file: editing one never changes the record.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { LinkRow } from '../../db/attachments/queries';
import { KIND_EXTENSIONS, plainFileName } from './kinds';

export function safeOpenName(fileName: string, kind: LinkRow['kind']): string {
  const ext = KIND_EXTENSIONS[kind];
  const base = plainFileName(fileName).replace(/[. ]+$/, '') || '附件';
  const current = extname(base).toLowerCase();
  const same = current === ext || (kind === 'jpg' && current === '.jpeg');
  return same ? base : `${base}${ext}`;
}

export async function openedCopy(link: Pick<LinkRow, 'sha256' | 'file_name' | 'kind'>, bytes: Buffer): Promise<string> {
  const dir = join(tmpdir(), 'fulian-ledger-attachments', link.sha256.slice(0, 16));
  await mkdir(dir, { recursive: true });
  const path = join(dir, safeOpenName(link.file_name, link.kind));
  await writeFile(path, bytes);
  return path;
}
