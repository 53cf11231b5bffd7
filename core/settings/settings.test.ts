import { describe, expect, it } from 'vitest';
import { LATEST_VERSION } from '../../db/migrations';
import { openDatabase } from '../../db/open';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { branchInfoSchema } from './schema';

const valid = { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '王主席', phone: '0571-87654321' };

function firstMessage(input: Record<string, unknown>): string | undefined {
  const result = branchInfoSchema.safeParse({ ...valid, ...input });
  return result.success ? undefined : result.error.issues[0]!.message;
}

describe('基本信息 rules', () => {
  it('accepts a typical branch, trims text, and turns IME full-width digits into half-width', () => {
    const parsed = branchInfoSchema.parse({ ...valid, name: '  幸福里社区妇联 ', fondsCode: '０１９４', phone: '１３８１２３４５６７８' });
    expect(parsed).toEqual({ ...valid, phone: '13812345678' });
  });

  it.each([
    [{ name: '' }, '请填写社区妇联名称'],
    [{ name: '   ' }, '请填写社区妇联名称'],
    [{ name: '妇'.repeat(51) }, '社区妇联名称不能超过50个字'],
    [{ street: '街'.repeat(51) }, '所属街道不能超过50个字'],
    [{ fondsCode: '194' }, '全宗号应为4位数字或大写字母（如 0194），不确定可不填'],
    [{ fondsCode: '01-94' }, '全宗号应为4位数字或大写字母（如 0194），不确定可不填'],
    [{ phone: '1381234567' }, expect.stringContaining('联系电话格式不正确')],
    [{ phone: '23812345678' }, expect.stringContaining('联系电话格式不正确')],
    [{ phone: 'abc' }, expect.stringContaining('联系电话格式不正确')],
  ])('rejects %o with a message naming the field', (input, message) => {
    expect(firstMessage(input)).toEqual(message);
  });

  it.each(['', '13812345678', '0571-87654321', '057187654321', '010-62345678-801', '87654321'])(
    'accepts the phone %s',
    (phone) => expect(firstMessage({ phone })).toBeUndefined(),
  );

  it('accepts an empty 全宗号 and a lowercase one typed by mistake', () => {
    expect(branchInfoSchema.parse({ ...valid, fondsCode: '' }).fondsCode).toBe('');
    expect(branchInfoSchema.parse({ ...valid, fondsCode: 'z109' }).fondsCode).toBe('Z109');
  });
});

describe('settings API', () => {
  it('starts empty, saves, overwrites, and keeps the single row across reopening the file', async () => {
    const { ctx, path, close } = await openTempDatabase();
    const empty = await dispatch(apiTable, ctx, 'settings.getBranchInfo', undefined);
    expect(empty).toEqual({ ok: true, value: { name: '', street: '', fondsCode: '', contact: '', phone: '', updatedAt: null } });

    const saved = await dispatch(apiTable, ctx, 'settings.saveBranchInfo', valid);
    expect(saved).toEqual({ ok: true, value: { ...valid, updatedAt: '2026-11-29T00:00:00.000Z' } });
    await dispatch(apiTable, ctx, 'settings.saveBranchInfo', { ...valid, name: '阳光社区妇联' });
    await close();

    const reopened = await openDatabase(path);
    const rows = await reopened.db.selectFrom('branch_info').selectAll().execute();
    await reopened.close();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 1, name: '阳光社区妇联', fonds_code: '0194' });
  });

  it('leaves the saved values untouched when a save is refused', async () => {
    const { ctx } = await openTempDatabase();
    await dispatch(apiTable, ctx, 'settings.saveBranchInfo', valid);
    const refused = await dispatch(apiTable, ctx, 'settings.saveBranchInfo', { ...valid, name: '新名字', phone: '110' });
    expect(refused.ok).toBe(false);
    const now = await dispatch(apiTable, ctx, 'settings.getBranchInfo', undefined);
    expect(now).toMatchObject({ ok: true, value: { name: '幸福里社区妇联', phone: '0571-87654321' } });
  });

  it('reports the app version and schema of the open file', async () => {
    const { ctx, path } = await openTempDatabase();
    const info = await dispatch(apiTable, ctx, 'system.info', undefined);
    expect(info).toMatchObject({ ok: true, value: { dbPath: path, schemaVersion: LATEST_VERSION, supportedSchemaVersion: LATEST_VERSION } });
  });
});
