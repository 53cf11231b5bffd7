/**
 * The 档案台账 figures of `npm run bench`:
 * - filing 100 finalized meetings through the API (archive.file), each with its PDF
 *   snapshot rendered by headless Chromium via the in-process server (as the CLI does);
 *   the first render (browser start) is reported apart;
 * - packaging a year of 300 items (the filed ones plus paper documents with a PDF scan
 *   of realistic size) as a BagIt bag (written, then re-verified from disk), and
 *   verifying that bag again alone, as verify-archive does.
 *
 *   npm run bench -- --only archive [--archive-records 100 --archive-items 300]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import { verifyBag } from '../core/archive/bagit';
import { createArchiveFixtures } from '../core/archive/fixture';
import { exportArchive } from '../core/archive/package';
import type { AppContext } from '../core/context';
import { createInProcessPdfRenderer } from '../core/platform/pdf-in-process';
import { argValue } from '../core/platform/paths';
import { openDatabase } from '../db/open';

const ms = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e6);

export async function archiveFigures({ records = Number(argValue(process.argv, '--archive-records') ?? 100), items = Number(argValue(process.argv, '--archive-items') ?? 300) } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-archive-'));
  const opened = await openDatabase(join(dir, 'fulian.sqlite'));
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date() };
  const pdf = createInProcessPdfRenderer(ctx);
  ctx.pdf = pdf;
  const call = async (method: string, input: unknown) => {
    const answer = await dispatch(apiTable, ctx, method, input);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    return answer.value as { id: number; archivalCode: string; snapshotLinkId: number | null };
  };
  try {
    await call('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '', phone: '' });
    const f = await createArchiveFixtures(ctx);
    const meetingIds = [f.meetingId];
    for (let i = 1; i < records; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + (i % 12)).padStart(2, '0');
      meetingIds.push(await f.anotherMeeting({ title: `第${i + 1}次执委会议`, date: `2026-${month}-${day}` }));
    }
    let start = process.hrtime.bigint();
    await call('archive.file', { source: { type: 'meeting', id: meetingIds[0] } });
    const firstFilingMs = ms(start);
    start = process.hrtime.bigint();
    for (const id of meetingIds.slice(1)) await call('archive.file', { source: { type: 'meeting', id } });
    const restMs = ms(start);

    // Paper documents to make up the year: each with its own PDF scan (~ the size of a snapshot, distinct bytes).
    const sample = await pdf.render(`/print/meeting?id=${f.meetingId}`);
    for (let i = records; i < items; i++) {
      const item = await call('archive.createManual', { docKind: '上级来文', year: 2026, title: `关于开展第${i}项工作的通知`, responsible: '区妇联', docNumber: `区妇字〔2026〕${i}号`, date: '2026-06-01', pages: 2 });
      const scan = Buffer.concat([sample, Buffer.from(`\n%scan ${i}\n`)]);
      await call('attachments.add', { owner: { type: 'archive_item', id: item.id }, fileName: `来文${i}.pdf`, base64: scan.toString('base64') });
    }
    const out = join(dir, '2026年度档案包');
    start = process.hrtime.bigint();
    const result = await exportArchive(ctx, { year: 2026, outDir: out });
    const packageMs = ms(start);
    start = process.hrtime.bigint();
    const verified = await verifyBag(out);
    const verifyMs = ms(start);
    return {
      filing: {
        records,
        totalMs: firstFilingMs + restMs,
        firstFilingMs,
        perRecordMs: Math.round(restMs / Math.max(1, records - 1)),
        note: 'each filing renders the 会议记录 print route to PDF (headless Chromium, in-process server), counts its pages, stores it by sha256 and numbers the item in one transaction; firstFilingMs includes starting Chromium',
      },
      package: { items: result.items, files: result.files, megabytes: Math.round(result.bytes / 1e5) / 10, packageMs, note: 'collect + write (temp folder, fsync, rename) + re-verify from disk' },
      verify: { ok: verified.ok, files: verified.payload.length, verifyMs },
    };
  } finally {
    await pdf.close();
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
