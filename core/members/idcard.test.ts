import { describe, expect, it } from 'vitest';
import { isRealIsoDate } from '../dates';
import { ageOn, checkChar, checkIdNumber, idFacts, maskIdNumber, maskPhone, normalizeIdText, upgrade15 } from './idcard';

const TODAY = '2026-11-29';

describe('身份证号 (GB 11643-1999)', () => {
  it('accepts the standard’s examples and derives birth date and sex', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true, id: '11010519491231002X', birthDate: '1949-12-31', sex: '女', converted: false, warnings: [],
    });
    const male = checkIdNumber('440524188001010014', TODAY);
    expect(male).toMatchObject({ ok: true, birthDate: '1880-01-01', sex: '男' });
    // Odd 17th digit and an age over 110 warn but do not refuse.
    expect(male.ok && male.warnings).toEqual([
      '身份证号第17位为奇数，表示男性，请核对',
      '按身份证号计算年龄为146岁，超过110岁，请核对',
    ]);
  });

  it('normalizes lower-case x, full-width digits and spaces anywhere', () => {
    expect(normalizeIdText(' １１０１０５ 1949 1231 002x ')).toBe('11010519491231002X');
    expect(checkIdNumber('11010519491231002x', TODAY)).toMatchObject({ ok: true, id: '11010519491231002X' });
    expect(checkIdNumber('１１０１０５１９４９１２３１００２Ｘ', TODAY)).toMatchObject({ ok: true });
  });

  it('converts a legacy 15-digit number to 18 digits', () => {
    expect(upgrade15('110105491231002')).toBe('11010519491231002X');
    expect(checkIdNumber('110105491231002', TODAY)).toMatchObject({
      ok: true, id: '11010519491231002X', birthDate: '1949-12-31', sex: '女', converted: true,
    });
  });

  it.each([
    ['', 'EMPTY', '请填写身份证号'],
    ['   ', 'EMPTY', '请填写身份证号'],
    ['1101051949123100', 'LENGTH', '身份证号应为18位（旧证15位），现在是16位'],
    ['11010519491231002XX', 'LENGTH', '身份证号应为18位（旧证15位），现在是19位'],
    ['1101051949123100AX', 'CHARS', '身份证号只能是数字，最后一位可以是X'],
    ['X10105491231002', 'CHARS', '15位旧身份证号只能是数字'],
    ['110105197502300021', 'DATE_INVALID', '身份证号中的出生日期19750230不存在，请核对第7至14位'],
    ['110105197513010021', 'DATE_INVALID', '身份证号中的出生日期19751301不存在，请核对第7至14位'],
    ['110105203001010021', 'DATE_FUTURE', '身份证号中的出生日期2030-01-01晚于今天，请核对第7至14位'],
    ['110105194912310021', 'CHECK_CHAR', '身份证号校验位不符（末位应为X），可能有数字录错，请逐位核对'],
  ])('refuses %j as %s', (raw, kind, message) => {
    expect(checkIdNumber(raw, TODAY)).toEqual({ ok: false, kind, message });
  });

  it('warns on an unknown province code', () => {
    const first17 = '99010519800101002';
    const result = checkIdNumber(first17 + checkChar(first17), TODAY);
    expect(result.ok && result.warnings).toEqual(['身份证号前两位“99”不是有效的省级地区代码，请核对']);
  });

  it('computes age as of a date, counting the birthday itself', () => {
    expect(ageOn('1981-11-29', '2026-11-29')).toBe(45);
    expect(ageOn('1981-11-30', '2026-11-29')).toBe(44);
    expect(ageOn('2000-02-29', '2026-02-28')).toBe(25);
  });

  it('masks ID numbers and phones for lists, exports and prints', () => {
    // Only the first and last character: beside the birth date a 6+4 mask gave the number away (DESIGN §4.3).
    expect(maskIdNumber('11010519491231002X')).toBe('1****************X');
    expect(maskIdNumber('110105491231002')).toBe('1*************2');
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('0571-87654321')).toBe('0571-****4321');
    // Extensions hid nothing before (0571-8765432****3456).
    expect(maskPhone('0571-87654321-123456')).toBe('0571-****4321-******');
    expect(maskPhone('057187654321')).toBe('0571-****4321');
    expect(maskPhone('87654321')).toBe('****4321');
  });

  it('idFacts reads exactly what checkIdNumber derives from a valid 18-digit number, and nothing from others', () => {
    for (const first17 of ['11010519491231002', '44052418800101001', '11010520000229002', '11010519750308004']) {
      const id = first17 + checkChar(first17);
      const full = checkIdNumber(id, '9999-12-31');
      expect(full.ok, id).toBe(true);
      expect(idFacts(id)).toEqual(full.ok && { birthDate: full.birthDate, sex: full.sex });
    }
    for (const bad of ['11010519491231002x', '110105491231002', '110105194912310021', '110105194902300024', '']) {
      expect(idFacts(bad), bad).toBeNull();
    }
  });

  it('isRealIsoDate knows month lengths and leap years', () => {
    for (const good of ['2024-02-29', '2000-02-29', '1999-12-31', '2026-04-30']) expect(isRealIsoDate(good), good).toBe(true);
    for (const bad of ['1900-02-29', '2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '2026-01-01 ', '0050-01-01']) {
      expect(isRealIsoDate(bad), bad).toBe(false);
    }
  });
});
