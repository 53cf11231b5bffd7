import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import { addMembers, makeIdNumber } from './roster-fixture';
import { searchMembers } from './search';

async function roster() {
  const { ctx, db } = await openTempDatabase();
  const [east, west] = await Promise.all([
    db.insertInto('zone').values({ name: '东区', sort_order: 2, created_at: 'x' }).returning('id').executeTakeFirstOrThrow(),
    db.insertInto('zone').values({ name: '西区', sort_order: 1, created_at: 'x' }).returning('id').executeTakeFirstOrThrow(),
  ]);
  const ids = await addMembers(ctx, [
    { name: '张海丽', birthDate: '1975-03-08', phone: '13812345678', currentAddress: '幸福里小区3栋', zoneId: east.id, education: '20', roles: ['执委'], tags: ['困难妇女'], joinedOn: '2020-01-01' },
    { name: '李红', birthDate: '1990-06-01', phone: '13900001111', currentAddress: '和平路8号', zoneId: west.id, education: '70', political: '01' },
    { name: '王海燕', birthDate: '1950-12-31', zoneId: east.id, roles: ['妇女代表'], joinedOn: '2019-05-05' },
    { name: '艾米', birthDate: '2010-01-01' },
  ]);
  return { ctx, db, ids, east: east.id, west: west.id };
}

const names = async (ctx: AppContext, params: Parameters<typeof searchMembers>[1]) =>
  (await searchMembers(ctx, params)).rows.map((r) => r.name);

describe('roster search', () => {
  it('finds by name substring, full pinyin and initials from 1 character; ID tail, phone tail and address from 3', async () => {
    const { ctx } = await roster();
    expect(await names(ctx, { query: '海' })).toEqual(['王海燕', '张海丽']);
    expect(await names(ctx, { query: '海丽' })).toEqual(['张海丽']);
    expect(await names(ctx, { query: 'zhanghaili' })).toEqual(['张海丽']);
    expect(await names(ctx, { query: 'ZHL' })).toEqual(['张海丽']);
    expect(await names(ctx, { query: 'whY' })).toEqual(['王海燕']);
    const tail = makeIdNumber('1975-03-08', 2).slice(-4);
    expect(await names(ctx, { query: tail })).toEqual(['张海丽']);
    expect(await names(ctx, { query: '1111' })).toEqual(['李红']);
    expect(await names(ctx, { query: '和平路' })).toEqual(['李红']);
    expect(await names(ctx, { query: '区３栋' })).toEqual(['张海丽']); // full-width digit normalized
    // 1–2 characters match 姓名/拼音/首字母 only: addresses, ID and phone need 3+ (DESIGN §5 speed at 100,000).
    expect(await names(ctx, { query: '３栋' })).toEqual([]);
    expect(await names(ctx, { query: '56' })).toEqual([]);
    expect(await names(ctx, { query: 'li' })).toEqual(['李红', '张海丽']);
    expect(await names(ctx, { query: '不存在的人' })).toEqual([]);
    expect(await names(ctx, { query: '%' })).toEqual([]);
    expect(await names(ctx, { query: '"a' })).toEqual([]);
  });

  it('lists rows masked, with age as of the date, codes shown as names, roles and tags', async () => {
    const { ctx } = await roster();
    const { total, rows } = await searchMembers(ctx, { query: 'zhl', asOf: '2026-03-07' });
    expect(total).toBe(1);
    expect(rows[0]).toMatchObject({
      name: '张海丽', age: 50, sex: '女', zoneName: '东区', phoneMasked: '138****5678', education: '大学本科',
      political: '', roles: ['执委'], tags: ['困难妇女'], status: '在册',
    });
    expect(rows[0]!.idNumberMasked).toMatch(/^1\*{16}[\dX]$/);
    expect((await searchMembers(ctx, { query: 'zhl', asOf: '2026-03-08' })).rows[0]!.age).toBe(51);
  });

  it('filters by zone, role, tag, age band, education, political status', async () => {
    const { ctx, east } = await roster();
    const asOf = '2026-11-29';
    expect(await names(ctx, { filters: { zoneId: east, status: '在册' } })).toEqual(['王海燕', '张海丽']);
    expect(await names(ctx, { filters: { role: '妇女代表', status: '在册' } })).toEqual(['王海燕']);
    expect(await names(ctx, { filters: { tag: '困难妇女', status: '在册' } })).toEqual(['张海丽']);
    expect(await names(ctx, { asOf, filters: { ageBand: '45plus', status: '在册' } })).toEqual(['王海燕', '张海丽']);
    expect(await names(ctx, { asOf, filters: { ageBand: '45-54', status: '在册' } })).toEqual(['张海丽']);
    expect(await names(ctx, { asOf, filters: { ageBand: '65plus', status: '在册' } })).toEqual(['王海燕']);
    expect(await names(ctx, { asOf, filters: { ageBand: 'under18', status: '在册' } })).toEqual(['艾米']);
    expect(await names(ctx, { filters: { education: '70', status: '在册' } })).toEqual(['李红']);
    expect(await names(ctx, { filters: { political: '01', status: '在册' } })).toEqual(['李红']);
    expect(await names(ctx, { query: '海', filters: { zoneId: east, role: '执委', status: '在册' } })).toEqual(['张海丽']);
  });

  it('age band edges follow the birthday: 45 on the day, not the day before', async () => {
    const { ctx } = await openTempDatabase();
    await addMembers(ctx, [{ name: '刚满', birthDate: '1981-11-29' }, { name: '差一天', birthDate: '1981-11-30' }]);
    expect(await names(ctx, { asOf: '2026-11-29', filters: { ageBand: '45-54', status: '在册' } })).toEqual(['刚满']);
    expect(await names(ctx, { asOf: '2026-11-29', filters: { ageBand: '35-44', status: '在册' } })).toEqual(['差一天']);
  });

  it('sorts by pinyin name, age, zone, joined date and ID tail, both ways', async () => {
    const { ctx } = await roster();
    expect(await names(ctx, {})).toEqual(['艾米', '李红', '王海燕', '张海丽']);
    expect(await names(ctx, { sort: { field: 'name', order: 'desc' } })).toEqual(['张海丽', '王海燕', '李红', '艾米']);
    expect(await names(ctx, { sort: { field: 'age', order: 'asc' } })).toEqual(['艾米', '李红', '张海丽', '王海燕']);
    expect(await names(ctx, { sort: { field: 'age', order: 'desc' } })).toEqual(['王海燕', '张海丽', '李红', '艾米']);
    // 西区 is first in the zone order; members without a zone come last.
    expect(await names(ctx, { sort: { field: 'zone', order: 'asc' } })).toEqual(['李红', '王海燕', '张海丽', '艾米']);
    expect(await names(ctx, { sort: { field: 'joinedOn', order: 'asc' } })).toEqual(['王海燕', '张海丽', '李红', '艾米']);
    // By the character the mask shows, then name: never by the hidden digits.
    const byTail = (await searchMembers(ctx, { sort: { field: 'idTail', order: 'asc' } })).rows.map((r) => r.idNumberMasked.slice(-1));
    expect(byTail).toEqual([...byTail].sort());
    const desc = (await searchMembers(ctx, { sort: { field: 'idTail', order: 'desc' } })).rows.map((r) => r.idNumberMasked.slice(-1));
    expect(desc).toEqual([...byTail].reverse());
  });

  it('matches digits at the END of the 身份证号 or phone only, never in the hidden middle (issue 11)', async () => {
    const { ctx } = await openTempDatabase();
    const id = makeIdNumber('1976-09-01', 2, '110105'); // 110105 19760901 002c: "7609" sits in the hidden middle
    await addMembers(ctx, [
      { name: '中间', birthDate: '1976-09-01', phone: '13876091234', idNumber: id },
      { name: '末尾', birthDate: '1980-01-01', phone: '13900007609' },
      { name: '楼栋', birthDate: '1981-01-01', building: '7609室' },
    ]);
    expect(id.slice(8, 12)).toBe('7609');
    expect(await names(ctx, { query: '7609' })).toEqual(['楼栋', '末尾']);
    expect(await names(ctx, { query: '19760901' })).toEqual([]);
    expect(await names(ctx, { query: '110105' })).toEqual([]);
    expect(await names(ctx, { query: id.slice(-4) })).toEqual(['中间']);
    expect(await names(ctx, { query: id.slice(-6).toLowerCase() })).toEqual(['中间']);
    expect(await names(ctx, { query: id })).toEqual(['中间']);
    expect(await names(ctx, { query: '1234' })).toEqual(['中间']);
  });

  it('pages with offset and limit and reports the total', async () => {
    const { ctx } = await openTempDatabase();
    await addMembers(ctx, Array.from({ length: 25 }, (_, i) => ({ name: `测试${String(i).padStart(2, '0')}`, birthDate: '1980-01-01' })));
    const first = await searchMembers(ctx, { limit: 10, offset: 0 });
    const third = await searchMembers(ctx, { limit: 10, offset: 20 });
    expect(first.total).toBe(25);
    expect(first.rows.map((r) => r.name)).toEqual(Array.from({ length: 10 }, (_, i) => `测试${String(i).padStart(2, '0')}`));
    expect(third.rows.map((r) => r.name)).toEqual(['测试20', '测试21', '测试22', '测试23', '测试24']);
  });

  it('leaves out deleted members always, and members not 在册 unless asked', async () => {
    const { ctx, db, ids } = await roster();
    await dispatch(apiTable, ctx, 'members.changeStatus', { id: ids[1]!, status: '迁出', date: '2026-01-01', reason: '搬家' });
    await db.updateTable('member').set({ deleted_at: '2026-02-02T00:00:00Z' }).where('id', '=', ids[3]!).execute();
    expect(await names(ctx, {})).toEqual(['王海燕', '张海丽']);
    expect(await names(ctx, { filters: { status: '迁出' } })).toEqual(['李红']);
    expect(await names(ctx, { filters: { status: '全部' } })).toEqual(['李红', '王海燕', '张海丽']);
    expect(await names(ctx, { query: 'aimi', filters: { status: '全部' } })).toEqual([]);
  });

  it('answers members.list through the API table and refuses bad input in Chinese', async () => {
    const { ctx } = await roster();
    const ok = await dispatch(apiTable, ctx, 'members.list', { query: 'lh', limit: 5 });
    expect(ok).toMatchObject({ ok: true, value: { total: 1, rows: [{ name: '李红' }] } });
    const bad = await dispatch(apiTable, ctx, 'members.list', { filters: { ageBand: '100+' } });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('年龄段') } });
  });
});
