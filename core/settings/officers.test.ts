import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { checkChar } from '../members/idcard';
import { listOfficers } from './officers';

/** A valid women's 身份证号 born in 1970 + n. */
const idFor = (n: number) => {
  const first17 = `110105${1970 + n}0101${String(20 + n).padStart(2, '0')}2`;
  return first17 + checkChar(first17);
};

async function addMember(ctx: Parameters<typeof dispatch>[1], name: string, n: number, roles: string[]) {
  const made = await dispatch(apiTable, ctx, 'members.create', { name, idNumber: idFor(n), roles });
  if (!made.ok) throw new Error(made.error.message);
  return (made.value as { id: number }).id;
}

describe('妇联班子 (officers)', () => {
  it('falls back to the roster’s 主席/副主席/执委 until officers are typed, in role order', async () => {
    const { ctx, db } = await openTempDatabase();
    expect(await listOfficers(db)).toEqual([]);
    const wei = await addMember(ctx, '魏执委', 1, ['执委', '妇女代表']);
    const zhang = await addMember(ctx, '张主席', 2, ['妇联主席']);
    await addMember(ctx, '王代表', 3, ['妇女代表']);
    expect(await listOfficers(db)).toEqual([
      { name: '张主席', role: '妇联主席', memberId: zhang },
      { name: '魏执委', role: '执委', memberId: wei },
    ]);
    const view = await dispatch(apiTable, ctx, 'settings.getOfficers', undefined);
    expect(view).toMatchObject({ ok: true, value: { fromRoster: true } });
  });

  it('saves typed officers in one audited write, sorted 主席 → 副主席 → 执委, kept across reopening', async () => {
    const { ctx, db, path, close } = await openTempDatabase();
    const li = await addMember(ctx, '李红', 1, []);
    const saved = await dispatch(apiTable, ctx, 'settings.saveOfficers', {
      officers: [
        { name: '周执委', role: '执委' },
        { name: ' 李红 ', role: '妇联主席', memberId: li },
        { name: '陈副主席', role: '副主席' },
      ],
    });
    const expected = [
      { name: '李红', role: '妇联主席', memberId: li },
      { name: '陈副主席', role: '副主席', memberId: null },
      { name: '周执委', role: '执委', memberId: null },
    ];
    expect(saved).toEqual({ ok: true, value: { officers: expected, fromRoster: false } });
    const audit = await db.selectFrom('audit_log').selectAll().where('label', '=', '妇联班子').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after_json).toContain('妇联主席：李红');
    await close();
    const reopened = await openDatabase(path);
    expect(await listOfficers(reopened.db)).toEqual(expected);
    await reopened.close();
  });

  it('refuses a bad row with a message naming it and keeps the saved list whole', async () => {
    const { ctx, db } = await openTempDatabase();
    await dispatch(apiTable, ctx, 'settings.saveOfficers', { officers: [{ name: '李红', role: '妇联主席' }] });
    const badRole = await dispatch(apiTable, ctx, 'settings.saveOfficers', { officers: [{ name: '周', role: '书记' }] });
    expect(badRole).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(JSON.stringify(badRole)).toContain('职务只能是妇联主席、副主席或执委');
    const emptyName = await dispatch(apiTable, ctx, 'settings.saveOfficers', { officers: [{ name: '  ', role: '执委' }] });
    expect(JSON.stringify(emptyName)).toContain('请填写姓名');
    const missing = await dispatch(apiTable, ctx, 'settings.saveOfficers', {
      officers: [{ name: '周执委', role: '执委' }, { name: '无此人', role: '执委', memberId: 999 }],
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('妇联班子第2行（无此人）') } });
    expect(await listOfficers(db)).toEqual([{ name: '李红', role: '妇联主席', memberId: null }]);
  });

  it('keeps a typed officer when her member row is purged (member_id set null)', async () => {
    const { ctx, db } = await openTempDatabase();
    const li = await addMember(ctx, '李红', 1, []);
    await dispatch(apiTable, ctx, 'settings.saveOfficers', { officers: [{ name: '李红', role: '妇联主席', memberId: li }] });
    await db.deleteFrom('member_role').where('member_id', '=', li).execute();
    await db.deleteFrom('member_status_event').where('member_id', '=', li).execute();
    await db.deleteFrom('member').where('id', '=', li).execute();
    expect(await listOfficers(db)).toEqual([{ name: '李红', role: '妇联主席', memberId: null }]);
  });
});

describe('first-run wizard state', () => {
  it('shows on an empty file, not once finished or skipped, and not on a file that has a branch name', async () => {
    const { ctx } = await openTempDatabase();
    expect(await dispatch(apiTable, ctx, 'settings.getSetup', undefined)).toEqual({ ok: true, value: { wizard: 'pending', needsWizard: true } });
    await dispatch(apiTable, ctx, 'settings.endWizard', { state: 'skipped' });
    expect(await dispatch(apiTable, ctx, 'settings.getSetup', undefined)).toEqual({ ok: true, value: { wizard: 'skipped', needsWizard: false } });

    const other = await openTempDatabase('b.sqlite');
    await dispatch(apiTable, other.ctx, 'settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
    expect(await dispatch(apiTable, other.ctx, 'settings.getSetup', undefined)).toMatchObject({ ok: true, value: { needsWizard: false } });
    expect(await dispatch(apiTable, other.ctx, 'settings.endWizard', { state: 'maybe' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
