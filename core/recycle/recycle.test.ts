import { describe, expect, it } from 'vitest';
import { openAppLike, ZHANG } from '../audit/testing';

type Listed = { total: number; items: { type: string; typeTitle: string; id: number; label: string; deletedBy: string; deletedAt: string }[] };

describe('回收站', () => {
  it('delete is soft: she leaves the roster, waits in the bin with who deleted her, and her ID stays reserved', async () => {
    const { ok, call, db, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    expect(await ok('members.delete', { id })).toEqual({ id, label: '张海丽' });

    expect(await db.selectFrom('member').select(['id', 'deleted_at']).execute()).toEqual([{ id, deleted_at: '2026-11-29T00:00:00.000Z' }]);
    expect(await ok<{ total: number }>('members.list', {})).toMatchObject({ total: 0 });
    expect(await ok<Listed>('recycle.list')).toEqual({
      total: 1,
      items: [{ type: 'member', typeTitle: '成员', id, label: '张海丽', deletedBy: '管理员', deletedAt: '2026-11-29T00:00:00.000Z' }],
    });
    const again = await call('members.create', { ...ZHANG, name: '李红' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('在回收站中') } });

    const deleted = (await auditRows()).find((r) => r.action === 'delete')!;
    expect(deleted).toMatchObject({ entity_type: 'member', entity_id: id, label: '张海丽', detail: '移入回收站' });
    expect(JSON.parse(deleted.before_json!)).toMatchObject({ 身份证号: '1****************X' });
  });

  it('restore brings her back into the roster with her ID number, and is audited', async () => {
    const { ok, call, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    await ok('members.delete', { id });
    expect(await ok('recycle.restore', { type: 'member', id })).toEqual({ id, label: '张海丽' });
    expect(await ok<{ total: number }>('members.list', {})).toMatchObject({ total: 1 });
    expect(await ok('members.reveal', { id, field: 'idNumber' })).toMatchObject({ value: ZHANG.idNumber });
    expect(await ok<Listed>('recycle.list')).toEqual({ total: 0, items: [] });
    expect((await auditRows()).map((r) => r.action)).toEqual(['create', 'delete', 'restore', 'reveal']);
    const twice = await call('recycle.restore', { type: 'member', id });
    expect(twice).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('回收站中没有') } });
  });

  it('purge removes her for good, only from the bin, keeps a masked audit row', async () => {
    const { ok, call, db, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    const notInBin = await call('recycle.purge', { type: 'member', id });
    expect(notInBin).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('只有回收站中的记录可以彻底删除') } });
    await ok('members.delete', { id });
    await ok('recycle.purge', { type: 'member', id });
    expect(await db.selectFrom('member').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('member_role').selectAll().execute()).toEqual([]);
    const purge = (await auditRows()).find((r) => r.action === 'purge')!;
    expect(purge).toMatchObject({ entity_id: id, label: '张海丽' });
    expect(purge.before_json).toContain('1****************X');
    expect(purge.before_json).not.toContain(ZHANG.idNumber);
    // The ID number is free again.
    await ok('members.create', ZHANG);
  });

  it('refuses to purge a member named in a meeting record, and keeps everything', async () => {
    const { ok, call, db } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    const type = await db.selectFrom('meeting_type').select('id').executeTakeFirstOrThrow();
    const now = '2026-11-01T00:00:00.000Z';
    await db
      .insertInto('meeting')
      .values({ type_id: type.id, title: '十一月执委会议', date: '2026-11-01', host_member_id: id, host_name: '张海丽', search_text: '', created_at: now, updated_at: now })
      .execute();
    await ok('members.delete', { id });
    const refused = await call('recycle.purge', { type: 'member', id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('2026-11-01“十一月执委会议”') } });
    expect(await db.selectFrom('member').select('id').execute()).toEqual([{ id }]);
  });

  it('answers an unknown record type in Chinese', async () => {
    const { call } = await openAppLike();
    expect(await call('recycle.restore', { type: 'nothing', id: 1 })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '回收站不支持这类记录（nothing）' },
    });
  });
});
