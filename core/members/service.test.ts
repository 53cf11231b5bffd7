import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';

const base = { name: '张海丽', idNumber: '11010519491231002x', phone: '13812345678', roles: ['执委'], tags: ['困难妇女'] };

describe('member records', () => {
  it('derives birth date and sex from the ID, stores codes, roles, tags, search text and the first status event', async () => {
    const { ctx, db } = await openTempDatabase();
    const created = await dispatch(apiTable, ctx, 'members.create', { ...base, education: '20', joinedOn: '2020-05-01' });
    expect(created).toEqual({ ok: true, value: { id: 1, warnings: [] } });
    const row = await db.selectFrom('member').selectAll().executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      name: '张海丽', id_number: '11010519491231002X', birth_date: '1949-12-31', sex: '女', education: '20', status: '在册',
    });
    expect(row.search_text).toContain('zhanghaili');
    expect(row.search_text).toContain('zhl');
    expect(await db.selectFrom('member_role').selectAll().execute()).toEqual([{ member_id: 1, role: '执委' }]);
    expect(await db.selectFrom('member_tag').selectAll().execute()).toEqual([{ member_id: 1, tag: '困难妇女' }]);
    expect(await db.selectFrom('member_status_event').select(['status', 'date']).execute()).toEqual([{ status: '在册', date: '2020-05-01' }]);
  });

  it('refuses a second member with the same ID, naming the existing one, and writes nothing', async () => {
    const { ctx, db } = await openTempDatabase();
    await dispatch(apiTable, ctx, 'members.create', base);
    const again = await dispatch(apiTable, ctx, 'members.create', { ...base, name: '李红', idNumber: '110105491231002' });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('已登记为“张海丽”（编号 1）') } });
    expect(await db.selectFrom('member').select('name').execute()).toEqual([{ name: '张海丽' }]);
  });

  it('refuses a wrong check character with the validator’s message and writes nothing', async () => {
    const { ctx, db } = await openTempDatabase();
    const bad = await dispatch(apiTable, ctx, 'members.create', { ...base, idNumber: '110105194912310021' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('校验位不符') } });
    expect(await db.selectFrom('member').selectAll().execute()).toEqual([]);
  });

  it('warns, without refusing, about the same name and birth date', async () => {
    const { ctx } = await openTempDatabase();
    await dispatch(apiTable, ctx, 'members.create', base);
    // Same person typed with a different (valid) ID number: same name, same birth date.
    const twin = await dispatch(apiTable, ctx, 'members.create', { ...base, idNumber: '110105194912310046' });
    expect(twin).toMatchObject({ ok: true, value: { id: 2, warnings: [expect.stringContaining('同名同出生日期的“张海丽”（编号 1）')] } });
  });

  it('updates a member, replacing roles and tags, and keeps the ID unique', async () => {
    const { ctx, db } = await openTempDatabase();
    await dispatch(apiTable, ctx, 'members.create', base);
    await dispatch(apiTable, ctx, 'members.create', { ...base, name: '王芳', idNumber: '440524188001010022' });
    const updated = await dispatch(apiTable, ctx, 'members.update', { id: 1, member: { ...base, roles: ['妇女代表'], tags: [] } });
    expect(updated.ok).toBe(true);
    expect(await db.selectFrom('member_role').selectAll().where('member_id', '=', 1).execute()).toEqual([{ member_id: 1, role: '妇女代表' }]);
    expect(await db.selectFrom('member_tag').selectAll().where('member_id', '=', 1).execute()).toEqual([]);
    const clash = await dispatch(apiTable, ctx, 'members.update', { id: 2, member: { ...base, name: '王芳' } });
    expect(clash).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const missing = await dispatch(apiTable, ctx, 'members.update', { id: 99, member: base });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('records status changes with date and reason, keeping the history', async () => {
    const { ctx, db } = await openTempDatabase();
    await dispatch(apiTable, ctx, 'members.create', { ...base, joinedOn: '2020-01-01' });
    const noReason = await dispatch(apiTable, ctx, 'members.changeStatus', { id: 1, status: '迁出', date: '2026-03-01', reason: '' });
    expect(noReason).toMatchObject({ ok: false, error: { message: '请填写迁出原因' } });
    const moved = await dispatch(apiTable, ctx, 'members.changeStatus', { id: 1, status: '迁出', date: '2026-03-01', reason: '随子女迁往外地' });
    expect(moved.ok).toBe(true);
    expect(await db.selectFrom('member').select(['status', 'status_date', 'status_reason']).executeTakeFirst()).toEqual({
      status: '迁出', status_date: '2026-03-01', status_reason: '随子女迁往外地',
    });
    const history = await db.selectFrom('member_status_event').select(['status', 'date', 'reason']).orderBy('id').execute();
    expect(history).toEqual([
      { status: '在册', date: '2020-01-01', reason: '入册' },
      { status: '迁出', date: '2026-03-01', reason: '随子女迁往外地' },
    ]);
  });

  it('keeps the ID number and phone when an edit leaves them out, so editing needs no reveal', async () => {
    const { ctx, db } = await openTempDatabase();
    await dispatch(apiTable, ctx, 'members.create', base);
    const { idNumber: _id, phone: _phone, ...rest } = base;
    const edited = await dispatch(apiTable, ctx, 'members.update', { id: 1, member: { ...rest, name: '张海莉' } });
    expect(edited).toMatchObject({ ok: true });
    expect(await db.selectFrom('member').select(['name', 'id_number', 'phone', 'birth_date']).executeTakeFirst()).toEqual({
      name: '张海莉', id_number: '11010519491231002X', phone: '13812345678', birth_date: '1949-12-31',
    });
    const cleared = await dispatch(apiTable, ctx, 'members.update', { id: 1, member: { ...rest, name: '张海莉', phone: '' } });
    expect(cleared).toMatchObject({ ok: true });
    expect(await db.selectFrom('member').select('phone').executeTakeFirst()).toEqual({ phone: '' });
    const gone = await dispatch(apiTable, ctx, 'members.update', { id: 42, member: rest });
    expect(gone).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
