import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { openAppLike } from '../audit/testing';
import { addMembers } from './roster-fixture';

describe('zones (片区/网格)', () => {
  it('adds, renames, lists in order with member counts, and reorders', async () => {
    const { ctx } = await openTempDatabase();
    const call = (method: string, input?: unknown) => dispatch(apiTable, ctx, `members.${method}`, input);
    const a = await call('saveZone', { name: ' 第一网格 ' });
    const b = await call('saveZone', { name: '第二网格' });
    expect(a).toEqual({ ok: true, value: { id: 1 } });
    expect(b).toEqual({ ok: true, value: { id: 2 } });
    await addMembers(ctx, [{ name: '李红', zoneId: 2 }]);
    expect(await call('saveZone', { id: 1, name: '第二网格' })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '已有名为“第二网格”的片区' } });
    expect(await call('saveZone', { id: 1, name: '一网格' })).toEqual({ ok: true, value: { id: 1 } });
    expect(await call('saveZone', { name: '' })).toMatchObject({ ok: false, error: { message: '请填写片区名称' } });
    expect(await call('listZones')).toEqual({
      ok: true,
      value: [
        { id: 1, name: '一网格', sortOrder: 1, memberCount: 0 },
        { id: 2, name: '第二网格', sortOrder: 2, memberCount: 1 },
      ],
    });
    const reordered = await call('reorderZones', { ids: [2, 1] });
    expect(reordered).toMatchObject({ ok: true, value: [{ id: 2, sortOrder: 1 }, { id: 1, sortOrder: 2 }] });
    expect(await call('reorderZones', { ids: [2] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('refuses to delete a zone that members are filed under, saying how many; deletes an empty one', async () => {
    const { ctx, db } = await openTempDatabase();
    const call = (method: string, input?: unknown) => dispatch(apiTable, ctx, `members.${method}`, input);
    await call('saveZone', { name: '东区' });
    await call('saveZone', { name: '西区' });
    const ids = await addMembers(ctx, [{ name: '甲', zoneId: 1 }, { name: '乙', zoneId: 1 }, { name: '丙', zoneId: 1 }]);
    await db.updateTable('member').set({ deleted_at: 'x' }).where('id', '=', ids[2]!).execute();
    expect(await call('deleteZone', { id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '片区“东区”中还有3名成员（其中1名在回收站中），不能删除。请先把这些成员改到其他片区。' },
    });
    expect(await db.selectFrom('zone').select('name').orderBy('id').execute()).toEqual([{ name: '东区' }, { name: '西区' }]);
    expect(await call('deleteZone', { id: 2 })).toEqual({ ok: true, value: { id: 2 } });
    expect(await call('deleteZone', { id: 2 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('zone changes in the 操作日志', () => {
  type Row = Awaited<ReturnType<Awaited<ReturnType<typeof openAppLike>>['auditRows']>>[number];
  const rowsOf = (rows: Row[]) => rows.map((r) => [r.action, r.entity_type, r.entity_id, r.label, r.before_json, r.after_json, r.detail]);

  it('records adding, renaming, reordering and deleting a zone', async () => {
    const { ok, auditRows } = await openAppLike();
    await ok('members.saveZone', { name: '东区' });
    await ok('members.saveZone', { name: '西区' });
    await ok('members.saveZone', { id: 1, name: '东片' });
    await ok('members.saveZone', { id: 1, name: '东片' }); // unchanged: nothing to log
    await ok('members.reorderZones', { ids: [2, 1] });
    await ok('members.deleteZone', { id: 2 });
    expect(rowsOf(await auditRows())).toEqual([
      ['create', 'zone', 1, '东区', null, '{"片区名称":"东区"}', ''],
      ['create', 'zone', 2, '西区', null, '{"片区名称":"西区"}', ''],
      ['update', 'zone', 1, '东片', '{"片区名称":"东区"}', '{"片区名称":"东片"}', ''],
      ['update', 'zone', null, '片区顺序', null, null, '调整片区顺序：西区、东片'],
      ['delete', 'zone', 2, '西区', '{"片区名称":"西区"}', null, ''],
    ]);
  });

  it('a refused zone change leaves no audit row', async () => {
    const { ok, call, ctx, auditRows } = await openAppLike();
    await ok('members.saveZone', { name: '东区' });
    await addMembers(ctx, [{ name: '甲', zoneId: 1 }]);
    const before = (await auditRows()).length;
    expect(await call('members.deleteZone', { id: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('members.saveZone', { name: '东区' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('members.reorderZones', { ids: [1, 9] })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await auditRows()).toHaveLength(before);
    expect(await ctx.db.selectFrom('zone').select('name').execute()).toEqual([{ name: '东区' }]);
  });
});
