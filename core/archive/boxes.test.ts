/** Boxes, scans of paper documents and the annual check (no PDF rendering needed here; filing.test.ts has that). */
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { attachmentsDirFor } from '../attachments/files';
import { samplePdf, samplePng, sampleJpg } from '../attachments/test-files';
import { openAppLike } from '../audit/testing';
import { createArchiveFixtures } from './fixture';
import { finalizeMeeting } from '../meetings/service';

type Item = { id: number; archivalCode: string; boxId: number | null; boxNo: number | null };
type Box = { id: number; boxNo: number; itemCount: number; firstPiece: number | null; lastPiece: number | null };
type Check = { findings: Array<{ kind: string; message: string; target: { type: string; id: number } }>; counts: Record<string, number> };

const paper = (over: Record<string, unknown> = {}) => ({ docKind: '通知', year: 2026, retention: 'D30', title: '关于开展三八节活动的通知', responsible: '', date: '2026-03-01', pages: 2, ...over });

async function app() {
  const a = await openAppLike();
  await a.ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '', phone: '' });
  const counts = async () => ({
    items: await a.db.selectFrom('archive_item').select(['id', 'box_id']).orderBy('id').execute(),
    links: Number((await sql<{ n: number }>`select count(*) as n from attachment_link`.execute(a.db)).rows[0]!.n),
  });
  return { ...a, counts };
}

describe('boxes', () => {
  it('holds one category: an item of another 保管期限 is refused by name and nothing moves; renumbering keeps every 档号', async () => {
    const a = await app();
    const one = await a.ok<Item>('archive.createManual', paper());
    const two = await a.ok<Item>('archive.createManual', paper({ title: '工作计划', docKind: '计划' }));
    const other = await a.ok<Item>('archive.createManual', paper({ title: '换届选举结果', retention: 'Y' }));
    const box = await a.ok<Box>('archive.createBox', { year: 2026, retention: 'D30' });
    expect(box.boxNo).toBe(1);
    const before = await a.counts();
    const refused = await a.call('archive.putInBox', { boxId: box.id, itemIds: [one.id, other.id, two.id] });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '档案 0194-WS·2026-Y-0001《换届选举结果》属于 2026年 Y，与2026年 D30 第 1 盒（2026年 D30）不同：一盒之内不能混装不同年度、保管期限或机构（问题）的档案。' },
    });
    expect(await a.counts()).toEqual(before);
    const filled = await a.ok<Box>('archive.putInBox', { boxId: box.id, itemIds: [one.id, two.id] });
    expect(filled).toMatchObject({ itemCount: 2, firstPiece: 1, lastPiece: 2 });
    expect(await a.ok('archive.spineLabels', { boxIds: [box.id] })).toEqual([{ boxId: box.id, 全宗号: '0194', 年度: '2026', 保管期限: 'D30', 机构问题: '', 起止件号: '0001—0002', 盒号: '1' }]);
    // Pencil numbers: the box becomes 5; every 档号 stays.
    await a.ok('archive.renumberBox', { id: box.id, boxNo: 5 });
    const after = await a.ok<Item[]>('archive.list', { year: 2026, boxId: box.id });
    expect(after.map((i) => [i.archivalCode, i.boxNo])).toEqual([['0194-WS·2026-D30-0001', 5], ['0194-WS·2026-D30-0002', 5]]);
    const second = await a.ok<Box>('archive.createBox', { year: 2026, retention: 'D30' });
    expect(second.boxNo).toBe(6);
    expect(await a.call('archive.renumberBox', { id: second.id, boxNo: 5 })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '2026年 D30 已有第 5 盒，请先给那一盒换号。' } });
    await a.ok('archive.saveBoxNotes', { id: box.id, contentsNote: '本盒共2件，无缺损。', arrangedBy: '李桂兰', arrangedOn: '2027-03-10', checkedBy: '王秀英', checkedOn: '2027-03-12' });
    expect(await a.ok('archive.boxRemarks', { id: box.id })).toMatchObject({ itemCount: 2, pageCount: 4, 盒内文件情况说明: '本盒共2件，无缺损。', 整理人: '李桂兰', 检查日期: '2027-03-12' });
    const audit = await a.db.selectFrom('audit_log').select(['entity_type', 'detail']).where('entity_type', '=', 'archive_box').orderBy('id').execute();
    expect(audit.map((r) => r.detail)).toContain('装入2026年 D30 第 1 盒：0001、0002（2 件）');
    expect(await a.call('archive.removeBox', { id: box.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });
});

describe('scans of paper documents', () => {
  it('takes PDF/JPG/PNG whose bytes are what the extension says; refuses a PNG named .pdf and a Word file, writing nothing', async () => {
    const a = await app();
    const item = await a.ok<Item>('archive.createManual', paper({ docKind: '照片', title: '三八节活动照片' }));
    const add = (fileName: string, bytes: Buffer) => a.call('attachments.add', { owner: { type: 'archive_item', id: item.id }, fileName, base64: bytes.toString('base64') });
    const before = await a.counts();
    expect(await add('照片1.pdf', samplePng())).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('文件“照片1.pdf”的内容是PNG 图片，与文件扩展名“.pdf”不符') } });
    expect(await add('扫描.jpg', samplePdf())).toMatchObject({ ok: false, error: { message: expect.stringContaining('与文件扩展名“.jpg”不符') } });
    expect(await a.counts()).toEqual(before);
    expect(await add('照片1.png', samplePng())).toMatchObject({ ok: true });
    expect(await add('照片2.JPEG', sampleJpg())).toMatchObject({ ok: true });
    expect(await add('通知原件.pdf', samplePdf('Original notice'))).toMatchObject({ ok: true });
    const got = await a.ok<{ attachments: Array<{ fileName: string }>; attachmentCount: number }>('archive.get', { id: item.id });
    expect(got.attachments.map((x) => x.fileName)).toEqual(['照片1.png', '照片2.JPEG', '通知原件.pdf']);
    // A voided item's scans are read-only.
    await a.ok('archive.void', { id: item.id, reason: '登记错误' });
    expect(await add('照片3.png', samplePng())).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });
});

describe('the annual check', () => {
  it('lists unfiled finalized records, drafts, 件号 gaps, missing 题名/页数, missing or changed files, unboxed items — each with its target', async () => {
    const a = await app();
    const { meetingId, studyId } = await createArchiveFixtures(a.ctx, { finalize: false });
    await finalizeMeeting(a.ctx, meetingId);
    const ok1 = await a.ok<Item>('archive.createManual', paper());
    const gone = await a.ok<Item>('archive.createManual', paper({ title: '', pages: null }));
    const scan = await a.ok<Item>('archive.createManual', paper({ title: '上级来文', docKind: '上级来文' }));
    await a.ok('attachments.add', { owner: { type: 'archive_item', id: scan.id }, fileName: '来文.pdf', base64: samplePdf('Upper').toString('base64') });
    await a.ok('attachments.add', { owner: { type: 'archive_item', id: scan.id }, fileName: '附件.png', base64: samplePng().toString('base64') });
    const box = await a.ok<Box>('archive.createBox', { year: 2026, retention: 'D30' });
    await a.ok('archive.putInBox', { boxId: box.id, itemIds: [ok1.id, scan.id] });
    // A gap: the database lost 件号 2's neighbour (simulated: an item whose number was never given).
    await a.db.insertInto('archive_item').values({ fonds_code: '0194', year: 2026, retention: 'D30', org_code: null, piece_no: 5, archival_code: '0194-WS·2026-D30-0005', doc_kind: '其他', title: '总结', pages: 1, date: null, created_at: 'x', updated_at: 'x', box_id: box.id }).execute();
    const dir = attachmentsDirFor(a.ctx.dbPath);
    const [pdfLink, pngLink] = await a.db.selectFrom('attachment_link').innerJoin('attachment', 'attachment.id', 'attachment_link.attachment_id').select(['attachment.sha256']).where('owner_id', '=', scan.id).orderBy('attachment_link.id').execute();
    writeFileSync(join(dir, pdfLink!.sha256), samplePdf('Tampr'));
    rmSync(join(dir, pngLink!.sha256));
    const check = await a.ok<Check>('archive.check', { year: 2026 });
    const by = (kind: string) => check.findings.filter((f) => f.kind === kind);
    expect(by('unfiled')).toEqual([{ kind: 'unfiled', message: expect.stringMatching(/^会议记录《.+》（2026-\d\d-\d\d）已定稿，尚未归档。$/), target: { type: 'meeting', id: meetingId } }]);
    expect(by('draft')).toEqual([expect.objectContaining({ target: { type: 'study', id: studyId } })]);
    expect(by('gap')).toEqual([expect.objectContaining({ message: '2026年 D30 缺少件号 0004。' })]);
    expect(by('no-title').map((f) => f.target)).toEqual([{ type: 'archive_item', id: gone.id }]);
    expect(by('no-pages').map((f) => f.target)).toEqual([{ type: 'archive_item', id: gone.id }]);
    expect(by('file-changed')).toEqual([expect.objectContaining({ message: '档案 0194-WS·2026-D30-0003的文件“来文.pdf”已被改动或损坏，与归档时不一致。', target: { type: 'archive_item', id: scan.id } })]);
    expect(by('file-missing')).toEqual([expect.objectContaining({ message: '档案 0194-WS·2026-D30-0003的文件“附件.png”不见了。' })]);
    expect(by('not-boxed').map((f) => f.target.id)).toEqual([gone.id]);
    expect(by('box-mixed')).toEqual([]);
    // A box holding a stranger (written around the API) is found too.
    const y = await a.ok<Item>('archive.createManual', paper({ title: '永久', retention: 'Y' }));
    await a.db.updateTable('archive_item').set({ box_id: box.id }).where('id', '=', y.id).execute();
    const again = await a.ok<Check>('archive.check', { year: 2026 });
    expect(again.findings.filter((f) => f.kind === 'box-mixed')).toEqual([{ kind: 'box-mixed', message: '2026年 D30 第 1 盒混装了 2026年 Y 的档案 0194-WS·2026-Y-0001。', target: { type: 'archive_box', id: box.id } }]);
  });
});

describe('妇女议事会 议题 as a source', () => {
  it('refuses a 议题 not yet 办结 in Chinese naming its state; a 办结 one shows in the annual check as not filed', async () => {
    const a = await app();
    const { seedRepresentatives, seedSession, newItem, driveTo } = await import('../deliberation/fixture');
    const reps = await seedRepresentatives(a.ctx);
    const meetingId = await seedSession(a.ctx);
    const open = await newItem(a.ctx, reps);
    expect(await a.call('archive.file', { source: { type: 'deliberation', id: open.id } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/^议题 .+《.+》现在是“收集”，办结后才能归档。$/) },
    });
    const done = await newItem(a.ctx, reps, { title: '东门路灯不亮' });
    await driveTo(a.ctx, done.id, '办结', meetingId);
    const check = await a.ok<Check>('archive.check', { year: 2026 });
    expect(check.findings.filter((f) => f.target.type === 'deliberation')).toEqual([expect.objectContaining({ kind: 'unfiled', target: { type: 'deliberation', id: done.id } })]);
    expect((await a.ok<{ retentionDefaults: Array<{ kind: string; retention: string }> }>('archive.settings')).retentionDefaults).toContainEqual(expect.objectContaining({ kind: 'deliberation', retention: 'D30' }));
  });
});

describe('the package job (no Chromium needed: paper documents only)', () => {
  const waitFor = async (a: Awaited<ReturnType<typeof app>>, jobId: string) => {
    const seen: string[] = [];
    for (;;) {
      const p = await a.ok<{ done: boolean; progress: { phase: string }; result: { path: string; items: number } | null; error: { message: string } | null }>('archive.exportProgress', { jobId });
      seen.push(p.progress.phase);
      if (p.done) return { ...p, seen };
      await new Promise((r) => setTimeout(r, 5));
    }
  };

  it('reports progress to the end and audits the package; a scan whose file is gone stops it naming the item, leaving no package', async () => {
    const a = await app();
    const item = await a.ok<Item>('archive.createManual', paper());
    await a.ok('attachments.add', { owner: { type: 'archive_item', id: item.id }, fileName: '通知.pdf', base64: samplePdf('Scan').toString('base64') });
    const parent = (await import('../../db/test-helpers')).tempDir();
    const out = join(parent, '档案包');
    const { jobId } = await a.ok<{ jobId: string }>('archive.exportPackage', { year: 2026, outDir: out });
    const done = await waitFor(a, jobId);
    expect(done).toMatchObject({ error: null, result: { path: out, items: 1 }, progress: { phase: 'done' } });
    expect(readdirSync(join(out, 'data')).sort()).toEqual(['0194-WS·2026-D30-0001.pdf', 'index.html', '归档文件目录.xlsx']);

    const [link] = await a.db.selectFrom('attachment_link').innerJoin('attachment', 'attachment.id', 'attachment_link.attachment_id').select('sha256').execute();
    rmSync(join(attachmentsDirFor(a.ctx.dbPath), link!.sha256));
    const second = join(parent, '第二个档案包');
    const failed = await waitFor(a, (await a.ok<{ jobId: string }>('archive.exportPackage', { year: 2026, outDir: second })).jobId);
    expect(failed.error?.message).toMatch(/^档案 0194-WS·2026-D30-0001：附件“通知.pdf”的文件不见了/);
    expect(readdirSync(parent)).toEqual(['档案包']);
    expect(await a.call('archive.exportPackage', { year: 2025, outDir: join(parent, 'x') }).then((x) => waitFor(a, (x as { value: { jobId: string } }).value.jobId))).toMatchObject({ error: { message: '2025年度没有档案，档案包未生成。' } });
    // A read-only drive (here /sys) is said so, in Chinese.
    writeFileSync(join(attachmentsDirFor(a.ctx.dbPath), link!.sha256), samplePdf('Scan'));
    const readOnly = await waitFor(a, (await a.ok<{ jobId: string }>('archive.exportPackage', { year: 2026, outDir: '/sys/2026年度档案包' })).jobId);
    expect(readOnly.error?.message).toContain('该位置是只读的或没有写入权限');
    const log = await a.db.selectFrom('audit_log').select('detail').where('entity_type', '=', 'archive_package').execute();
    expect(log).toHaveLength(1);
  });
});
