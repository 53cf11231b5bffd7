import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { addMembers } from '../members/roster-fixture';
import { memberOptions } from './templates';

describe('memberOptions: the 主持人/记录人/参会人员 picker', () => {
  it('finds by name, full pinyin and initials, and treats % and _ as plain text', async () => {
    const { ctx } = await openTempDatabase();
    await addMembers(ctx, [{ name: '韩建秀' }, { name: '苏桂英' }, { name: '苏桂兰' }, { name: '李秀英' }]);
    const names = async (query: string) => (await memberOptions(ctx, query)).map((o) => o.name).sort();
    expect(await names('苏桂')).toEqual(['苏桂兰', '苏桂英']);
    expect(await names('sgy')).toEqual(['苏桂英']);
    expect(await names('SGY')).toEqual(['苏桂英']);
    expect(await names('suguilan')).toEqual(['苏桂兰']);
    expect(await names('%')).toEqual([]);
    expect(await names('_')).toEqual([]);
    expect(await names('')).toHaveLength(4);
  });
});
