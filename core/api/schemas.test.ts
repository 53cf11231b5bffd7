/** The shared schema primitives: real dates, clean text, bounded lists, id shapes. */
import { describe, expect, it } from 'vitest';
import { boundedArray, findForbiddenChar, idRef, isoDateSchema, requiredText, userText } from './schemas';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message) ?? [];

describe('isoDateSchema', () => {
  const date = isoDateSchema('会议日期');
  it.each(['2026-02-30', '9999-99-99', '2026-13-45', '2026-00-10', '2026-04-31', '2025-02-29'])('拒绝不存在的日期 %s', (v) => {
    expect(messages(date.safeParse(v))).toEqual(['会议日期不是有效日期']);
  });
  it.each(['1899-12-31', '2101-01-01', '0100-01-01'])('拒绝范围外的日期 %s', (v) => {
    expect(messages(date.safeParse(v))).toEqual(['会议日期应在 1900 年到 2100 年之间']);
  });
  it.each(['2024-02-29', '1900-01-01', '2100-12-31', '2026-12-01'])('接受 %s', (v) => {
    expect(date.parse(v)).toBe(v);
  });
  it('格式不对时说出格式', () => {
    expect(messages(date.safeParse('2026/12/01'))).toEqual(['会议日期应为“年-月-日”格式，如 2024-03-08']);
    expect(messages(date.safeParse(20261201))).toEqual(['会议日期应为日期']);
  });
});

describe('userText', () => {
  const note = userText('备注', 20, { multiline: true });
  const line = userText('地点', 20);

  it.each([
    ['\u0000', 'U+0000'], ['\u0007', 'U+0007'], ['\u000b', 'U+000B'], ['\u001f', 'U+001F'], ['\u007f', 'U+007F'],
    ['\u0085', 'U+0085'], ['\u009f', 'U+009F'], ['\ufffe', 'U+FFFE'], ['\uffff', 'U+FFFF'], ['\ufdd0', 'U+FDD0'],
    ['\ud800', 'U+D800'], ['\udfff', 'U+DFFF'], ['\u{10ffff}', 'U+10FFFF'], ['\u{1fffe}', 'U+1FFFE'],
  ])('拒绝 %j 并说出字段和位置', (ch, code) => {
    expect(messages(note.safeParse(`会议${ch}室`))).toEqual([`备注第3个字处含有无法保存的不可见字符（${code}），请删除后重新输入`]);
  });

  it('成对的代理项（表情、生僻字）照常保存', () => {
    expect(note.parse('𠀀😀 好')).toBe('𠀀😀 好');
    expect(findForbiddenChar('𠀀😀')).toBeNull();
  });

  it('统一换行，单行字段把换行和制表符变成空格，并去掉首尾空白', () => {
    expect(note.parse(' 一\r\n二\r三\u2028四\t五 ')).toBe('一\n二\n三\n四\t五');
    expect(line.parse(' 一\r\n二\t三 ')).toBe('一 二 三');
  });

  it('限制长度，必填时说请填写', () => {
    expect(messages(line.safeParse('长'.repeat(21)))).toEqual(['地点不能超过20个字']);
    expect(messages(requiredText('会议名称', 10).safeParse('   '))).toEqual(['请填写会议名称']);
    expect(messages(line.safeParse(5))).toEqual(['地点应为文字']);
  });
});

describe('idRef 和 boundedArray', () => {
  it('编号只能是正整数', () => {
    const id = idRef('成员');
    expect(id.parse(7)).toBe(7);
    for (const bad of [0, -1, 1.5, NaN, Infinity, 2 ** 53 + 2, '7', null]) expect(id.safeParse(bad).success, String(bad)).toBe(false);
    expect(messages(id.safeParse('7'))).toEqual(['成员编号应为数字']);
  });
  it('列表有上限，说出是什么列表', () => {
    const tags = boundedArray(userText('关爱标签', 20), 3, '关爱标签');
    expect(tags.parse(['a', 'b', 'c'])).toHaveLength(3);
    expect(messages(tags.safeParse(['a', 'b', 'c', 'd']))).toEqual(['关爱标签最多3项']);
    expect(messages(tags.safeParse('a'))).toEqual(['关爱标签应为列表']);
  });
});
