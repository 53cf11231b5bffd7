/**
 * 归档 from finalized records with the PDF snapshot rendered by headless Chromium
 * (the CLI/harness implementation, for real), 页数 checked against pdfinfo; the
 * re-snapshot after a 更正; the BagIt package read back and checked by the real
 * verify-archive command. Needs the built renderer (npx vite build).
 */
import { execFile, execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../db/test-helpers';
import { attachmentsDirFor } from '../attachments/files';
import { samplePng } from '../attachments/test-files';
import { openAppLike } from '../audit/testing';
import { createInProcessPdfRenderer } from '../platform/pdf-in-process';
import { createArchiveFixtures } from './fixture';

type Item = { id: number; archivalCode: string; pages: number; title: string; responsible: string; retention: string; snapshotLinkId: number; correctedAfterFiling: boolean; source: { type: string; id: number } };

async function app() {
  const a = await openAppLike();
  const pdf = createInProcessPdfRenderer(a.ctx);
  a.ctx.pdf = pdf;
  onTestFinished(() => pdf.close());
  await a.ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '', phone: '' });
  const rows = async () => ({
    items: Number((await sql<{ n: number }>`select count(*) as n from archive_item`.execute(a.db)).rows[0]!.n),
    links: Number((await sql<{ n: number }>`select count(*) as n from attachment_link`.execute(a.db)).rows[0]!.n),
    files: existsSync(attachmentsDirFor(a.ctx.dbPath)) ? readdirSync(attachmentsDirFor(a.ctx.dbPath)).length : 0,
  });
  const snapshotPath = async (linkId: number) => {
    const link = await a.db.selectFrom('attachment_link').innerJoin('attachment', 'attachment.id', 'attachment_link.attachment_id').select('sha256').where('attachment_link.id', '=', linkId).executeTakeFirstOrThrow();
    return join(attachmentsDirFor(a.ctx.dbPath), link.sha256);
  };
  return { ...a, rows, snapshotPath };
}

const pdfPages = (path: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
const pdfText = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

function cli(args: string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('npx', ['tsx', 'core/cli.ts', ...args], { env: { ...process.env, FULIAN_DB: '' }, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout }),
    );
  });
}

describe('归档 from finalized records', () => {
  it('files a meeting and a study record with a Chromium PDF snapshot (页数 = pdfinfo), refuses drafts and filing twice, and re-snapshots after a 更正 keeping the 档号', { timeout: 120_000 }, async () => {
    const a = await app();
    const draft = await createArchiveFixtures(a.ctx, { finalize: false });
    const before = await a.rows();
    expect(await a.call('archive.file', { source: { type: 'meeting', id: draft.meetingId } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '会议记录《第四季度执委会议》还是草稿，不能归档。请先定稿，定稿后的记录才能归档。' },
    });
    expect(await a.rows()).toEqual(before);
    await a.ok('meetings.finalize', { id: draft.meetingId });
    await a.ok('study.finalize', { id: draft.studyId });

    const preview = await a.ok<{ title: string; retention: string; responsible: string }>('archive.filingPreview', { type: 'meeting', id: draft.meetingId });
    expect(preview).toMatchObject({ title: '第四季度执委会议记录', retention: 'D30', responsible: '幸福里社区妇联' });
    const meeting = await a.ok<Item>('archive.file', { source: { type: 'meeting', id: draft.meetingId } });
    expect(meeting).toMatchObject({ archivalCode: '0194-WS·2026-D30-0001', title: '第四季度执委会议记录', responsible: '幸福里社区妇联', retention: 'D30', source: { type: 'meeting', id: draft.meetingId } });
    const meetingPdf = await a.snapshotPath(meeting.snapshotLinkId);
    expect(readFileSync(meetingPdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(meeting.pages).toBe(pdfPages(meetingPdf));
    expect(pdfText(meetingPdf)).toContain('第四季度执委会议');
    // The 保管期限 chosen before confirming wins over the default.
    const study = await a.ok<Item>('archive.file', { source: { type: 'study', id: draft.studyId }, retention: 'Y' });
    expect(study).toMatchObject({ archivalCode: '0194-WS·2026-Y-0001', title: '十一月集中学习记录' });
    expect(study.pages).toBe(pdfPages(await a.snapshotPath(study.snapshotLinkId)));
    expect(pdfText(await a.snapshotPath(study.snapshotLinkId))).toContain('十一月集中学习');

    // Both records show the link.
    expect(await a.ok('meetings.get', { id: draft.meetingId })).toMatchObject({ filedAs: { id: meeting.id, code: meeting.archivalCode } });
    expect(await a.ok('study.get', { id: draft.studyId })).toMatchObject({ filedAs: { id: study.id, code: study.archivalCode } });
    expect(await a.ok('archive.filedAs', { type: 'study', id: draft.studyId })).toEqual({ itemId: study.id, archivalCode: study.archivalCode });

    const filed = await a.rows();
    expect(await a.call('archive.file', { source: { type: 'meeting', id: draft.meetingId } })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '会议记录《第四季度执委会议》已归档（档号 0194-WS·2026-D30-0001），不能重复归档。' },
    });
    expect(await a.rows()).toEqual(filed);
    // A snapshot's file is the archive's: it cannot be removed or added to through attachments.*
    expect(await a.call('attachments.remove', { id: meeting.snapshotLinkId })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await a.call('attachments.add', { owner: { type: 'archive_item', id: meeting.id }, fileName: 'x.png', base64: samplePng().toString('base64') })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    // 更正 after filing: flagged; the re-snapshot keeps the 档号, replaces the PDF, and the old file goes.
    await a.ok('meetings.addCorrection', { id: draft.meetingId, what: '出席人员漏记陈静', why: '记录人笔误', by: '张丽' });
    const flagged = await a.ok<Item>('archive.get', { id: meeting.id });
    expect(flagged.correctedAfterFiling).toBe(true);
    expect((await a.ok<{ findings: Array<{ kind: string }> }>('archive.check', { year: 2026 })).findings.map((f) => f.kind)).toContain('corrected');
    const renewed = await a.ok<Item>('archive.resnapshot', { id: meeting.id });
    expect(renewed).toMatchObject({ archivalCode: '0194-WS·2026-D30-0001', correctedAfterFiling: false });
    expect(renewed.snapshotLinkId).not.toBe(meeting.snapshotLinkId);
    const renewedPdf = await a.snapshotPath(renewed.snapshotLinkId);
    expect(pdfText(renewedPdf)).toContain('出席人员漏记陈静');
    expect(renewed.pages).toBe(pdfPages(renewedPdf));
    expect(existsSync(meetingPdf)).toBe(false);
    expect(await a.rows()).toEqual(filed);

    // Voiding frees the record to be filed again, under a new number; the voided one is never reused.
    await a.ok('archive.void', { id: study.id, reason: '保管期限选错' });
    const again = await a.ok<Item>('archive.file', { source: { type: 'study', id: draft.studyId } });
    expect(again.archivalCode).toBe('0194-WS·2026-D30-0002');

    const audit = await a.db.selectFrom('audit_log').select(['action', 'detail']).where('entity_type', '=', 'archive_item').orderBy('id').execute();
    expect(audit.map((r) => r.action)).toEqual(['create', 'create', 'update', 'status', 'create']);
    expect(audit[0]!.detail).toMatch(/^归档会议记录《第四季度执委会议》，档号 0194-WS·2026-D30-0001，PDF \d+ 页$/);
  });

  it('files a 办结 议题 with its 办理反馈单 as the Chromium snapshot (页数 = pdfinfo), and refuses it twice', { timeout: 120_000 }, async () => {
    const a = await app();
    const { seedRepresentatives, seedSession, newItem, driveTo } = await import('../deliberation/fixture');
    const reps = await seedRepresentatives(a.ctx);
    const item = await newItem(a.ctx, reps, { title: '东门路灯不亮' });
    await driveTo(a.ctx, item.id, '办结', await seedSession(a.ctx));
    const filed = await a.ok<Item>('archive.file', { source: { type: 'deliberation', id: item.id } });
    expect(filed).toMatchObject({ archivalCode: '0194-WS·2026-D30-0001', title: '东门路灯不亮办理情况', retention: 'D30', source: { type: 'deliberation', id: item.id } });
    const snapshot = await a.snapshotPath(filed.snapshotLinkId);
    expect(filed.pages).toBe(pdfPages(snapshot));
    const text = pdfText(snapshot);
    expect(text).toContain('办理反馈单');
    expect(text).toContain('东门路灯不亮');
    const before = await a.rows();
    expect(await a.call('archive.file', { source: { type: 'deliberation', id: item.id } })).toMatchObject({ ok: false });
    expect(await a.rows()).toEqual(before);
  });

  it('two records filed at the same moment get distinct numbers', { timeout: 120_000 }, async () => {
    const a = await app();
    const f = await createArchiveFixtures(a.ctx);
    const others = [await f.anotherMeeting({ title: '十二月执委会议', date: '2026-12-18' }), await f.anotherMeeting({ title: '妇女小组长会议', date: '2026-12-20' })];
    const answers = await Promise.all([f.meetingId, ...others].map((id) => a.call('archive.file', { source: { type: 'meeting', id } })));
    expect(answers.map((x) => x.ok)).toEqual([true, true, true]);
    const codes = answers.map((x) => (x as { value: Item }).value.archivalCode).sort();
    expect(codes).toEqual(['0194-WS·2026-D30-0001', '0194-WS·2026-D30-0002', '0194-WS·2026-D30-0003']);
  });
});

describe('the archive package', () => {
  it('holds the catalog .xlsx, one PDF per 档号, the scans and index.html; verify-archive finds an altered PDF, a deleted file and an extra file', { timeout: 240_000 }, async () => {
    const a = await app();
    const f = await createArchiveFixtures(a.ctx);
    const meeting = await a.ok<Item>('archive.file', { source: { type: 'meeting', id: f.meetingId } });
    const study = await a.ok<Item>('archive.file', { source: { type: 'study', id: f.studyId } });
    const photo = await a.ok<Item>('archive.createManual', { docKind: '照片', year: 2026, title: '三八节活动照片', selfTitled: true, responsible: '', date: '2026-03-08', pages: 1 });
    await a.ok('attachments.add', { owner: { type: 'archive_item', id: photo.id }, fileName: '合影.png', base64: samplePng().toString('base64') });
    const voided = await a.ok<Item>('archive.createManual', { docKind: '通知', year: 2026, title: '重复的通知', responsible: '', date: null, pages: 1 });
    await a.ok('archive.void', { id: voided.id, reason: '重复登记' });

    // A folder that is not empty is refused, and nothing is written into it.
    const busy = join(tempDir(), 'U盘');
    mkdirSync(busy);
    writeFileSync(join(busy, '别的文件.txt'), 'x');
    expect(await a.call('archive.exportPackage', { year: 2026, outDir: busy }).then(async (x) => {
      const { jobId } = (x as { value: { jobId: string } }).value;
      for (;;) {
        const p = await a.ok<{ done: boolean; error: { message: string } | null }>('archive.exportProgress', { jobId });
        if (p.done) return p.error;
        await new Promise((r) => setTimeout(r, 50));
      }
    })).toMatchObject({ message: expect.stringContaining('不是空的') });
    expect(readdirSync(busy)).toEqual(['别的文件.txt']);

    const out = join(tempDir(), '2026年度档案包');
    const exported = await cli(['export-archive', '--year', '2026', '--out', out, '--db', a.ctx.dbPath]);
    expect(exported.code, exported.stdout).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ ok: true, items: 4, path: out });
    expect(readdirSync(out).sort()).toEqual(['bag-info.txt', 'bagit.txt', 'data', 'manifest-sha256.txt', 'tagmanifest-sha256.txt']);
    const data = join(out, 'data');
    expect(readdirSync(data).sort()).toEqual(['0194-WS·2026-D30-0001.pdf', '0194-WS·2026-D30-0002.pdf', 'index.html', '归档文件目录.xlsx', '附件'].sort());
    expect(readdirSync(join(data, '附件', photo.archivalCode))).toEqual(['合影.png']);
    const bagInfo = readFileSync(join(out, 'bag-info.txt'), 'utf8');
    expect(bagInfo).toContain('Source-Organization: 幸福里社区妇联\n');
    expect(bagInfo).toMatch(/Bagging-Date: \d{4}-\d{2}-\d{2}\n/);
    expect(bagInfo).toMatch(/Payload-Oxum: \d+\.5\n/);
    expect(bagInfo).toContain('全宗号: 0194\n');
    expect(bagInfo).toContain('年度: 2026\n');
    const manifest = readFileSync(join(out, 'manifest-sha256.txt'), 'utf8');
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}data\/0194-WS·2026-D30-0001\.pdf$/m);
    expect(pdfPages(join(data, `${meeting.archivalCode}.pdf`))).toBe(meeting.pages);

    // The catalog read back by exceljs: every column, [ ] for the self-written title, YYYYMMDD, 作废 kept.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(data, '归档文件目录.xlsx'));
    const sheet = book.getWorksheet('归档文件目录')!;
    const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1).map((v) => (v === undefined || v === null ? '' : String(v)));
    const header = [...Array(sheet.rowCount).keys()].map((i) => i + 1).find((r) => values(r)[0] === '序号')!;
    expect(values(header)).toEqual(['序号', '档号', '文号', '责任者', '题名', '日期', '密级', '页数', '备注']);
    expect(values(header + 1)).toEqual(['1', '0194-WS·2026-D30-0001', '', '幸福里社区妇联', '第四季度执委会议记录', '20261120', '', String(meeting.pages), '']);
    expect(values(header + 2)).toEqual(['2', '0194-WS·2026-D30-0002', '', '幸福里社区妇联', '十一月集中学习记录', '20261118', '', String(study.pages), '']);
    expect(values(header + 3)).toEqual(['3', '0194-WS·2026-D10-0001', '', '幸福里社区妇联', '[三八节活动照片]', '20260308', '', '1', '']);
    expect(values(header + 4)).toEqual(['4', '0194-WS·2026-D10-0002', '', '幸福里社区妇联', '重复的通知', '', '', '1', '作废；重复登记']);
    // index.html: no scripts, links to each file (percent-encoded 档号).
    const index = readFileSync(join(data, 'index.html'), 'utf8');
    expect(index).not.toMatch(/<script/i);
    expect(index).toContain(`href="${encodeURIComponent('0194-WS·2026-D30-0001.pdf')}"`);
    expect(index).toContain('[三八节活动照片]');

    expect((await cli(['verify-archive', out])).code).toBe(0);
    const pdfPath = join(data, `${study.archivalCode}.pdf`);
    const original = readFileSync(pdfPath);
    appendFileSync(pdfPath, 'x');
    const changed = await cli(['verify-archive', out]);
    expect(changed.code).toBe(1);
    expect(JSON.parse(changed.stdout).payload).toContainEqual({ path: `data/${study.archivalCode}.pdf`, status: 'changed' });
    writeFileSync(pdfPath, original);
    rmSync(join(data, '附件', photo.archivalCode, '合影.png'));
    const missing = await cli(['verify-archive', out]);
    expect(missing.code).toBe(1);
    expect(JSON.parse(missing.stdout).payload).toContainEqual({ path: `data/附件/${photo.archivalCode}/合影.png`, status: 'missing' });
    writeFileSync(join(data, '附件', photo.archivalCode, '合影.png'), samplePng());
    writeFileSync(join(data, '说明.txt'), '多出来的文件');
    const extra = await cli(['verify-archive', out]);
    expect(extra.code).toBe(1);
    expect(JSON.parse(extra.stdout).payload).toContainEqual({ path: 'data/说明.txt', status: 'untracked' });

    const log = await a.db.selectFrom('audit_log').select(['action', 'detail']).where('entity_type', '=', 'archive_package').execute();
    expect(log).toEqual([{ action: 'export', detail: expect.stringContaining('导出2026年度档案包：4 件，5 个文件') }]);
  });
});

describe('seed-demo --records', () => {
  it('files the year’s finalized records once and boxes them', { timeout: 120_000 }, async () => {
    const a = await app();
    await createArchiveFixtures(a.ctx);
    const { seedDemoArchive } = await import('./demo');
    expect(await seedDemoArchive(a.ctx, 2026)).toMatchObject({ filed: 2, boxes: 1 });
    expect(await seedDemoArchive(a.ctx, 2026)).toMatchObject({ filed: 0, boxes: 0 });
    const check = await a.ok<{ findings: Array<{ kind: string }> }>('archive.check', { year: 2026 });
    expect(check.findings).toEqual([]);
  });
});
