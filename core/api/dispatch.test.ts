import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { AppError } from '../errors';
import { buildBridge } from './bridge';
import { defineMethod, noInput } from './define';
import { dispatch, methodNames } from './dispatch';

const countRows = async (db: Awaited<ReturnType<typeof openTempDatabase>>['db']) =>
  (await db.selectFrom('branch_info').selectAll().execute()).length;

describe('dispatch over the API table', () => {
  it('lists every method of the table as module.method', () => {
    expect(methodNames(apiTable)).toEqual(
      expect.arrayContaining(['settings.getBranchInfo', 'settings.saveBranchInfo', 'system.info']),
    );
  });

  it('answers an unknown method with a Chinese UNKNOWN_METHOD error and writes nothing', async () => {
    const { ctx, db } = await openTempDatabase();
    for (const method of ['settings.dropEverything', 'nope', '__proto__.toString', 'settings.constructor', 'a.b.c', 42, null]) {
      const answer = await dispatch(apiTable, ctx, method, {});
      expect(answer).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
      if (!answer.ok) expect(answer.error.message).toMatch(/未知的接口方法/);
    }
    expect(await countRows(db)).toBe(0);
  });

  it('rejects an invalid payload with a Chinese message naming the field, and writes nothing', async () => {
    const { ctx, db } = await openTempDatabase();
    const answer = await dispatch(apiTable, ctx, 'settings.saveBranchInfo', {
      name: '',
      street: '',
      fondsCode: '',
      contact: '',
      phone: '12345',
    });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('VALIDATION');
    expect(answer.error.message).toContain('请填写社区妇联名称');
    expect(answer.error.message).toContain('联系电话格式不正确');
    expect(answer.error.details).toEqual({
      issues: [
        { path: ['name'], message: '请填写社区妇联名称' },
        { path: ['phone'], message: expect.stringContaining('联系电话格式不正确') },
      ],
    });
    for (const junk of [undefined, null, 'text', 7, [], { name: 5 }]) {
      const bad = await dispatch(apiTable, ctx, 'settings.saveBranchInfo', junk);
      expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
      if (!bad.ok) expect(bad.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await countRows(db)).toBe(0);
  });

  it('carries an AppError intact and hides unexpected errors behind a generic Chinese message', async () => {
    const { ctx } = await openTempDatabase();
    const logged: unknown[] = [];
    const table = {
      test: {
        conflict: defineMethod(noInput, () => {
          throw new AppError('CONFLICT', '身份证号已被张三使用', { memberId: 3 });
        }),
        crash: defineMethod(z.object({}), () => {
          throw new TypeError('secret stack detail');
        }),
      },
    };
    expect(await dispatch(table, ctx, 'test.conflict', undefined)).toEqual({
      ok: false,
      error: { code: 'CONFLICT', message: '身份证号已被张三使用', details: { memberId: 3 } },
    });
    const crashed = await dispatch(table, ctx, 'test.crash', {}, (e) => logged.push(e));
    expect(crashed).toMatchObject({ ok: false, error: { code: 'INTERNAL', message: expect.stringContaining('系统内部错误') } });
    expect(JSON.stringify(crashed)).not.toContain('secret');
    expect(logged).toHaveLength(1);
  });

  it('builds window.api from the method names alone', async () => {
    const calls: [string, unknown][] = [];
    const bridge = buildBridge(methodNames(apiTable), async (method, input) => {
      calls.push([method, input]);
      return { ok: true, value: null };
    });
    await bridge.settings!.saveBranchInfo!({ name: 'x' });
    await bridge.system!.info!();
    expect(calls).toEqual([
      ['settings.saveBranchInfo', { name: 'x' }],
      ['system.info', undefined],
    ]);
  });
});
