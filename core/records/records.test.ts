import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { AppError } from '../errors';
import { addCorrection, listCorrections } from './corrections';
import { assertEditable, assertFinalizable, DRAFT, FINAL } from './lock';

describe('core/records: the lock and 更正 any record type reuses', () => {
  it('a draft is editable; a finalized record answers LOCKED naming it', () => {
    expect(() => assertEditable({ status: DRAFT }, '学习记录《十一月集中学习》')).not.toThrow();
    const err = (() => {
      try {
        assertEditable({ status: FINAL }, '学习记录《十一月集中学习》');
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'LOCKED', message: expect.stringMatching(/^学习记录《十一月集中学习》已定稿/) });
  });

  it('finalizing lists what is missing', () => {
    expect(() => assertFinalizable([], 'X')).not.toThrow();
    expect(() => assertFinalizable(['主讲人', '地点'], '学习记录')).toThrow('学习记录还不能定稿，请先填写：主讲人、地点。');
  });

  it('keeps corrections per (record_type, record_id), apart from other types with the same id', async () => {
    const { ctx } = await openTempDatabase();
    const input = { what: '学时应为2学时', why: '笔误', by: '王秀英' };
    await addCorrection(ctx.db, { type: 'study', id: 1, status: FINAL }, input, ctx.now());
    await addCorrection(ctx.db, { type: 'meeting', id: 1, status: FINAL }, { ...input, what: '其他' }, ctx.now());
    expect(await listCorrections(ctx.db, 'study', 1)).toEqual([expect.objectContaining({ ...input, on: '2026-11-29' })]);
    await expect(addCorrection(ctx.db, { type: 'study', id: 2, status: DRAFT }, input, ctx.now())).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
