/** 档号 and 件号: derivation, restart per category, no reuse after 作废, concurrent numbering, frozen parts. */
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { openAppLike } from '../audit/testing';
import type { AppContext } from '../context';
import { archivalCode } from './code';

type Item = { id: number; archivalCode: string; pieceNo: number; voided: boolean };

const paper = (over: Record<string, unknown> = {}) => ({
  docKind: '通知',
  year: 2016,
  retention: 'D30',
  title: '关于开展三八节活动的通知',
  responsible: '',
  date: '2016-03-01',
  pages: 2,
  ...over,
});

async function withFonds(fondsCode = '0194') {
  const app = await openAppLike();
  await app.ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '城关街道', fondsCode, contact: '', phone: '' });
  return app;
}

describe('档号 (DESIGN §4.5)', () => {
  it('builds both standard examples, with U+00B7 between 门类 and 年度', () => {
    expect(archivalCode({ fondsCode: '0194', year: 2016, retention: 'D30', orgCode: 'BGS', pieceNo: 1 })).toBe('0194-WS·2016-D30-BGS-0001');
    expect(archivalCode({ fondsCode: '0194', year: 2016, retention: 'D30', orgCode: null, pieceNo: 1 })).toBe('0194-WS·2016-D30-0001');
    expect(archivalCode({ fondsCode: '0194', year: 2016, retention: 'D30', orgCode: null, pieceNo: 1 }).charCodeAt(7)).toBe(0xb7);
    expect(archivalCode({ fondsCode: '', year: 2026, retention: 'Y', orgCode: null, pieceNo: 12 })).toBe('□□□□-WS·2026-Y-0012');
  });

  it('refuses impossible parts naming the field', () => {
    expect(() => archivalCode({ fondsCode: '01 94', year: 2016, retention: 'D30', orgCode: null, pieceNo: 1 })).toThrow('全宗号“01 94”不能用于档号');
    expect(() => archivalCode({ fondsCode: '0194', year: 2016, retention: 'D30', orgCode: 'BGSX', pieceNo: 1 })).toThrow('机构（问题）代码“BGSX”不正确');
    expect(() => archivalCode({ fondsCode: '0194', year: 2016, retention: 'D30', orgCode: null, pieceNo: 10000 })).toThrow('件号“10000”不正确');
  });

  it('numbers manual items from 0001 in each lowest category, the org scheme included', async () => {
    const app = await withFonds();
    const codes = [];
    for (const over of [{}, {}, { retention: 'Y' }, { year: 2017 }, {}, { retention: 'Y' }]) codes.push((await app.ok<Item>('archive.createManual', paper(over))).archivalCode);
    expect(codes).toEqual(['0194-WS·2016-D30-0001', '0194-WS·2016-D30-0002', '0194-WS·2016-Y-0001', '0194-WS·2017-D30-0001', '0194-WS·2016-D30-0003', '0194-WS·2016-Y-0002']);
    await app.ok('archive.saveScheme', { withOrg: true });
    await app.ok('archive.saveOrg', { code: 'BGS', name: '办公室' });
    await app.ok('archive.saveOrg', { code: 'QYB', name: '权益部' });
    expect((await app.ok<Item>('archive.createManual', paper({ orgCode: 'BGS' }))).archivalCode).toBe('0194-WS·2016-D30-BGS-0001');
    expect((await app.ok<Item>('archive.createManual', paper({ orgCode: 'qyb' }))).archivalCode).toBe('0194-WS·2016-D30-QYB-0001');
    expect((await app.ok<Item>('archive.createManual', paper({ orgCode: 'BGS' }))).archivalCode).toBe('0194-WS·2016-D30-BGS-0002');
  });

  it('a voided item keeps its number, shows 作废 in the 目录, and the number is never given again', async () => {
    const app = await withFonds();
    const first = await app.ok<Item>('archive.createManual', paper());
    const second = await app.ok<Item>('archive.createManual', paper({ title: '工作计划', docKind: '计划' }));
    const voided = await app.ok<Item>('archive.void', { id: second.id, reason: '重复登记' });
    expect(voided).toMatchObject({ archivalCode: '0194-WS·2016-D30-0002', voided: true });
    const third = await app.ok<Item>('archive.createManual', paper({ title: '年度总结', docKind: '总结' }));
    expect(third.archivalCode).toBe('0194-WS·2016-D30-0003');
    const catalog = await app.ok<{ sections: Array<{ rows: Array<{ 序号: number; 档号: string; 备注: string; 作废: boolean }> }> }>('archive.catalog', { year: 2016 });
    expect(catalog.sections[0]!.rows.map((r) => [r.档号, r.作废, r.备注])).toEqual([
      [first.archivalCode, false, ''],
      ['0194-WS·2016-D30-0002', true, '作废；重复登记'],
      ['0194-WS·2016-D30-0003', false, ''],
    ]);
    expect((await app.call('archive.void', { id: second.id, reason: '再次' })) as unknown).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
  });

  it('freezes the 档号 parts in the database itself, and items are never deleted', async () => {
    const app = await withFonds();
    const item = await app.ok<Item>('archive.createManual', paper());
    await expect(app.db.updateTable('archive_item').set({ piece_no: 7 }).where('id', '=', item.id).execute()).rejects.toThrow('档号一经确定不能更改');
    await expect(app.db.updateTable('archive_item').set({ retention: 'Y' }).where('id', '=', item.id).execute()).rejects.toThrow('档号一经确定不能更改');
    await expect(app.db.deleteFrom('archive_item').where('id', '=', item.id).execute()).rejects.toThrow('只能作废');
    // What may change, changes; the 档号 stays.
    const edited = await app.ok<Item & { title: string }>('archive.update', { id: item.id, item: { title: '关于开展“三八”节活动的通知', selfTitled: false, responsible: '幸福里社区妇联', docNumber: '幸妇〔2016〕3号', date: '2016-03-01', secrecy: '', pages: 3, note: '' } });
    expect(edited).toMatchObject({ archivalCode: '0194-WS·2016-D30-0001', title: '关于开展“三八”节活动的通知' });
  });

  it('a blank 全宗号 shows as missing in the 档号, never invented, and is filled in once the archive assigns one', async () => {
    const app = await openAppLike();
    expect(await app.call('archive.fillMissingFonds')).toMatchObject({ ok: false, error: { message: expect.stringContaining('基本信息中还没有全宗号') } });
    const item = await app.ok<Item>('archive.createManual', paper());
    expect(item.archivalCode).toBe('□□□□-WS·2016-D30-0001');
    await app.ok('archive.createBox', { year: 2016, retention: 'D30' });
    // Only a missing 全宗号 may be filled: every other part stays frozen.
    await expect(app.db.updateTable('archive_item').set({ fonds_code: '0194', archival_code: '0194-WS·2016-D30-0009' }).where('id', '=', item.id).execute()).resolves.toBeDefined();
    await expect(app.db.updateTable('archive_item').set({ fonds_code: '0195' }).where('id', '=', item.id).execute()).rejects.toThrow('档号一经确定不能更改');
    const fresh = await openAppLike();
    const blank = await fresh.ok<Item>('archive.createManual', paper());
    await fresh.ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '0194', contact: '', phone: '' });
    expect(await fresh.ok('archive.fillMissingFonds')).toEqual({ fondsCode: '0194', items: 1, boxes: 0 });
    expect(await fresh.ok('archive.get', { id: blank.id })).toMatchObject({ archivalCode: '0194-WS·2016-D30-0001', pieceNo: 1 });
    expect(await fresh.ok<Item[]>('archive.list', { query: '0194-WS·2016' })).toHaveLength(1);
    // Numbered both ways in one category: refused, nothing changed.
    await fresh.db.updateTable('branch_info').set({ fonds_code: '' }).execute();
    const again = await fresh.ok<Item>('archive.createManual', paper());
    expect(again.archivalCode).toBe('□□□□-WS·2016-D30-0001');
    await fresh.db.updateTable('branch_info').set({ fonds_code: '0194' }).execute();
    expect(await fresh.call('archive.fillMissingFonds')).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('档号 0194-WS·2016-D30-0001 已经存在') } });
    expect(await fresh.ok('archive.get', { id: again.id })).toMatchObject({ archivalCode: '□□□□-WS·2016-D30-0001' });
  });

  it('two filings at once on two connections never share a number', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const a = await openDatabase(path);
    const b = await openDatabase(path);
    onTestFinished(async () => {
      await a.close().catch(() => undefined);
      await b.close().catch(() => undefined);
    });
    const ctxOf = (db: typeof a): AppContext => ({ db: db.db, dbPath: path, now: () => new Date('2026-11-29T08:00:00+08:00') });
    await dispatch(apiTable, ctxOf(a), 'settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '0194', contact: '', phone: '' });
    const create = (db: typeof a, n: number) => dispatch(apiTable, ctxOf(db), 'archive.createManual', paper({ title: `通知${n}` }));
    const answers = await Promise.all(Array.from({ length: 40 }, (_, n) => create(n % 2 ? a : b, n)));
    expect(answers.every((x) => x.ok)).toBe(true);
    const numbers = (await a.db.selectFrom('archive_item').select('piece_no').orderBy('piece_no').execute()).map((r) => r.piece_no);
    expect(numbers).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
  });
});

describe('bad input: a Chinese message naming the field, nothing written', () => {
  it('a 全宗号 with spaces in 基本信息 (older data), a 4-letter 机构 code, an unknown 机构, a code without the org scheme', async () => {
    const app = await withFonds();
    const count = async () => Number((await sql<{ n: number }>`select count(*) as n from archive_item`.execute(app.db)).rows[0]!.n);
    await app.db.updateTable('branch_info').set({ fonds_code: '01 94' }).execute();
    expect(await app.call('archive.createManual', paper())).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('全宗号“01 94”不能用于档号') } });
    await app.db.updateTable('branch_info').set({ fonds_code: '0194' }).execute();
    expect(await app.call('archive.saveOrg', { code: 'BGSX', name: '办公室' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('机构（问题）代码“BGSX”不正确') } });
    expect(await app.call('archive.createManual', paper({ orgCode: 'BGS' }))).toMatchObject({ ok: false, error: { message: expect.stringContaining('不用机构（问题）代码') } });
    await app.ok('archive.saveScheme', { withOrg: true });
    expect(await app.call('archive.createManual', paper())).toMatchObject({ ok: false, error: { message: expect.stringContaining('请选择机构（问题）') } });
    expect(await app.call('archive.createManual', paper({ orgCode: 'ZZZ' }))).toMatchObject({ ok: false, error: { message: expect.stringContaining('“ZZZ”不在机构（问题）列表中') } });
    expect(await app.call('archive.createManual', paper({ orgCode: 'AB CD' }))).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await app.call('archive.createManual', paper({ retention: 'D20' }))).toMatchObject({ ok: false, error: { message: expect.stringContaining('保管期限') } });
    expect(await count()).toBe(0);
  });

  it('only 只读 reading: every archive write is FORBIDDEN to a 只读 operator', async () => {
    const app = await withFonds();
    const item = await app.ok<Item>('archive.createManual', paper());
    await app.ok('operators.save', { name: '王主席', role: '管理员' });
    const zhao = await app.ok<{ id: number }>('operators.save', { name: '赵只读', role: '只读' });
    await app.ok('session.unlock', { operatorId: zhao.id });
    await app.ok('archive.list', {});
    await app.ok('archive.get', { id: item.id });
    await app.ok('archive.check', { year: 2016 });
    await app.ok('archive.catalog', { year: 2016 });
    for (const [method, args] of [
      ['archive.createManual', paper()],
      ['archive.file', { source: { type: 'meeting', id: 1 } }],
      ['archive.void', { id: item.id, reason: 'x' }],
      ['archive.createBox', { year: 2016, retention: 'D30' }],
      ['archive.saveScheme', { withOrg: true }],
      ['archive.exportPackage', { year: 2016, outDir: tempDir() }],
    ] as const) {
      expect(await app.call(method, args), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
  });
});
