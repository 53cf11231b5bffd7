import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { importMembersFromFile } from '../members/import/run';
import { makeId, utf8BomCsv } from '../members/import/test-files';
import { recordAudit } from './record';
import { openAppLike, ZHANG } from './testing';

describe('audit rows are written with the change, masked', () => {
  it('records a create with the operator, entity, label and masked values', async () => {
    const { ok, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    const [row] = await auditRows();
    expect(row).toMatchObject({
      operator_name: '管理员',
      action: 'create',
      entity_type: 'member',
      entity_id: id,
      label: '张海丽',
      at: '2026-11-29T00:00:00.000Z',
      before_json: null,
    });
    const after = JSON.parse(row!.after_json!);
    expect(after).toMatchObject({ 姓名: '张海丽', 身份证号: '1****************X', 联系电话: '138****5678', 身份: '执委' });
    expect(JSON.stringify(await auditRows())).not.toMatch(/11010519491231002X|13812345678/);
  });

  it('records an update as only the changed fields, before and after, masked', async () => {
    const { ok, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    await ok('members.update', { id, member: { ...ZHANG, phone: '13900001111', note: '身份证 110105194912310029 写错过' } });
    const update = (await auditRows()).find((r) => r.action === 'update')!;
    expect(JSON.parse(update.before_json!)).toEqual({ 联系电话: '138****5678', 备注: '' });
    expect(JSON.parse(update.after_json!)).toEqual({ 联系电话: '139****1111', 备注: '身份证 1****************9 写错过' });
  });

  it('records a status change', async () => {
    const { ok, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    await ok('members.changeStatus', { id, status: '迁出', date: '2026-11-01', reason: '搬家' });
    const status = (await auditRows()).find((r) => r.action === 'status')!;
    expect(JSON.parse(status.before_json!)).toEqual({ 状态: '在册' });
    expect(JSON.parse(status.after_json!)).toEqual({ 状态: '迁出', 变动日期: '2026-11-01', 原因: '搬家' });
  });

  it('a refused change leaves no audit row', async () => {
    const { ok, call, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    const bad = await call('members.update', { id, member: { ...ZHANG, zoneId: 999 } });
    // A dangling reference is NOT_FOUND naming the field (issue 10 item 6), no longer VALIDATION.
    expect(bad).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: '片区：找不到编号为 999 的片区，可能已被删除，请重新选择' } });
    expect((await auditRows()).map((r) => r.action)).toEqual(['create']);
  });

  it('a change whose audit row cannot be written is rolled back', async () => {
    const { call, db } = await openAppLike();
    await sql`drop table audit_log`.execute(db);
    const answer = await call('members.create', ZHANG);
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await db.selectFrom('member').selectAll().execute()).toEqual([]);
  });

  it('an audit row written before a later failure in the same transaction is rolled back with it', async () => {
    const { ctx, db, auditRows } = await openAppLike();
    await expect(
      db.transaction().execute(async (trx) => {
        await recordAudit(trx, ctx, { action: 'create', entity: 'member', label: '试' });
        throw new Error('later step failed');
      }),
    ).rejects.toThrow('later step failed');
    expect(await auditRows()).toEqual([]);
  });

  it('records 基本信息 changes', async () => {
    const { ok, auditRows } = await openAppLike();
    await ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
    await ok('settings.saveBranchInfo', { name: '阳光社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
    const rows = await auditRows();
    expect(rows.map((r) => [r.entity_type, r.label])).toEqual([['branch_info', '幸福里社区妇联'], ['branch_info', '阳光社区妇联']]);
    expect(JSON.parse(rows[1]!.after_json!)).toEqual({ 社区妇联名称: '阳光社区妇联' });
  });

  it('records an import as a whole and every member it updated, masked', async () => {
    const { ok, ctx, auditRows } = await openAppLike();
    await ok('members.create', ZHANG);
    const file = utf8BomCsv([['姓名', '身份证号', '联系电话'], ['张海丽', ZHANG.idNumber, '13700002222'], ['李红', makeId('19750308'), '']]);
    const summary = await importMembersFromFile(ctx, file, '花名册.csv', { onExisting: 'update' });
    expect(summary).toMatchObject({ imported: 1, updated: 1 });
    const rows = await auditRows();
    const whole = rows.find((r) => r.action === 'import')!;
    expect(whole).toMatchObject({ label: '花名册.csv', entity_type: 'member' });
    expect(JSON.parse(whole.after_json!)).toMatchObject({ 新增: 1, 更新: 1 });
    const update = rows.find((r) => r.action === 'update')!;
    expect(update).toMatchObject({ label: '张海丽', detail: '导入时更新' });
    expect(JSON.parse(update.after_json!)).toMatchObject({ 联系电话: '137****2222' });
  });
});

describe('read-only events', () => {
  it('records a reveal of the full ID (value returned, not stored) and a print', async () => {
    const { ok, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    expect(await ok('members.reveal', { id, field: 'idNumber' })).toEqual({ field: 'idNumber', value: ZHANG.idNumber });
    await ok('audit.recordPrint', { document: 'members-roster', title: '妇女花名册', params: { status: '在册' } });
    const rows = await auditRows();
    expect(rows.find((r) => r.action === 'reveal')).toMatchObject({ entity_id: id, label: '张海丽', detail: '查看完整身份证号' });
    expect(rows.find((r) => r.action === 'print')).toMatchObject({ entity_type: 'members-roster', label: '妇女花名册', detail: '打印花名册：在册，按姓名排序' });
    expect(JSON.stringify(rows)).not.toContain(ZHANG.idNumber);
  });

  it('records exports, saying whether full ID numbers were in them', async () => {
    const { ok, auditRows } = await openAppLike();
    await ok('members.create', ZHANG);
    await ok('members.exportRoster', { fullIdNumbers: true });
    await ok('members.exportRoster', {});
    const exports = (await auditRows()).filter((r) => r.action === 'export');
    expect(exports.map((r) => r.detail)).toEqual(['导出1人，含完整身份证号', '导出1人，身份证号、电话已隐去中间数字']);
  });
});

describe('the 操作日志 viewer', () => {
  it('filters by date, operator, action, entity type and text, newest first, in pages', async () => {
    const { ok, ctx } = await openAppLike();
    for (const [i, name] of ['甲', '乙', '丙'].entries()) await ok('members.create', { ...ZHANG, name, idNumber: makeId('19800101', `00${i}`) });
    await ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
    ctx.now = () => new Date('2026-12-03T09:00:00+08:00');
    await ok('settings.saveBranchInfo', { name: '阳光社区妇联', street: '', fondsCode: '', contact: '', phone: '' });

    const all = await ok<{ total: number; rows: { label: string; actionName: string; entityName: string }[] }>('audit.list', {});
    expect(all.rows[0]).toMatchObject({ label: '阳光社区妇联', actionName: '修改', entityName: '基本信息' });

    const page2 = await ok<{ total: number; rows: unknown[] }>('audit.list', { page: 2, pageSize: 2 });
    expect(page2.total).toBe(all.total);
    expect(page2.rows).toHaveLength(Math.min(2, all.total - 2));

    const onDay = await ok<{ rows: { label: string }[] }>('audit.list', { from: '2026-12-03', to: '2026-12-03' });
    expect(onDay.rows.map((r) => r.label)).toEqual(['阳光社区妇联']);
    const members = await ok<{ rows: { label: string }[] }>('audit.list', { entityType: 'member', action: 'create' });
    expect(members.rows.length).toBeGreaterThan(0);
    expect(members.rows.every((r) => ['甲', '乙', '丙'].includes(r.label))).toBe(true);
    const text = await ok<{ rows: { label: string }[] }>('audit.list', { text: '幸福里' });
    expect(text.rows.map((r) => r.label)).toEqual(['阳光社区妇联', '幸福里社区妇联']);
    const nobody = await ok<{ total: number }>('audit.list', { operator: '王秀英' });
    expect(nobody.total).toBe(0);
  });

  it('exports the filtered log to .xlsx, readable back, and logs the export', async () => {
    const { ok, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('members.create', ZHANG);
    await ok('members.update', { id, member: { ...ZHANG, name: '=张海丽' } });
    const file = await ok<{ fileName: string; base64: string; count: number }>('audit.export', { entityType: 'member' });
    expect(file).toMatchObject({ fileName: '操作日志_20261129.xlsx', count: 2 });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('操作日志')!;
    expect(sheet.getCell('A1').value).toBe('操作日志');
    expect(sheet.getRow(3).values).toEqual([undefined, '时间', '操作员', '操作', '对象类型', '对象', '变更内容', '说明']);
    expect(sheet.getCell('E4').value).toBe("'=张海丽"); // neutralized, not a formula
    expect(sheet.getCell('F4').value).toBe('姓名：张海丽 → =张海丽');
    expect(sheet.getCell('C5').value).toBe('新增');
    expect(JSON.stringify(sheet.getSheetValues())).not.toContain(ZHANG.idNumber);
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'export', entity_type: 'audit_log' });
  });
});
