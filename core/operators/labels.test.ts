import { describe, expect, it } from 'vitest';
import { apiTable } from '../api';
import { methodNames } from '../api/dispatch';
import { openAppLike } from '../audit/testing';
import { roleAllows } from './roles';

describe('access.labels: the API table’s access labels for the screen', () => {
  it('names every method of the table once, with the label dispatch enforces', async () => {
    const { ok } = await openAppLike();
    const labels = await ok<Record<string, string>>('access.labels');
    expect(Object.keys(labels).sort()).toEqual(methodNames(apiTable).sort());
    for (const name of methodNames(apiTable)) {
      const [module, method] = name.split('.') as [string, string];
      expect(labels[name], name).toBe((apiTable as unknown as Record<string, Record<string, { access: string }>>)[module]![method]!.access);
    }
    expect(labels).toMatchObject({
      'members.list': 'read',
      'members.update': 'write',
      'members.exportRoster': 'write',
      'meetings.addCorrection': 'write',
      'operators.save': 'admin',
      'session.unlock': 'always',
      'access.labels': 'always',
    });
  });

  it('answers while the app is locked (the lock screen needs no data to ask)', async () => {
    const app = await openAppLike();
    const { id } = await app.ok<{ id: number }>('operators.save', { name: '王主席', role: '管理员' });
    await app.ok('operators.setPassword', { id, password: '1234' });
    await app.ok('session.lock');
    expect(await app.call('members.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await app.call('access.labels')).toMatchObject({ ok: true, value: { 'members.update': 'write' } });
  });

  it('what a 只读 operator is offered follows from the labels and her role', async () => {
    const { ok } = await openAppLike();
    const labels = await ok<Record<string, 'read' | 'write' | 'admin' | 'always'>>('access.labels');
    const offered = (role: '管理员' | '录入员' | '只读') => Object.keys(labels).filter((m) => roleAllows(role, labels[m]!));
    expect(offered('只读')).not.toContain('members.create');
    expect(offered('只读')).toContain('members.get');
    expect(offered('录入员')).toContain('members.create');
    expect(offered('录入员')).not.toContain('operators.save');
    expect(offered('管理员')).toEqual(Object.keys(labels));
  });
});
