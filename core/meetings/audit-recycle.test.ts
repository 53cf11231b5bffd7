/** Meetings under the audit log, the 回收站 and per-method access, through the real API boundary. */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';
import { fixtureMeetingInput, typeId } from './fixture';

type Detail = { id: number; title: string; status: string; actions: Array<{ id: number; status: string }> };
type Listed = { rows: Array<{ id: number; title: string }> };

async function appWithMeeting() {
  const app = await openAppLike();
  const input = await fixtureMeetingInput(app.ctx);
  const { id } = await app.ok<{ id: number }>('meetings.create', input);
  return { ...app, input, id };
}

const childCounts = async (db: Awaited<ReturnType<typeof openAppLike>>['db'], id: number) => {
  const count = async (table: 'meeting_attendee' | 'meeting_topic' | 'meeting_resolution' | 'meeting_action') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).where('meeting_id', '=', id).executeTakeFirstOrThrow()).n);
  return [await count('meeting_attendee'), await count('meeting_topic'), await count('meeting_resolution'), await count('meeting_action')];
};

describe('meeting writes are audited in their transaction', () => {
  it('create, update (changed fields only), 定稿, 更正 and action status each leave one row', async () => {
    const { ok, id, input, auditRows } = await appWithMeeting();
    const [created] = await auditRows();
    expect(created).toMatchObject({ action: 'create', entity_type: 'meeting', entity_id: id, label: '第四季度执委会议', before_json: null });
    expect(JSON.parse(created!.after_json!)).toMatchObject({ 会议名称: '第四季度执委会议', 会议类型: '执委会议', 主持人: '王秀英', 状态: '草稿' });
    expect(JSON.parse(created!.after_json!).参会人员).toContain('刘芳（请假：外出参加区妇联培训）');

    await ok('meetings.update', { id, meeting: { ...input, place: '社区活动室', resolutions: [] } });
    const update = (await auditRows()).at(-1)!;
    expect(update).toMatchObject({ action: 'update', entity_type: 'meeting', entity_id: id });
    expect(JSON.parse(update.before_json!)).toEqual({ 地点: '社区党群服务中心二楼会议室', 决议: '1. 12月开展困难妇女冬季走访慰问，由李桂兰牵头。' });
    expect(JSON.parse(update.after_json!)).toEqual({ 地点: '社区活动室', 决议: '' });

    await ok('meetings.finalize', { id });
    await ok('meetings.addCorrection', { id, what: '地点应为社区党群服务中心', why: '笔误，联系电话13812345678', by: '王秀英' });
    const { actions } = await ok<Detail>('meetings.get', { id });
    await ok('meetings.setActionStatus', { actionId: actions[0]!.id, status: '已完成' });
    await ok('meetings.setActionStatus', { actionId: actions[0]!.id, status: '已完成' }); // unchanged: nothing to log
    const rows = await auditRows();
    expect(rows.map((r) => [r.action, r.entity_type])).toEqual([
      ['create', 'meeting'],
      ['update', 'meeting'],
      ['finalize', 'meeting'],
      ['correct', 'meeting'],
      ['update', 'meeting_action'],
    ]);
    expect(JSON.parse(rows[2]!.after_json!)).toEqual({ 状态: '已定稿' });
    expect(JSON.parse(rows[3]!.after_json!)).toMatchObject({ 更正内容: '地点应为社区党群服务中心', 更正原因: '笔误，联系电话138****5678', 更正人: '王秀英' });
    expect(rows[4]).toMatchObject({ entity_id: actions[0]!.id, label: '制定走访慰问名单', detail: '会议记录《第四季度执委会议》的行动事项' });
    expect([JSON.parse(rows[4]!.before_json!), JSON.parse(rows[4]!.after_json!)]).toEqual([{ 状态: '未开始' }, { 状态: '已完成' }]);
  });

  it('refused writes (LOCKED edit after 定稿, incomplete 定稿, 更正 on a draft) leave no audit row', async () => {
    const { ok, call, id, input, auditRows } = await appWithMeeting();
    const incomplete = await ok<{ id: number }>('meetings.create', { ...input, title: '缺地点的会议', place: '' });
    const before = (await auditRows()).length;
    expect(await call('meetings.finalize', { id: incomplete.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await call('meetings.addCorrection', { id, what: 'x', why: 'y', by: '王秀英' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await ok('meetings.finalize', { id });
    expect(await call('meetings.update', { id, meeting: { ...input, title: '改过的标题' } })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await call('meetings.finalize', { id })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect((await auditRows()).slice(before).map((r) => r.action)).toEqual(['finalize']);
  });

  it('a meeting write whose audit row cannot be written is rolled back', async () => {
    const { call, db, id, input } = await appWithMeeting();
    await sql`drop table audit_log`.execute(db);
    expect(await call('meetings.update', { id, meeting: { ...input, title: '不应保存' } })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await call('meetings.finalize', { id })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await call('meetings.create', { ...input, title: '也不应保存' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await db.selectFrom('meeting').select(['title', 'status']).execute()).toEqual([{ title: '第四季度执委会议', status: '草稿' }]);
  });

  it('会议类型: create, update and delete are logged; a type in use is refused and logs nothing', async () => {
    const { ok, call, ctx, auditRows } = await appWithMeeting();
    const { id } = await ok<{ id: number }>('meetings.saveType', { name: '巾帼议事会', defaultRoles: ['妇联主席'], defaultTopics: ['议题审议'] });
    await ok('meetings.saveType', { id, name: '巾帼议事会', defaultRoles: ['妇联主席', '执委'], defaultTopics: ['议题审议'] });
    expect(await call('meetings.deleteType', { id: await typeId(ctx, '执委会议') })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    await ok('meetings.deleteType', { id });
    const rows = (await auditRows()).filter((r) => r.entity_type === 'meeting_type');
    expect(rows.map((r) => [r.action, r.label])).toEqual([['create', '巾帼议事会'], ['update', '巾帼议事会'], ['delete', '巾帼议事会']]);
    expect(JSON.parse(rows[1]!.after_json!)).toEqual({ 默认参会身份: '妇联主席、执委' });
  });

  it('exportDocx records an export', async () => {
    const { ok, id, auditRows } = await appWithMeeting();
    const file = await ok<{ fileName: string }>('meetings.exportDocx', { id });
    expect((await auditRows()).at(-1)).toMatchObject({ action: 'export', entity_type: 'meeting', entity_id: id, label: '第四季度执委会议', detail: `导出 Word 文件 ${file.fileName}` });
  });
});

describe('删除 a meeting goes to the 回收站', () => {
  it('leaves lists, search, action items and carry-over; restores; purges with its parts', async () => {
    const { ok, call, ctx, db, id, auditRows } = await appWithMeeting();
    const executive = await typeId(ctx, '执委会议');
    expect(await ok('meetings.remove', { id })).toEqual({ id, label: '第四季度执委会议' });

    expect((await ok<Listed>('meetings.list', {})).rows).toEqual([]);
    expect((await ok<Listed>('meetings.list', { query: '三八节' })).rows).toEqual([]);
    expect((await ok<Listed>('meetings.list', { query: '走访' })).rows).toEqual([]);
    expect(await ok('meetings.actions', { scope: 'all' })).toEqual([]);
    expect(await ok<{ carryOver: unknown }>('meetings.template', { typeId: executive })).toMatchObject({ carryOver: null });
    expect(await call('meetings.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('meetings.remove', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const recycled = await ok<{ items: unknown[] }>('recycle.list', {});
    expect(recycled.items).toEqual([expect.objectContaining({ type: 'meeting', typeTitle: '会议记录', id, label: '第四季度执委会议', deletedBy: '管理员' })]);

    await ok('recycle.restore', { type: 'meeting', id });
    expect((await ok<Listed>('meetings.list', { query: '走访' })).rows.map((r) => r.id)).toEqual([id]);
    expect(await ok<{ items: unknown[] }>('recycle.list', {})).toMatchObject({ items: [] });

    await ok('meetings.remove', { id });
    expect(await childCounts(db, id)).toEqual([5, 2, 1, 3]);
    await ok('recycle.purge', { type: 'meeting', id });
    expect(await db.selectFrom('meeting').select('id').execute()).toEqual([]);
    expect(await childCounts(db, id)).toEqual([0, 0, 0, 0]);
    const rows = (await auditRows()).filter((r) => r.entity_type === 'meeting').map((r) => r.action);
    expect(rows).toEqual(['create', 'delete', 'restore', 'delete', 'purge']);
    const purge = (await auditRows()).at(-1)!;
    expect(JSON.parse(purge.before_json!)).toMatchObject({ 会议名称: '第四季度执委会议', 日期: '2026-11-20' });
  });

  it('a 定稿 meeting cannot be deleted (Chinese reason, nothing written)', async () => {
    const { ok, call, id, auditRows } = await appWithMeeting();
    await ok('meetings.finalize', { id });
    const before = (await auditRows()).length;
    const answer = await call('meetings.remove', { id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('会议记录《第四季度执委会议》已定稿，不能删除') } });
    expect((await ok<Listed>('meetings.list', {})).rows.map((r) => r.id)).toEqual([id]);
    expect((await auditRows()).length).toBe(before);
  });

  it('a member named in a meeting cannot be purged, even while the meeting is in the 回收站; after the meeting is purged she can', async () => {
    const { ok, call, db, id } = await appWithMeeting();
    const liu = (await db.selectFrom('member').select('id').where('name', '=', '刘芳').executeTakeFirstOrThrow()).id;
    await ok('members.delete', { id: liu });
    await ok('meetings.remove', { id });
    expect(await call('recycle.purge', { type: 'member', id: liu })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('该成员出现在会议记录2026-11-20“第四季度执委会议”中') },
    });
    await ok('recycle.purge', { type: 'meeting', id });
    await ok('recycle.purge', { type: 'member', id: liu });
  });
});

describe('a 只读 operator and meetings', () => {
  it('can list and read meetings but every write is FORBIDDEN and writes nothing', async () => {
    const { ok, call, ctx, db, id, input, auditRows } = await appWithMeeting();
    await ok('operators.save', { name: '王主席', role: '管理员' });
    const zhao = await ok<{ id: number }>('operators.save', { name: '赵只读', role: '只读' });
    await ok('session.unlock', { operatorId: zhao.id });
    const { actions } = await ok<Detail>('meetings.get', { id });
    expect((await ok<Listed>('meetings.list', {})).rows).toHaveLength(1);
    await ok('meetings.listTypes');
    await ok('meetings.template', { typeId: await typeId(ctx, '执委会议') });
    await ok('meetings.memberOptions', { query: '王' });
    await ok('meetings.actions', { scope: 'open' });

    const before = { meetings: await db.selectFrom('meeting').selectAll().execute(), audit: (await auditRows()).length };
    const writes: Array<[string, unknown]> = [
      ['meetings.create', input],
      ['meetings.update', { id, meeting: { ...input, title: '改过' } }],
      ['meetings.finalize', { id }],
      ['meetings.remove', { id }],
      ['meetings.addCorrection', { id, what: 'x', why: 'y', by: 'z' }],
      ['meetings.setActionStatus', { actionId: actions[0]!.id, status: '已完成' }],
      ['meetings.saveType', { name: '新类型', defaultRoles: [], defaultTopics: [] }],
      ['meetings.deleteType', { id: await typeId(ctx, '其他') }],
      ['meetings.exportDocx', { id }],
    ];
    for (const [method, args] of writes) {
      expect(await call(method, args), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: expect.stringContaining('赵只读') } });
    }
    expect(await db.selectFrom('meeting').selectAll().execute()).toEqual(before.meetings);
    expect((await auditRows()).length).toBe(before.audit);
    expect((await ok<Detail>('meetings.get', { id })).actions[0]!.status).toBe('未开始');
  });
});
