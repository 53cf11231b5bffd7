import { describe, expect, it } from 'vitest';
import { apiTable } from '../api';
import { methodNames } from '../api/dispatch';
import { openAppLike, ZHANG } from '../audit/testing';
import { hashPassword, verifyPassword } from './password';

type State = { locked: boolean; lockEnabled: boolean; operator: { name: string; role: string } | null };

/** An app with 王主席 (管理员, password 1234), 李录入 (录入员) and 赵只读 (只读), signed in as 王主席. */
async function officeWithOperators() {
  const app = await openAppLike();
  const wang = await app.ok<{ id: number }>('operators.save', { name: '王主席', role: '管理员' });
  const li = await app.ok<{ id: number }>('operators.save', { name: '李录入', role: '录入员' });
  const zhao = await app.ok<{ id: number }>('operators.save', { name: '赵只读', role: '只读' });
  await app.ok('operators.setPassword', { id: wang.id, password: '1234' });
  return { ...app, wang: wang.id, li: li.id, zhao: zhao.id };
}

describe('operators and roles', () => {
  it('with no operators the app is the implicit 管理员 and does not lock', async () => {
    const { ok } = await openAppLike();
    expect(await ok<State>('session.state')).toMatchObject({ locked: false, lockEnabled: false, operator: { name: '管理员', role: '管理员' } });
    await ok('session.lock');
    expect(await ok<State>('session.state')).toMatchObject({ locked: false });
    await ok('members.create', ZHANG);
  });

  it('the first operator must be a 管理员, and the one who made her carries on as her (no lock screen)', async () => {
    const { call, ok } = await openAppLike();
    expect(await call('operators.save', { name: '赵只读', role: '只读' })).toMatchObject({ ok: false, error: { message: '第一位操作员必须是管理员' } });
    const { id } = await ok<{ id: number }>('operators.save', { name: '王主席', role: '管理员' });
    await ok('operators.setPassword', { id, password: '1234' });
    expect(await ok<State>('session.state')).toMatchObject({ locked: false, lockEnabled: true, operator: { name: '王主席' } });
  });

  it('keeps at least one 管理员 and refuses duplicate names', async () => {
    const { call, wang } = await officeWithOperators();
    expect(await call('operators.remove', { id: wang })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('至少要保留一位管理员') } });
    expect(await call('operators.save', { id: wang, name: '王主席', role: '录入员' })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('operators.save', { name: '李录入', role: '只读' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('已有名为“李录入”的操作员') } });
  });

  it('a 只读 operator is refused every write in core (FORBIDDEN, Chinese), and nothing is written', async () => {
    const { ok, call, db, zhao } = await officeWithOperators();
    await ok('session.unlock', { operatorId: zhao });
    const refused = await call('members.create', ZHANG);
    expect(refused).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '当前操作员“赵只读”（只读）没有权限执行此操作，需要录入员或管理员。' },
    });
    expect(await call('settings.saveBranchInfo', { name: '某社区妇联', street: '', fondsCode: '', contact: '', phone: '' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await db.selectFrom('member').selectAll().execute()).toEqual([]);
    expect(await db.selectFrom('branch_info').selectAll().execute()).toEqual([]);
    // Reads still work.
    expect(await call('settings.getBranchInfo')).toMatchObject({ ok: true });
    expect(await call('recycle.list')).toMatchObject({ ok: true });
  });

  it('full ID numbers (reveal, export) and admin methods need a 管理员; the 录入员 may still write', async () => {
    const { ok, call, li, auditRows } = await officeWithOperators();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    await ok('session.unlock', { operatorId: li });
    await ok('members.update', { id, member: { ...ZHANG, note: '录入员改的' } });
    expect(await call('members.reveal', { id, field: 'idNumber' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '查看完整身份证号需要管理员权限，当前操作员“李录入”是录入员。' },
    });
    expect(await call('members.exportRoster', { fullIdNumbers: true })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await call('members.exportRoster', {})).toMatchObject({ ok: true });
    expect(await call('members.reveal', { id, field: 'phone' })).toMatchObject({ ok: true });
    for (const method of ['operators.list', 'audit.list', 'recycle.purge', 'backup.restore']) {
      expect((await call(method, {})).ok, method).toBe(false);
    }
    const rows = await auditRows();
    expect(rows.filter((r) => r.action === 'reveal').map((r) => r.detail)).toEqual(['查看完整联系电话']);
    expect(rows.find((r) => r.detail === '录入员改的' || r.after_json?.includes('录入员改的'))).toMatchObject({ operator_name: '李录入' });
  });
});

describe('the app lock', () => {
  it('starts locked once a password exists; every method but session.*/startup.* and access.labels is refused while locked', async () => {
    const { ctx, call, ok, db } = await officeWithOperators();
    ctx.session!.reset(); // as at the next start
    expect(await ok<State>('session.state')).toMatchObject({ locked: true, lockEnabled: true, operator: null });
    const names = methodNames(apiTable);
    expect(names.length).toBeGreaterThan(30);
    const always = (m: string) => {
      const [mod, name] = m.split('.') as [keyof typeof apiTable, string];
      return (apiTable[mod] as Record<string, { access: string }>)[name]!.access === 'always';
    };
    // access.labels only says which role may call what: no data, so the lock screen may ask too.
    expect(names.filter(always).every((m) => m.startsWith('session.') || m.startsWith('startup.') || m === 'access.labels')).toBe(true);
    for (const method of names.filter((m) => !always(m))) {
      const answer = await call(method, undefined);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'LOCKED', message: '程序已锁定，请先选择操作员并输入密码解锁。' } });
    }
    expect(await db.selectFrom('audit_log').select('action').where('action', 'in', ['export', 'backup', 'print']).execute()).toEqual([]);
  });

  it('unlocks with the right password only; a wrong one gets a Chinese message', async () => {
    const { ok, call, wang, zhao } = await officeWithOperators();
    await ok('session.lock');
    expect(await call('settings.getBranchInfo')).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('session.unlock', { operatorId: wang, password: '4321' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: '密码不正确，请重新输入“王主席”的密码。' },
    });
    expect(await call('session.unlock', { operatorId: wang })).toMatchObject({ ok: false, error: { message: '请输入密码' } });
    expect(await ok<State>('session.state')).toMatchObject({ locked: true });
    expect(await ok<State>('session.unlock', { operatorId: wang, password: '1234' })).toMatchObject({ locked: false, operator: { name: '王主席' } });
    expect(await call('settings.getBranchInfo')).toMatchObject({ ok: true });
    // An operator without a password is chosen without one (and gets her own rights only).
    await ok('session.lock');
    expect(await ok<State>('session.unlock', { operatorId: zhao })).toMatchObject({ locked: false, operator: { name: '赵只读', role: '只读' } });
  });

  it('stores passwords as salted scrypt, never the text', async () => {
    const { db, wang } = await officeWithOperators();
    const row = await db.selectFrom('operator').select('password_hash').where('id', '=', wang).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(row.password_hash).not.toContain('1234');
    const again = await hashPassword('1234');
    expect(again).not.toBe(row.password_hash); // a new salt each time
    expect(await verifyPassword('1234', again)).toBe(true);
    expect(await verifyPassword('12345', again)).toBe(false);
    expect(await verifyPassword('1234', 'plain')).toBe(false);
    const audit = await db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'operator').execute();
    expect(JSON.stringify(audit)).not.toMatch(/1234|scrypt/);
    expect(audit.map((r) => r.detail)).toContain('设置了密码');
  });

  it('idle minutes: default 15, saved by a 管理员 within 1–240', async () => {
    const { ok, call } = await officeWithOperators();
    expect(await ok('session.state')).toMatchObject({ idleMinutes: 15 });
    await ok('operators.saveLockSettings', { idleMinutes: 5 });
    expect(await ok('session.state')).toMatchObject({ idleMinutes: 5 });
    expect(await call('operators.saveLockSettings', { idleMinutes: 0 })).toMatchObject({ ok: false, error: { message: '至少1分钟' } });
  });
});

describe('what a 只读 operator can do', () => {
  it('reads, searches and prints the roster, reveals phones; no exports, no ID numbers, no writes', async () => {
    const { ok, call, zhao } = await officeWithOperators();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    await ok('session.unlock', { operatorId: zhao });
    for (const [method, input] of [
      ['members.list', {}],
      ['members.get', { id }],
      ['members.listZones', undefined],
      ['members.stats', {}],
      ['members.rosterSheet', {}],
      ['members.reveal', { id, field: 'phone' }],
      ['recycle.list', {}],
      ['audit.recordPrint', { document: 'members-roster' }],
    ] as const) {
      expect((await call(method, input)).ok, method).toBe(true);
    }
    for (const method of ['members.delete', 'members.changeStatus', 'members.importCommit', 'members.exportRoster', 'recycle.restore', 'backup.create']) {
      expect(await call(method, {}), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await call('members.reveal', { id, field: 'idNumber' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('guessing passwords', () => {
  it('after 5 wrong passwords in a row she waits a minute (Chinese message); then the right one works and is logged', async () => {
    const { ctx, ok, call, wang, auditRows } = await officeWithOperators();
    await ok('session.lock');
    for (let i = 0; i < 5; i++) {
      expect(await call('session.unlock', { operatorId: wang, password: `000${i}` })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(await call('session.unlock', { operatorId: wang, password: '1234' })).toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: '密码连续输错5次，请60秒后再试。' },
    });
    const start = ctx.now().getTime();
    ctx.now = () => new Date(start + 61_000);
    expect(await ok<State>('session.unlock', { operatorId: wang, password: '1234' })).toMatchObject({ locked: false });
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'signIn', operator_name: '王主席', label: '王主席' });
  });
});
