import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';

describe('font.set / session.fontSize: the 字号 is remembered per operator', () => {
  it('with no operators: one app-wide value, kept in the file', async () => {
    const app = await openAppLike();
    expect(await app.ok('session.fontSize')).toEqual({ size: '标准' });
    await app.ok('font.set', { size: '特大' });
    expect(await app.ok('session.fontSize')).toEqual({ size: '特大' });
  });

  it('each operator keeps hers; one who never chose starts from the app-wide value; the lock screen shows the app-wide one', async () => {
    const app = await openAppLike();
    await app.ok('font.set', { size: '大' }); // before anyone was set up
    const wang = await app.ok<{ id: number }>('operators.save', { name: '王主席', role: '管理员' });
    const li = await app.ok<{ id: number }>('operators.save', { name: '李委员', role: '只读' });
    await app.ok('operators.setPassword', { id: wang.id, password: '1234' });

    await app.ok('session.unlock', { operatorId: wang.id, password: '1234' });
    expect(await app.ok('session.fontSize')).toEqual({ size: '大' });
    await app.ok('font.set', { size: '特大' });

    await app.ok('session.lock');
    expect(await app.ok('session.fontSize')).toEqual({ size: '大' });
    expect(await app.call('font.set', { size: '标准' })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });

    // A 只读 operator may still choose her own size.
    await app.ok('session.unlock', { operatorId: li.id });
    expect(await app.ok('session.fontSize')).toEqual({ size: '大' });
    await app.ok('font.set', { size: '标准' });
    expect(await app.ok('session.fontSize')).toEqual({ size: '标准' });

    await app.ok('session.lock');
    await app.ok('session.unlock', { operatorId: wang.id, password: '1234' });
    expect(await app.ok('session.fontSize')).toEqual({ size: '特大' });
  });

  it('refuses a size it does not know, in Chinese; a deleted operator’s size does not pass to the next one given her id', async () => {
    const app = await openAppLike();
    expect(await app.call('font.set', { size: '超大' })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '字号只能是标准、大或特大' } });
    await app.ok('operators.save', { name: '王主席', role: '管理员' });
    const li = await app.ok<{ id: number }>('operators.save', { name: '李委员', role: '管理员' });
    await app.ok('session.unlock', { operatorId: li.id });
    await app.ok('font.set', { size: '特大' });
    await app.ok('operators.remove', { id: li.id });
    const next = await app.ok<{ id: number }>('operators.save', { name: '赵委员', role: '管理员' });
    expect(next.id).toBe(li.id);
    await app.ok('session.unlock', { operatorId: next.id });
    expect(await app.ok('session.fontSize')).toEqual({ size: '标准' });
  });
});
