import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
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
