import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { createAppContext, DatabaseHolder } from '../backup/holder';

describe('restoring a backup while the app runs', () => {
  it('is for a 管理员 only, is logged in the restored file, and the restored operators decide: the app locks', async () => {
    const holder = new DatabaseHolder(await openDatabase(join(tempDir(), 'fulian.sqlite')));
    onTestFinished(() => holder.close());
    const ctx = createAppContext(holder, () => new Date('2026-11-29T08:00:00+08:00'));
    const call = async (method: string, input?: unknown) => {
      const answer = await dispatch(apiTable, ctx, method, input, () => undefined);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return answer.value as Record<string, unknown>;
    };
    const wang = await call('operators.save', { name: '王主席', role: '管理员' });
    await call('operators.setPassword', { id: wang.id, password: '1234' });
    const li = await call('operators.save', { name: '李录入', role: '录入员' });
    const backup = await call('backup.create');

    await call('session.unlock', { operatorId: li.id });
    const refused = await dispatch(apiTable, ctx, 'backup.restore', { path: backup.path });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    await call('session.lock');
    await call('session.unlock', { operatorId: wang.id, password: '1234' });
    await call('backup.restore', { path: backup.path });
    expect(await call('session.state')).toMatchObject({ locked: true, operator: null });
    await call('session.unlock', { operatorId: wang.id, password: '1234' });
    const log = await call('audit.list', { action: 'restoreBackup' });
    expect(log).toMatchObject({ total: 1, rows: [{ operator: '王主席', actionName: '恢复备份' }] });
  });
});
