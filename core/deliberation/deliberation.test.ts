/**
 * 妇女议事会 core (issue 13): every "Bad input" case refused in Chinese naming
 * the field with nothing written; the vote rule at its boundaries; the event
 * and audit row in the change's transaction; 只读; the 回收站 rules; 编号 never
 * reused; the session link; the overdue flag; masking in prints.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';
import type { ItemDetail, ItemSummary } from './read';
import { driveTo, itemInput, newItem, PASSING_VOTE, seedRepresentatives, seedSession } from './fixture';

const DELIB_TABLES = ['delib_item', 'delib_event', 'delib_seconder', 'delib_co_unit', 'delib_round', 'delib_progress', 'delib_visit', 'delib_counter', 'audit_log'] as const;

async function setup() {
  const app = await openAppLike();
  const reps = await seedRepresentatives(app.ctx);
  const meetingId = await seedSession(app.ctx);
  const units = await app.ok<{ id: number; name: string }[]>('deliberation.units');
  const unit = (name: string) => units.find((u) => u.name === name)!.id;
  /** Row counts of every table a deliberation write touches: compared before and after a refusal. */
  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of DELIB_TABLES) out[t] = Number((await sql<{ n: number }>`select count(*) as n from ${sql.table(t)}`.execute(app.db)).rows[0]!.n);
    return out;
  };
  const refused = async (method: string, input: unknown, code: string, message: RegExp | string) => {
    const before = await counts();
    const answer = await app.call(method, input);
    expect(answer.ok, `${method} should be refused`).toBe(false);
    if (!answer.ok) {
      expect(answer.error.code).toBe(code);
      expect(answer.error.message).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  };
  return { ...app, reps, meetingId, unit, counts, refused };
}

describe('不合法的输入（问题13“Bad input”）：中文说明哪一项，什么都不写入', () => {
  it('表决人数对不上、时限早于交办日期、回访早于落实、附议人不是妇女代表、第二次办结、修改已办结的议题', { timeout: 60_000 }, async () => {
    const s = await setup();
    const { id } = await newItem(s.ctx, s.reps);
    await driveTo(s.ctx, id, '列入议事会', s.meetingId);
    const vote = { id, date: '2026-06-18', ...PASSING_VOTE };
    await s.refused('deliberation.vote', { ...vote, yes: 6, no: 2, abstain: 1 }, 'VALIDATION', '同意、反对、弃权合计（9）不能多于实到人数（8）');
    await s.refused('deliberation.vote', { ...vote, present: 10 }, 'VALIDATION', '实到人数（10）不能多于应到人数（9）');
    await s.refused('deliberation.vote', { ...vote, yes: -1 }, 'VALIDATION', '同意票不能为负数');
    await s.refused('deliberation.vote', { ...vote, resolution: '' }, 'VALIDATION', '请填写决议内容');
    await s.refused('deliberation.vote', { ...vote, date: '2026-04-01' }, 'VALIDATION', '审议日期（2026-04-01）不能早于立项日期（2026-04-15）');
    await s.ok('deliberation.vote', vote);

    await s.refused('deliberation.assign', { id, date: '2026-06-20', mainUnitId: s.unit('物业'), dueOn: '2026-06-19' }, 'VALIDATION', '办理时限（2026-06-19）不能早于交办日期（2026-06-20）');
    await s.refused('deliberation.assign', { id, date: '2026-06-20', mainUnitId: 9999 }, 'NOT_FOUND', '主办单位：找不到编号为 9999 的承办单位');
    await s.refused('deliberation.assign', { id, date: '2026-12-20', mainUnitId: s.unit('物业') }, 'VALIDATION', '交办日期（2026-12-20）不能晚于今天');
    await s.ok('deliberation.assign', { id, date: '2026-06-20', mainUnitId: s.unit('物业') });
    expect((await s.ok<ItemDetail>('deliberation.get', { id })).dueOn).toBe('2026-07-20'); // the default 30 days

    // 回访 before 落实 is done: still 落实 — the transition is refused; after 反馈, a date before it is refused.
    const visit = { id, date: '2026-07-25', result: '满意', method: '电话', visitor: '李桂兰' };
    await s.refused('deliberation.visit', visit, 'CONFLICT', /当前状态为“落实”，不能“回访”。现在可以：添加进展、添加催办、反馈\/公示/);
    await s.ok('deliberation.feedback', { id, date: '2026-07-15', text: '已修复。' });
    await s.refused('deliberation.visit', { ...visit, date: '2026-07-10' }, 'VALIDATION', '回访日期（2026-07-10）不能早于反馈日期（2026-07-15）');
    await s.refused('deliberation.visit', { ...visit, result: '很好' }, 'VALIDATION', '满意度应为 满意/基本满意/不满意 之一');
    await s.refused('deliberation.visit', { ...visit, visitor: '' }, 'VALIDATION', '请填写回访人');
    await s.ok('deliberation.visit', visit);
    await s.refused('deliberation.close', { id, date: '2026-08-01', grade: 'D', resultText: '留作参考' }, 'VALIDATION', '办结等级为D（留作参考）时请填写说明理由');
    await s.ok('deliberation.close', { id, date: '2026-08-01', grade: 'A', resultText: '路灯已修复。' });
    await s.refused('deliberation.close', { id, date: '2026-08-02', grade: 'A', resultText: '再办结一次' }, 'CONFLICT', '当前状态为“办结”，不能“办结”。该议题已结束');
    await s.refused('deliberation.update', { id, item: itemInput(s.reps, { title: '改个标题' }) }, 'LOCKED', `已办结，不能再修改`);
    await s.refused('deliberation.addProgress', { id, date: '2026-08-02', content: '补一条进展' }, 'CONFLICT', '只有“落实”中的议题可以');

    // 附议 by someone who is not a 妇女代表 (赵敏 is 执委), 提出人 not a representative, unknown people.
    await s.refused('deliberation.create', itemInput(s.reps, { seconderIds: [s.reps.zhang, s.reps.zhao] }), 'VALIDATION', '附议人第2位“赵敏”不是妇女代表');
    await s.refused('deliberation.create', itemInput(s.reps, { proposer: { kind: '代表', memberId: s.reps.zhao } }), 'VALIDATION', '提出人“赵敏”不是妇女代表');
    await s.refused('deliberation.create', itemInput(s.reps, { proposer: { kind: '居民', name: '刘淑珍', contact: '', viaMemberId: s.reps.zhao } }), 'VALIDATION', '转达的妇女代表“赵敏”不是妇女代表');
    await s.refused('deliberation.create', itemInput(s.reps, { seconderIds: [4242] }), 'NOT_FOUND', '附议人第1位：找不到编号为 4242 的成员');
    await s.refused('deliberation.create', { ...itemInput(s.reps), seconderIds: [s.reps.zhang, s.reps.zhang] }, 'VALIDATION', '附议人中有同一人重复出现');
    await s.refused('deliberation.create', { ...itemInput(s.reps), category: '邻里纠纷' }, 'VALIDATION', /类别应为 男女平等\/权益维护/);
    await s.refused('deliberation.create', { ...itemInput(s.reps), raisedOn: '2026-02-30' }, 'VALIDATION', '提出日期不是有效日期');
    await s.refused('deliberation.create', { ...itemInput(s.reps), title: '' }, 'VALIDATION', '请填写议题标题');
    await s.refused('deliberation.create', { ...itemInput(s.reps), raisedOn: '2026-12-01' }, 'VALIDATION', '提出日期（2026-12-01）不能晚于今天');
    await s.refused('deliberation.schedule', { id: 777, date: '2026-06-01', meetingId: s.meetingId }, 'NOT_FOUND', '找不到编号为 777 的议题');
  });

  it('只能列入“妇女议事会”类型的会议；不满意时给的二次办理时限不能早于回访日期', async () => {
    const s = await setup();
    const { id } = await newItem(s.ctx, s.reps);
    await driveTo(s.ctx, id, '已立项', s.meetingId);
    const types = await s.ok<{ id: number; name: string }[]>('meetings.listTypes');
    const other = await s.ok<{ id: number }>('meetings.create', { typeId: types.find((t) => t.name === '执委会议')!.id, title: '执委会议', date: '2026-06-10' });
    await s.refused('deliberation.schedule', { id, date: '2026-06-01', meetingId: other.id }, 'VALIDATION', '不是“妇女议事会”类型的会议');
    await s.refused('deliberation.visit', { id, date: '2026-07-25', result: '不满意', method: '电话', visitor: '李桂兰', newDueOn: '2026-07-01' }, 'VALIDATION', '二次办理时限（2026-07-01）不能早于回访日期（2026-07-25）');
  });
});

describe('表决规则', () => {
  async function voteWith(counts: { expected: number; present: number; yes: number; no: number; abstain: number }) {
    const s = await setup();
    const { id } = await newItem(s.ctx, s.reps);
    await driveTo(s.ctx, id, '列入议事会', s.meetingId);
    const r = await s.ok<{ state: string }>('deliberation.vote', { id, date: '2026-06-18', resolution: '决议', ...counts });
    const item = await s.ok<ItemDetail>('deliberation.get', { id });
    return { s, id, state: r.state, vote: item.vote! };
  }

  it('同意正好是实到的一半不通过，多一票通过；全部弃权不通过；规则文字随结果返回', { timeout: 60_000 }, async () => {
    const half = await voteWith({ expected: 10, present: 8, yes: 4, no: 2, abstain: 2 });
    expect(half.state).toBe('未通过');
    expect(half.vote).toMatchObject({ passed: false, ruleText: '同意票超过实到人数的一半为通过', yes: 4, present: 8 });
    expect((await voteWith({ expected: 10, present: 8, yes: 5, no: 3, abstain: 0 })).state).toBe('已表决');
    expect((await voteWith({ expected: 9, present: 7, yes: 4, no: 0, abstain: 0 })).state).toBe('已表决'); // 4 > 3.5
    const abstain = await voteWith({ expected: 9, present: 9, yes: 0, no: 0, abstain: 9 });
    expect(abstain.state).toBe('未通过');
    expect(abstain.vote.passed).toBe(false);
    // Fewer votes cast than present (someone did not vote) still counts against 实到.
    expect((await voteWith({ expected: 9, present: 9, yes: 4, no: 0, abstain: 0 })).state).toBe('未通过');
  });

  it('规则可在设置中改为“实到三分之二”：正好三分之二通过，少一票不通过；改规则不改变已有的表决结果', { timeout: 60_000 }, async () => {
    const s = await setup();
    const settings = await s.ok<Record<string, unknown>>('deliberation.settings');
    const { voteRules: _, ...rest } = settings;
    const first = await newItem(s.ctx, s.reps);
    await driveTo(s.ctx, first.id, '已表决', s.meetingId);
    await s.ok('deliberation.saveSettings', { ...rest, voteRule: '实到三分之二' });
    const a = await newItem(s.ctx, s.reps);
    const b = await newItem(s.ctx, s.reps);
    await driveTo(s.ctx, a.id, '列入议事会', s.meetingId);
    await driveTo(s.ctx, b.id, '列入议事会', s.meetingId);
    expect((await s.ok<{ state: string }>('deliberation.vote', { id: a.id, date: '2026-06-18', expected: 9, present: 9, yes: 6, no: 3, abstain: 0, resolution: '通过' })).state).toBe('已表决');
    expect((await s.ok<{ state: string }>('deliberation.vote', { id: b.id, date: '2026-06-18', expected: 9, present: 9, yes: 5, no: 4, abstain: 0, resolution: '不通过' })).state).toBe('未通过');
    expect((await s.ok<ItemDetail>('deliberation.get', { id: a.id })).vote!.ruleText).toBe('同意票达到实到人数的三分之二及以上为通过');
    expect((await s.ok<ItemDetail>('deliberation.get', { id: first.id })).vote!.ruleText).toBe('同意票超过实到人数的一半为通过');
    await s.refused('deliberation.saveSettings', { ...rest, assignDays: 0 }, 'VALIDATION', '交办时限至少1天');
  });
});

describe('事件、操作日志与权限', () => {
  it('每次转换写一条时间线事件和一条操作日志；操作日志写不进去时，转换和事件一起回滚', async () => {
    const s = await setup();
    const { id, code } = await newItem(s.ctx, s.reps);
    expect(code).toBe('YS-2026-001');
    await s.ok('deliberation.submit', { id, date: '2026-04-10' });
    const item = await s.ok<ItemDetail>('deliberation.get', { id });
    expect(item.timeline.map((e) => [e.kind, e.label, e.fromState, e.toState, e.operator])).toEqual([
      ['create', '登记议题', null, '收集', '管理员'],
      ['submit', '提交研判', '收集', '研判', '管理员'],
    ]);
    const audit = (await s.auditRows()).filter((r) => r.entity_type === 'deliberation');
    expect(audit.map((r) => [r.action, r.label])).toEqual([
      ['create', 'YS-2026-001《小区东门夜间照明不足》'],
      ['status', 'YS-2026-001《小区东门夜间照明不足》'],
    ]);
    expect(JSON.parse(audit[1]!.after_json!)).toMatchObject({ 状态: '研判', 操作: '提交研判', 日期: '2026-04-10' });
    // The resident's phone and the ID number in the text never reach the log in full.
    expect(audit[0]!.after_json).not.toMatch(/13900001111|11010519491231002X/);

    await sql`drop table audit_log`.execute(s.db);
    const answer = await s.call('deliberation.accept', { id, date: '2026-04-15' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const events = await s.db.selectFrom('delib_event').select('kind').where('item_id', '=', id).execute();
    expect(events.map((e) => e.kind)).toEqual(['create', 'submit']);
    expect((await s.db.selectFrom('delib_item').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state).toBe('研判');
  });

  it('只读操作员可以查看、不能写：每个写操作在 core 中被拒绝', async () => {
    const s = await setup();
    const { id } = await newItem(s.ctx, s.reps);
    await s.ok('operators.save', { name: '王主席', role: '管理员' });
    const zhao = await s.ok<{ id: number }>('operators.save', { name: '赵只读', role: '只读' });
    await s.ok('session.unlock', { operatorId: zhao.id });
    const before = await s.counts();
    for (const [method, input] of [
      ['deliberation.create', itemInput(s.reps)],
      ['deliberation.submit', { id, date: '2026-04-10' }],
      ['deliberation.withdraw', { id, date: '2026-04-10', reason: '不办了' }],
      ['deliberation.remove', { id }],
      ['deliberation.saveUnit', { name: '派出所' }],
      ['deliberation.exportLedger', { year: 2026 }],
      ['deliberation.getForEdit', { id }],
    ] as const) {
      expect(await s.call(method, input), method).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await s.counts()).toEqual(before);
    expect(await s.call('deliberation.get', { id })).toMatchObject({ ok: true });
    expect(await s.call('deliberation.list', {})).toMatchObject({ ok: true });
    expect(await s.call('deliberation.figures', { year: 2026 })).toMatchObject({ ok: true });
  });
});

describe('回收站与编号', () => {
  it('收集中的草稿可进回收站、恢复、彻底删除，编号不再使用；立项后的议题不能删除，只能撤回', async () => {
    const s = await setup();
    const first = await newItem(s.ctx, s.reps);
    const second = await newItem(s.ctx, s.reps);
    expect(second.code).toBe('YS-2026-002');
    await s.ok('deliberation.remove', { id: second.id });
    expect((await s.ok<{ items: ItemSummary[] }>('deliberation.list', {})).items.map((i) => i.code)).toEqual(['YS-2026-001']);
    await s.ok('recycle.restore', { type: 'deliberation', id: second.id });
    await s.ok('deliberation.remove', { id: second.id });
    await s.ok('recycle.purge', { type: 'deliberation', id: second.id });
    expect(await s.db.selectFrom('delib_event').select('id').where('item_id', '=', second.id).execute()).toEqual([]);
    expect((await newItem(s.ctx, s.reps)).code).toBe('YS-2026-003');
    expect((await newItem(s.ctx, s.reps, { raisedOn: '2025-12-30' })).code).toBe('YS-2025-001');

    await driveTo(s.ctx, first.id, '已立项', s.meetingId);
    await s.refused('deliberation.remove', { id: first.id }, 'CONFLICT', '当前状态为“已立项”，只有“收集”中的议题可以删除。如不再办理，请“撤回”并写明理由。');
    await s.ok('deliberation.withdraw', { id: first.id, date: '2026-04-20', reason: '提出人表示已自行解决' });
    const withdrawn = await s.ok<ItemDetail>('deliberation.get', { id: first.id });
    expect(withdrawn).toMatchObject({ state: '已撤回', endReason: '提出人表示已自行解决', stateOn: '2026-04-20' });
    expect(withdrawn.timeline.at(-1)).toMatchObject({ kind: 'withdraw', note: '提出人表示已自行解决' });
  });

  it('列有议题的议事会不能删除；议题的提出人、附议人不能被彻底删除', async () => {
    const s = await setup();
    const { id } = await newItem(s.ctx, s.reps, { proposer: { kind: '代表', memberId: s.reps.wang } });
    await driveTo(s.ctx, id, '列入议事会', s.meetingId);
    await s.refused('meetings.remove', { id: s.meetingId }, 'CONFLICT', '列有议题YS-2026-001，不能删除');
    await s.ok('members.delete', { id: s.reps.zhang });
    await s.refused('recycle.purge', { type: 'member', id: s.reps.zhang }, 'CONFLICT', '是议题YS-2026-001“小区东门夜间照明不足”的提出人或附议人');
  });
});

describe('议事会、列表与成员详情', () => {
  it('议事会是“妇女议事会”类型的会议：议题的表决和决议从议题读出；没有议事会的季度被标出', async () => {
    const s = await setup();
    const { id } = await newItem(s.ctx, s.reps);
    await driveTo(s.ctx, id, '落实', s.meetingId);
    const session = await s.ok<{ meeting: { title: string; typeName: string }; items: { code: string; vote: { yes: number; resolution: string } }[] }>('deliberation.sessionItems', { meetingId: s.meetingId });
    expect(session.meeting).toMatchObject({ title: '第二季度妇女议事会', typeName: '妇女议事会' });
    expect(session.items).toMatchObject([{ code: 'YS-2026-001', vote: { yes: 7, resolution: PASSING_VOTE.resolution } }]);
    // Nothing was copied into the meeting's own tables.
    expect(await s.db.selectFrom('meeting_resolution').select('id').execute()).toEqual([]);
    const quarters = await s.ok<{ quarter: number; missing: boolean; sessions: unknown[] }[]>('deliberation.sessionQuarters', { year: 2026 });
    expect(quarters.map((q) => [q.quarter, q.sessions.length, q.missing])).toEqual([[1, 0, true], [2, 1, false], [3, 0, true], [4, 0, true]]);
    const sessions = await s.ok<{ id: number; itemCount: number }[]>('deliberation.sessions', { year: 2026 });
    expect(sessions).toMatchObject([{ id: s.meetingId, itemCount: 1 }]);
  });

  it('妇女议事会会议类型只有一个：迁移不重复；被删掉后再用时补回一次', async () => {
    const s = await setup();
    const types = async () => (await s.ok<{ name: string }[]>('meetings.listTypes')).filter((t) => t.name === '妇女议事会').length;
    expect(await types()).toBe(1);
    const fresh = await openAppLike();
    const typeId = (await fresh.ok<{ id: number; name: string }[]>('meetings.listTypes')).find((t) => t.name === '妇女议事会')!.id;
    await fresh.ok('meetings.deleteType', { id: typeId });
    expect(await fresh.ok('deliberation.sessions', {})).toEqual([]);
    await fresh.ok('deliberation.createSession', { title: '一事一议专题议事会', date: '2026-05-06' });
    expect((await fresh.ok<{ name: string }[]>('meetings.listTypes')).filter((t) => t.name === '妇女议事会')).toHaveLength(1);
  });

  it('落实中的议题临近或超过时限时在列表中标出，可按超期筛选；按类别、来源、季度、提出人、主办和文字筛选', { timeout: 60_000 }, async () => {
    const s = await setup();
    const late = await newItem(s.ctx, s.reps, { title: '楼道堆物影响老人通行' });
    await driveTo(s.ctx, late.id, '已表决', s.meetingId);
    await s.ok('deliberation.assign', { id: late.id, date: '2026-10-01', mainUnitId: s.unit('物业'), dueOn: '2026-11-20' });
    const soon = await newItem(s.ctx, s.reps, { title: '幼儿园门口接送拥堵', category: '儿童关爱', source: '意见箱', proposer: { kind: '代表', memberId: s.reps.wang }, seconderIds: [s.reps.li] });
    await driveTo(s.ctx, soon.id, '已表决', s.meetingId);
    await s.ok('deliberation.assign', { id: soon.id, date: '2026-11-01', mainUnitId: s.unit('网格'), dueOn: '2026-12-03' });
    const later = await newItem(s.ctx, s.reps, { title: '社区妇女技能培训', category: '就业创业', raisedOn: '2026-10-09' });

    const list = await s.ok<{ items: ItemSummary[]; overdue: number; dueSoon: number }>('deliberation.list', {});
    expect(list).toMatchObject({ total: 3, overdue: 1, dueSoon: 1 });
    const byId = new Map(list.items.map((i) => [i.id, i]));
    expect(byId.get(late.id)).toMatchObject({ due: 'overdue', daysLeft: -9, mainUnit: { name: '物业' } });
    expect(byId.get(soon.id)).toMatchObject({ due: 'soon', daysLeft: 4 });
    expect(byId.get(later.id)).toMatchObject({ due: null, state: '收集' });
    // The resident's phone is masked in the list.
    expect(byId.get(late.id)!.proposer).toMatchObject({ kind: '居民', name: '刘淑珍', contact: '139****1111', via: { name: '李桂兰' } });

    const codes = async (f: object) => (await s.ok<{ items: ItemSummary[] }>('deliberation.list', f)).items.map((i) => i.title);
    expect(await codes({ due: 'overdue' })).toEqual(['楼道堆物影响老人通行']);
    expect(await codes({ due: 'due' })).toEqual(['幼儿园门口接送拥堵', '楼道堆物影响老人通行']);
    expect(await codes({ category: '儿童关爱' })).toEqual(['幼儿园门口接送拥堵']);
    expect(await codes({ source: '意见箱' })).toEqual(['幼儿园门口接送拥堵']);
    expect(await codes({ year: 2026, quarter: 4 })).toEqual(['社区妇女技能培训']);
    expect(await codes({ year: 2026, quarter: 2 })).toEqual(['幼儿园门口接送拥堵', '楼道堆物影响老人通行']);
    expect(await codes({ year: 2026, quarter: 1 })).toEqual([]);
    expect(await codes({ proposerMemberId: s.reps.wang })).toEqual(['幼儿园门口接送拥堵']);
    expect(await codes({ mainUnitId: s.unit('物业') })).toEqual(['楼道堆物影响老人通行']);
    expect(await codes({ query: '接送' })).toEqual(['幼儿园门口接送拥堵']);
    expect(await codes({ query: 'ys-2026-003' })).toEqual(['社区妇女技能培训']);
    expect(await codes({ query: '东门至3号楼' })).toHaveLength(3); // 诉求内容 (the fixture's, for all three)

    const board = await s.ok<{ columns: { state: string; items: ItemSummary[] }[] }>('deliberation.board', {});
    expect(board.columns.map((c) => c.state)[0]).toBe('收集');
    expect(board.columns.find((c) => c.state === '落实')!.items).toHaveLength(2);

    const member = await s.ok<{ raised: ItemSummary[]; seconded: ItemSummary[] }>('deliberation.ofMember', { memberId: s.reps.li });
    expect(member.raised.map((i) => i.title).sort()).toEqual(['楼道堆物影响老人通行', '社区妇女技能培训'].sort());
    expect(member.seconded.map((i) => i.title)).toEqual(['幼儿园门口接送拥堵']);
  });

  it('回访不满意转二次办理（新时限，默认15天），再回访满意后办结；时间线完整', async () => {
    const s = await setup();
    const { id } = await newItem(s.ctx, s.reps);
    await driveTo(s.ctx, id, '已反馈', s.meetingId);
    await s.ok('deliberation.visit', { id, date: '2026-07-20', result: '不满意', method: '当面', visitor: '李桂兰', note: '只修了一半' });
    let item = await s.ok<ItemDetail>('deliberation.get', { id });
    expect(item).toMatchObject({ state: '落实', round: 2, redo: true, dueOn: '2026-08-04' });
    await s.ok('deliberation.addReminder', { id, date: '2026-07-28', content: '电话催促物业', byName: '张丽' });
    await s.ok('deliberation.addProgress', { id, date: '2026-07-30', content: '剩余路灯已订货' });
    await s.ok('deliberation.feedback', { id, date: '2026-08-02', text: '全部路灯已更换。' });
    await s.ok('deliberation.visit', { id, date: '2026-08-05', result: '满意', method: '电话', visitor: '李桂兰' });
    await s.ok('deliberation.close', { id, date: '2026-08-06', grade: 'A', resultText: '路灯全部修复，居民满意。' });
    item = await s.ok<ItemDetail>('deliberation.get', { id });
    expect(item.timeline.map((e) => e.kind)).toEqual(['create', 'submit', 'accept', 'schedule', 'vote', 'assign', 'feedback', 'visit', 'redo', 'reminder', 'progress', 'feedback', 'visit', 'close']);
    expect(item.rounds.map((r) => [r.round, r.startedOn, r.dueOn, r.feedbackOn])).toEqual([[1, '2026-06-20', '2026-07-20', '2026-07-15'], [2, '2026-07-20', '2026-08-04', '2026-08-02']]);
    expect(item.visits.map((v) => v.result)).toEqual(['不满意', '满意']);
    expect(item.outcome).toMatchObject({ grade: 'A', label: 'A 已解决', closedOn: '2026-08-06' });
    expect(item.progress.map((p) => [p.kind, p.round])).toEqual([['催办', 2], ['进展', 2]]);
  });
});
