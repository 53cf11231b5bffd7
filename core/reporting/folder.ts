/**
 * merge-reports without touching the 街道's data: verify every package in a folder
 * against the registered 社区, keep the newest per 社区, and merge.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_EXTENSION } from './format';
import { mergePackages, type MergedReport } from './merge';
import { verifyPackage, type RegisteredBranch } from './verify';

export interface FolderMerge {
  report: MergedReport;
  refused: { fileName: string; reason: string }[];
  /** Older packages a newer one from the same 社区 replaced. */
  replaced: { fileName: string; by: string }[];
}

export function mergeFolder(dir: string, asOf: string, registry: readonly RegisteredBranch[]): FolderMerge {
  const names = readdirSync(dir).filter((n) => n.toLowerCase().endsWith(PACKAGE_EXTENSION)).sort();
  const refused: FolderMerge['refused'] = [];
  const replaced: FolderMerge['replaced'] = [];
  const seen = new Map<string, string>();
  const newest = new Map<string, { fileName: string; body: import('./format').PackageBody }>();
  for (const fileName of names) {
    const checked = verifyPackage(fileName, readFileSync(join(dir, fileName)), registry, asOf);
    if (!checked.ok) {
      refused.push({ fileName, reason: checked.reason });
      continue;
    }
    const twin = seen.get(checked.sha256);
    if (twin) {
      refused.push({ fileName, reason: `“${fileName}”未导入：与“${twin}”是同一个上报包` });
      continue;
    }
    seen.set(checked.sha256, fileName);
    const code = checked.body.branch.code;
    const current = newest.get(code);
    if (!current || current.body.generatedAt < checked.body.generatedAt) {
      if (current) replaced.push({ fileName: current.fileName, by: fileName });
      newest.set(code, { fileName, body: checked.body });
    } else replaced.push({ fileName, by: current.fileName });
  }
  return { report: mergePackages(asOf, registry, [...newest.values()]), refused, replaced };
}
