/**
 * Issue 10 item 5: an ID typed with spaces and a phone with dashes into 备注 (or
 * an address) never reach the audit log, the audit .xlsx, the roster .xlsx or a
 * 只读 operator's screen unmasked.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { maskFreeText } from './mask';
import { openAppLike, ZHANG } from './testing';

const ID = '11010519491231002X';
const OTHER_ID = '320102197503080028';
const PHONE = '13812345678';

/** The ways people write numbers into free text. */
const TYPED = [
  ['110105 19491231 002X', '1****************X'],
  ['110105-19491231-002x', '1****************X'],
  ['1101 0519 4912 3100 2X', '1****************X'],
  ['１１０１０５１９４９１２３１００２Ｘ', '1****************X'],
  ['110105491231002', '1*************2'],
  ['138-1234-5678', '138****5678'],
  ['138 1234 5678', '138****5678'],
  ['+86 138 1234 5678', '138****5678'],
  ['１３８１２３４５６７８', '138****5678'],
  ['0571-87654321', '0571-****4321'],
  ['(0571) 8765 4321', '0571-****4321'],
  ['110105********002X', '1****************X'], // the mask of earlier versions, in old audit rows
] as const;

/** Digits of the whole text with every separator taken out: a full number must not be in there. */
const squeezed = (text: string) => text.normalize('NFKC').replace(/[^0-9Xx]/g, '').toUpperCase();

describe('自由文字中的身份证号和电话（问题10第5项）', () => {
  it.each(TYPED)('“%s” 显示为 %s', (typed, masked) => {
    expect(maskFreeText(`备注：${typed}，请核对`)).toBe(`备注：${masked}，请核对`);
  });

  it('不误伤日期、门牌、金额和短号码', () => {
    const text = '2026-12-01 14:30 在3栋302室开会，补助1200元，编号 20261201，第12345号';
    expect(maskFreeText(text)).toBe(text);
  });

  it('早先版本写下的日志（6+4 打码、备注里的号码）读出和导出时按现在的规则显示', async () => {
    const { ok, db } = await openAppLike();
    await db
      .insertInto('audit_log')
      .values({
        at: '2025-06-01T00:00:00.000Z', operator_id: null, operator_name: '管理员', action: 'create', entity_type: 'member', entity_id: 1,
        label: '张海丽', before_json: null, after_json: JSON.stringify({ 身份证号: '110105********002X', 备注: '身份证 110105 19491231 002X' }), detail: '电话 138-1234-5678',
      })
      .execute();
    const { rows } = await ok<{ rows: { after: Record<string, unknown>; detail: string }[] }>('audit.list', {});
    expect(rows[0]!.after).toEqual({ 身份证号: '1****************X', 备注: '身份证 1****************X' });
    expect(rows[0]!.detail).toBe('电话 138****5678');
  });

  it('操作日志、日志导出、花名册导出和只读操作员看到的详情里都没有完整号码', { timeout: 60_000 }, async () => {
    const { ok, auditRows } = await openAppLike();
    await ok('operators.save', { name: '王主席', role: '管理员' });
    const note = `身份证 110105 19491231 002X，另一人 320102-19750308-0028，电话 138-1234-5678`;
    const currentAddress = '幸福里3栋，联系 138 1234 5678';
    const { id } = await ok<{ id: number }>('members.create', { ...ZHANG, note, currentAddress });
    await ok('members.update', { id, member: { ...ZHANG, currentAddress, note: `${note}，已核对` } });
    await ok('members.changeStatus', { id, status: '迁出', date: '2026-11-01', reason: `迁往外地，新电话 138-1234-5678` });

    const rows = JSON.stringify(await auditRows());
    const audit = (await ok<{ base64: string }>('audit.export', {})).base64;
    const roster = (await ok<{ base64: string }>('members.exportRoster', { filters: { status: '全部' } })).base64;
    const cells = async (base64: string) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
      return JSON.stringify(workbook.worksheets[0]!.getSheetValues());
    };
    const reader = await ok<{ id: number }>('operators.save', { name: '赵只读', role: '只读' });
    await ok('session.unlock', { operatorId: reader.id });
    const detail = JSON.stringify(await ok('members.get', { id }));

    const outputs = { 操作日志: rows, 日志导出: await cells(audit), 花名册导出: await cells(roster), 只读详情: detail };
    for (const [where, text] of Object.entries(outputs)) {
      expect(text, where).not.toMatch(/\d{6}[ -]\d{8}[ -]\d{3}[\dXx]/);
      expect(text, where).not.toMatch(/1[3-9]\d[ -]\d{4}[ -]\d{4}/);
      for (const full of [ID, OTHER_ID, PHONE]) expect(squeezed(text), `${where}: ${full}`).not.toContain(full);
    }
    expect(rows).toContain('身份证 1****************X，另一人 3****************8，电话 138****5678');
    expect(detail).toContain('身份证 1****************X');
    expect(outputs.花名册导出).toContain('幸福里3栋，联系 138****5678');
  });
});
