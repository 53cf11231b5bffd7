/**
 * The offline archive package (BagIt, RFC 8493): the contents composed in
 * package-contents.ts, written by the shared BagIt writer (core/archive/bagit/:
 * a temporary folder renamed at the end, a non-empty or read-only target refused
 * in Chinese), then verified once from disk before it is reported done.
 * Audited (导出) with the package's folder, item and file counts.
 */
import { resolve } from 'node:path';
import dayjs from 'dayjs';
import { recordEvent } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { verifyBag, writeBag } from './bagit';
import { packageContents } from './package-contents';

export interface PackageProgress {
  phase: 'collect' | 'write' | 'verify' | 'done';
  files: number;
  totalFiles: number;
  bytes: number;
  totalBytes: number;
}

export interface PackageResult {
  /** The bag's folder. */
  path: string;
  items: number;
  files: number;
  bytes: number;
  payloadOxum: string;
}

export async function exportArchive(
  ctx: AppContext,
  input: { year: number; outDir: string; itemIds?: number[] },
  onProgress: (p: PackageProgress) => void = () => undefined,
): Promise<PackageResult> {
  onProgress({ phase: 'collect', files: 0, totalFiles: 0, bytes: 0, totalBytes: 0 });
  const contents = await packageContents(ctx, input);
  const totalBytes = contents.files.reduce((n, f) => n + f.bytes.length, 0);
  const written = await writeBag({
    target: resolve(input.outDir),
    files: contents.files,
    sourceOrganization: contents.bagInfo.sourceOrganization,
    fields: Object.entries(contents.bagInfo.fields),
    baggingDate: dayjs(ctx.now()).format('YYYY-MM-DD'),
    onProgress: (p) => onProgress({ phase: 'write', files: p.files, totalFiles: p.totalFiles, bytes: p.bytes, totalBytes: p.totalBytes }),
  });
  onProgress({ phase: 'verify', files: 0, totalFiles: contents.files.length, bytes: totalBytes, totalBytes });
  const check = await verifyBag(written.target, (p) => onProgress({ phase: 'verify', files: p.files, totalFiles: p.totalFiles, bytes: totalBytes, totalBytes }));
  if (!check.ok) throw new AppError('CONFLICT', `档案包已写入“${written.target}”，但复核未通过：${check.problems.slice(0, 3).join('；')}。请换一个位置（或换一个U盘）重新导出。`, { problems: check.problems });
  await recordEvent(ctx, {
    action: 'export',
    entity: 'archive_package',
    label: contents.packageName,
    detail: `导出${input.year}年度档案包${input.itemIds?.length ? '（所选档案）' : ''}：${contents.items.length} 件，${written.files} 个文件，到“${written.target}”`,
  });
  onProgress({ phase: 'done', files: written.files, totalFiles: written.files, bytes: written.bytes, totalBytes: written.bytes });
  return { path: written.target, items: contents.items.length, files: written.files, bytes: written.bytes, payloadOxum: written.payloadOxum };
}
