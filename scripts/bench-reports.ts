/**
 * `npm run bench -- --only reports`: a 街道 merging 30 上报包 of 5,000 women each
 * (issue 16). Each package is exported from its own seeded data file with a 街道 key
 * (so it carries 5,000 ID hashes); then timed: importing all 30 into the 街道's data
 * file (parse, verify sums and signature, store), the merged report, and the 分社区汇总表 .xlsx.
 */
import { join } from 'node:path';
import type { AppContext } from '../core/context';
import { demoMembers } from '../core/members/demo';
import { call, exportPackage, seedBranch, type ExportedPackage } from '../core/reporting/testing';
import { openDatabase } from '../db/open';

export async function reportFigures(dir: string, branches = 30, size = 5000) {
  const asOf = '2026-11-29';
  const now = () => new Date('2026-11-29T08:00:00+08:00');
  const packages: ExportedPackage[] = [];
  let exportMs = 0;
  for (let i = 0; i < branches; i++) {
    const opened = await openDatabase(join(dir, `branch${i}.sqlite`));
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now };
    await seedBranch(ctx, `第${i + 1}社区`, `C${i + 1}`, 'bench-district-key-0123456789', demoMembers(size, 500 + i, asOf));
    const start = performance.now();
    packages.push(await exportPackage(ctx, asOf));
    exportMs = Math.max(exportMs, performance.now() - start);
    await opened.close();
  }
  const opened = await openDatabase(join(dir, 'district.sqlite'));
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now };
  try {
    await call(ctx, 'reporting.setRound', { asOf });
    for (const [i, p] of packages.entries()) await call(ctx, 'reporting.registerBranch', { code: `C${i + 1}`, name: `第${i + 1}社区`, fingerprint: p.fingerprint });
    let start = performance.now();
    await call(ctx, 'reporting.importPackages', { files: packages.map((p) => ({ fileName: p.fileName, base64: p.base64 })) });
    const importMs = performance.now() - start;
    start = performance.now();
    const merged = await call<{ stats: { total: number }; duplicateTotal: number }>(ctx, 'reporting.merged');
    const mergeMs = performance.now() - start;
    start = performance.now();
    await call(ctx, 'reporting.exportSummary');
    const xlsxMs = performance.now() - start;
    const r = (x: number) => Math.round(x);
    return {
      branches,
      membersEach: size,
      mergedTotal: merged.stats.total,
      packageKB: Math.round(Buffer.from(packages[0]!.base64, 'base64').length / 1024),
      exportOnePackageMs: r(exportMs),
      importAllMs: r(importMs),
      mergedReportMs: r(mergeMs),
      summaryXlsxMs: r(xlsxMs),
    };
  } finally {
    await opened.close();
  }
}
