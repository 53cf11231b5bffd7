import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { addMembers, makeIdNumber } from './roster-fixture';

describe('member detail, reveal and the form’s duplicate check', () => {
  it('gets one member in full with codes and names, masked ID and phone, roles, tags, zone and status history', async () => {
    const { ctx, db } = await openTempDatabase();
    const zone = await db.insertInto('zone').values({ name: '东区', created_at: 'x' }).returning('id').executeTakeFirstOrThrow();
    const [id] = await addMembers(ctx, [
      { name: '张海丽', birthDate: '1975-03-08', phone: '13812345678', ethnicity: '01', education: '30', marital: '20', zoneId: zone.id, roles: ['执委'], tags: ['困难妇女'], joinedOn: '2020-01-01', note: '热心' },
    ]);
    await dispatch(apiTable, ctx, 'members.changeStatus', { id, status: '迁出', date: '2026-05-01', reason: '随子女搬迁' });
    const got = await dispatch(apiTable, ctx, 'members.get', { id });
    expect(got).toMatchObject({
      ok: true,
      value: {
        id, name: '张海丽', birthDate: '1975-03-08', age: 51, sex: '女',
        idNumberMasked: '1****************' + makeIdNumber('1975-03-08', 2).slice(-1),
        phoneMasked: '138****5678', ethnicity: { code: '01', name: '汉族' }, education: { code: '30', name: '大学专科' },
        political: { code: null, name: '' }, marital: { code: '20', name: '已婚' }, zone: { id: zone.id, name: '东区' },
        roles: ['执委'], tags: ['困难妇女'], note: '热心', status: '迁出', statusReason: '随子女搬迁',
        statusHistory: [
          { status: '在册', date: '2020-01-01', reason: '入册' },
          { status: '迁出', date: '2026-05-01', reason: '随子女搬迁' },
        ],
      },
    });
    expect(JSON.stringify(got)).not.toContain('13812345678');
    expect(JSON.stringify(got)).not.toContain(makeIdNumber('1975-03-08', 2));
    expect(await dispatch(apiTable, ctx, 'members.get', { id: 999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('reveals the full ID number or phone only when asked for that field', async () => {
    const { ctx, db } = await openTempDatabase();
    const [id] = await addMembers(ctx, [{ name: '李红', birthDate: '1990-06-01', phone: '13900001111' }]);
    expect(await dispatch(apiTable, ctx, 'members.reveal', { id, field: 'idNumber' })).toEqual({
      ok: true, value: { field: 'idNumber', value: makeIdNumber('1990-06-01', 2) },
    });
    expect(await dispatch(apiTable, ctx, 'members.reveal', { id, field: 'phone' })).toEqual({ ok: true, value: { field: 'phone', value: '13900001111' } });
    expect(await dispatch(apiTable, ctx, 'members.reveal', { id, field: 'name' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await db.updateTable('member').set({ deleted_at: 'x' }).execute();
    expect(await dispatch(apiTable, ctx, 'members.reveal', { id, field: 'phone' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('checks a typed ID: validator message, derived fields, conflict naming the holder, warnings', async () => {
    const { ctx } = await openTempDatabase();
    const [id] = await addMembers(ctx, [{ name: '张海丽', birthDate: '1975-03-08' }]);
    const taken = makeIdNumber('1975-03-08', 2);

    const bad = await dispatch(apiTable, ctx, 'members.checkDuplicates', { name: '王芳', idNumber: '110105194912310021' });
    expect(bad).toMatchObject({ ok: true, value: { idError: expect.stringContaining('校验位不符（末位应为X）'), conflict: null } });

    const fine = await dispatch(apiTable, ctx, 'members.checkDuplicates', { name: '王芳', idNumber: '11010519491231002x' });
    expect(fine).toEqual({
      ok: true,
      value: { idError: null, idNumber: '11010519491231002X', birthDate: '1949-12-31', sex: '女', age: 76, converted: false, conflict: null, warnings: [] },
    });

    const clash = await dispatch(apiTable, ctx, 'members.checkDuplicates', { name: '王芳', idNumber: taken.toLowerCase() });
    expect(clash).toMatchObject({ ok: true, value: { conflict: { memberId: id, name: '张海丽', message: expect.stringContaining('已登记为“张海丽”') } } });
    // Editing the holder herself is no conflict.
    expect(await dispatch(apiTable, ctx, 'members.checkDuplicates', { name: '张海丽', idNumber: taken, excludeId: id })).toMatchObject({
      ok: true, value: { conflict: null, warnings: [] },
    });

    const twin = await dispatch(apiTable, ctx, 'members.checkDuplicates', { name: '张 海丽', idNumber: makeIdNumber('1975-03-08', 4) });
    expect(twin).toMatchObject({ ok: true, value: { conflict: null, warnings: [expect.stringContaining('同名同出生日期的“张海丽”')] } });

    const odd = await dispatch(apiTable, ctx, 'members.checkDuplicates', { name: '', idNumber: makeIdNumber('1900-01-01', 1) });
    expect(odd).toMatchObject({ ok: true, value: { sex: '男', warnings: [expect.stringContaining('第17位为奇数'), expect.stringContaining('超过110岁')] } });
  });
});
