import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import { createFixtureMeeting } from '../meetings/fixture';
import { createMeeting, finalizeMeeting } from '../meetings/service';
import { attachmentsDirFor } from './files';
import { detectKind, MAX_ATTACHMENT_BYTES } from './kinds';
import { sampleDocx, sampleExe, sampleJpg, samplePdf, samplePng } from './test-files';

type Answer = { ok: true; value: unknown } | { ok: false; error: { code: string; message: string } };

function caller(ctx: AppContext) {
  const call = (method: string, input?: unknown) => dispatch(apiTable, ctx, `attachments.${method}`, input, () => undefined) as Promise<Answer>;
  const ok = async <T>(method: string, input?: unknown) => {
    const answer = await call(method, input);
    if (!answer.ok) throw new Error(`${answer.error.code}: ${answer.error.message}`);
    return answer.value as T;
  };
  const refused = async (method: string, input?: unknown) => {
    const answer = await call(method, input);
    if (answer.ok) throw new Error(`${method} should have been refused`);
    return answer.error;
  };
  return { call, ok, refused };
}

interface Item {
  id: number;
  fileName: string;
  kind: string;
  state: string;
}

const upload = (id: number, fileName: string, bytes: Buffer) => ({ owner: { type: 'meeting', id }, fileName, base64: bytes.toString('base64') });

async function withMeeting() {
  const opened = await openTempDatabase();
  const { id, input } = await createFixtureMeeting(opened.ctx);
  const dir = attachmentsDirFor(opened.ctx.dbPath);
  const files = () => (existsSync(dir) ? readdirSync(dir).sort() : []);
  const rows = async () => ({
    attachments: Number((await opened.db.selectFrom('attachment').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    links: Number((await opened.db.selectFrom('attachment_link').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    audit: Number((await opened.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  });
  return { ...opened, id, input, dir, files, rows, api: caller(opened.ctx) };
}

describe('attachments: type by content', () => {
  it('recognises PDF, Word .docx/.doc, JPG and PNG by their bytes, and nothing else', async () => {
    expect(detectKind(samplePdf())).toBe('pdf');
    expect(detectKind(await sampleDocx())).toBe('docx');
    expect(detectKind(sampleJpg())).toBe('jpg');
    expect(detectKind(samplePng())).toBe('png');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(detectKind(Buffer.concat([ole, Buffer.from('WordDocument', 'utf16le')]))).toBe('doc');
    expect(detectKind(Buffer.concat([ole, Buffer.from('Workbook', 'utf16le')]))).toBeNull();
    expect(detectKind(sampleExe())).toBeNull();
    expect(detectKind(readFileSync(process.execPath))).toBeNull();
    expect(detectKind(Buffer.from('=cmd|calc'))).toBeNull();
  });

  it('refuses a program renamed 通知.pdf, saying why, and writes nothing', async () => {
    const t = await withMeeting();
    const before = await t.rows();
    const err = await t.api.refused('add', upload(t.id, '通知.pdf', sampleExe()));
    expect(err).toMatchObject({ code: 'VALIDATION' });
    expect(err.message).toBe('文件“通知.pdf”的内容不是 PDF、Word 文档或 JPG/PNG 图片（看起来是程序文件），不能作为附件。文件类型按内容判断，改文件名不起作用。');
    expect(await t.rows()).toEqual(before);
    expect(t.files()).toEqual([]);
  });

  it('takes a photo named .pdf as the PNG it is', async () => {
    const t = await withMeeting();
    const added = await t.api.ok<Item & { kindLabel: string }>('add', upload(t.id, '签到表照片.pdf', samplePng()));
    expect(added).toMatchObject({ fileName: '签到表照片.pdf', kind: 'png', kindLabel: 'PNG 图片', state: 'ok' });
  });

  it('refuses a file over 50 MB and an empty one, in Chinese naming the file', async () => {
    const t = await withMeeting();
    const big = Buffer.alloc(MAX_ATTACHMENT_BYTES + 1);
    samplePdf().copy(big);
    const err = await t.api.refused('add', upload(t.id, '扫描件.pdf', big));
    expect(err.message).toBe('文件“扫描件.pdf”有 50.0 MB，超过附件大小上限 50 MB，不能添加。请压缩或拆分后再添加。');
    const far = await t.api.refused('add', { ...upload(t.id, '录像.pdf', samplePdf()), base64: 'A'.repeat(70_000_000) });
    expect(far.message).toContain('文件“录像.pdf”超过附件大小上限 50 MB');
    expect((await t.api.refused('add', upload(t.id, '空.pdf', Buffer.alloc(0)))).message).toBe('文件“空.pdf”是空的，不能作为附件。');
    expect(t.files()).toEqual([]);
  });
});

describe('attachments: stored once by sha256, listed, opened, removed', () => {
  it('keeps a file added to two meetings once, named by its hash, and refuses it twice on one meeting', async () => {
    const t = await withMeeting();
    const second = await createMeeting(t.ctx, { ...t.input, title: '十二月执委会议', date: '2026-12-18' });
    const pdf = samplePdf();
    const sha = (await import('node:crypto')).createHash('sha256').update(pdf).digest('hex');
    await t.api.ok('add', upload(t.id, '区妇联通知.pdf', pdf));
    await t.api.ok('add', upload(second.id, '通知（转发）.pdf', pdf));
    expect(t.files()).toEqual([sha]);
    expect(readFileSync(join(t.dir, sha))).toEqual(pdf);
    expect(await t.rows()).toMatchObject({ attachments: 1, links: 2 });
    const again = await t.api.refused('add', upload(t.id, '副本.pdf', pdf));
    expect(again).toMatchObject({ code: 'CONFLICT', message: '会议记录《第四季度执委会议》已有这个文件（附件“区妇联通知.pdf”），不必重复添加。' });

    const list = await t.api.ok<Item[]>('list', { type: 'meeting', id: second.id });
    expect(list.map((a) => [a.fileName, a.kind, a.state])).toEqual([['通知（转发）.pdf', 'pdf', 'ok']]);

    // Removing it from one meeting keeps the file for the other; the last removal takes the file away.
    const [first] = await t.api.ok<Item[]>('list', { type: 'meeting', id: t.id });
    await t.api.ok('remove', { id: first!.id });
    expect(t.files()).toEqual([sha]);
    await t.api.ok('remove', { id: list[0]!.id });
    expect(t.files()).toEqual([]);
    expect(await t.rows()).toMatchObject({ attachments: 0, links: 0 });
  });

  it('writes the audit row in the same transaction, naming the record and the file', async () => {
    const t = await withMeeting();
    const added = await t.api.ok<Item>('add', upload(t.id, '走访照片.jpg', sampleJpg()));
    await t.api.ok('remove', { id: added.id });
    const log = await t.db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'label', 'detail']).where('detail', 'like', '%附件%').orderBy('id').execute();
    expect(log).toEqual([
      { action: 'update', entity_type: 'meeting', entity_id: t.id, label: '第四季度执委会议', detail: expect.stringMatching(/^添加附件“走访照片\.jpg”（JPG 图片，1 KB）$/) },
      { action: 'update', entity_type: 'meeting', entity_id: t.id, label: '第四季度执委会议', detail: '删除附件“走访照片.jpg”' },
    ]);
  });

  it('opens a file for download in the browser, and through the platform opener with its real extension in the desktop app', async () => {
    const t = await withMeeting();
    const docx = await sampleDocx();
    const added = await t.api.ok<Item>('add', upload(t.id, '学习材料', docx));
    expect(await t.api.ok('open', { id: added.id })).toEqual({ opened: false, fileName: '学习材料', downloadName: '学习材料.docx', base64: docx.toString('base64') });

    const openedPaths: string[] = [];
    const desktop = caller({ ...t.ctx, openFile: async (path) => void openedPaths.push(path) });
    expect(await desktop.ok('open', { id: added.id })).toEqual({ opened: true, fileName: '学习材料' });
    expect(openedPaths[0]).toMatch(/[\\/]学习材料\.docx$/);
    expect(readFileSync(openedPaths[0]!)).toEqual(docx);
  });

  it('detects a changed file and a missing file: listed as such, refused on open with what to do', async () => {
    const t = await withMeeting();
    const pdf = samplePdf('Original text');
    const added = await t.api.ok<Item>('add', upload(t.id, '会议通知.pdf', pdf));
    const [sha] = t.files();
    const path = join(t.dir, sha!);

    // Same size, other content: only hashing finds it, on open.
    writeFileSync(path, samplePdf('Tampered text'));
    const changed = await t.api.refused('open', { id: added.id });
    expect(changed).toMatchObject({ code: 'CONFLICT' });
    expect(changed.message).toContain('附件“会议通知.pdf”的文件已被改动或损坏，内容与添加时不一致');
    writeFileSync(path, Buffer.concat([pdf, Buffer.from('appended')]));
    expect((await t.api.ok<Item[]>('list', { type: 'meeting', id: t.id }))[0]!.state).toBe('changed');

    rmSync(path);
    expect((await t.api.ok<Item[]>('list', { type: 'meeting', id: t.id }))[0]!.state).toBe('missing');
    const missing = await t.api.refused('open', { id: added.id });
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
    expect(missing.message).toContain('附件“会议通知.pdf”的文件不见了');

    // Adding the original again repairs it.
    await t.api.refused('add', upload(t.id, '会议通知.pdf', pdf));
    expect(readFileSync(path)).toEqual(pdf);
    expect(await t.api.ok('open', { id: added.id })).toMatchObject({ opened: false });
  });

  it('is read-only once the record is 定稿: add and remove answer LOCKED, list and open still work', async () => {
    const t = await withMeeting();
    const added = await t.api.ok<Item>('add', upload(t.id, '签到表.jpg', sampleJpg()));
    await finalizeMeeting(t.ctx, t.id);
    const before = await t.rows();
    for (const [method, input] of [['add', upload(t.id, '补充.png', samplePng())], ['remove', { id: added.id }]] as const) {
      expect(await t.api.refused(method, input)).toMatchObject({ code: 'LOCKED', message: expect.stringMatching(/^会议记录《第四季度执委会议》已定稿，不能再修改或删除/) });
    }
    expect(await t.rows()).toEqual(before);
    expect(t.files()).toHaveLength(1);
    expect(await t.api.ok<Item[]>('list', { type: 'meeting', id: t.id })).toHaveLength(1);
    expect(await t.api.ok('open', { id: added.id })).toMatchObject({ opened: false, fileName: '签到表.jpg' });
  });

  it('leaves nothing half-written when the database write fails after the file was stored', async () => {
    const t = await withMeeting();
    const { sql } = await import('kysely');
    await sql`create trigger refuse_link before insert on attachment_link begin select raise(abort, 'disk full'); end`.execute(t.db);
    const before = await t.rows();
    const err = await t.api.refused('add', upload(t.id, '通知.pdf', samplePdf()));
    expect(err.code).toBe('INTERNAL');
    expect(await t.rows()).toEqual(before);
    expect(t.files()).toEqual([]);
  });

  it('names a record that is not there', async () => {
    const t = await withMeeting();
    expect(await t.api.refused('add', upload(999, '通知.pdf', samplePdf()))).toMatchObject({ code: 'NOT_FOUND', message: '找不到编号为 999 的会议记录，可能已被删除。' });
    expect(await t.api.refused('list', { type: 'archive', id: 1 })).toMatchObject({ code: 'VALIDATION' });
    expect(t.files()).toEqual([]);
  });
});
