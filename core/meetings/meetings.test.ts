import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import { createFixtureMeeting, fixtureMeetingInput, seedRoster, typeId } from './fixture';

/** Calls meetings.<method> through the real API boundary (zod + AppError envelope). */
function caller(ctx: AppContext) {
  return async (method: string, input?: unknown) => dispatch(apiTable, ctx, `meetings.${method}`, input, () => undefined);
}
const value = <T>(answer: { ok: boolean; value?: unknown; error?: unknown }) => {
  if (!answer.ok) throw new Error(JSON.stringify(answer.error));
  return answer.value as T;
};

describe('meetings: a record and its figures', () => {
  it('stores every part and computes 应到 4 / 实到 3 / 出席率 75.0 (列席 not counted)', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    const { id } = await createFixtureMeeting(ctx);
    const m = value<Record<string, unknown> & { figures: unknown; attendees: unknown[]; topics: unknown[]; actions: unknown[] }>(await call('get', { id }));
    expect(m).toMatchObject({ title: '第四季度执委会议', typeName: '执委会议', status: '草稿', place: '社区党群服务中心二楼会议室', host: { name: '王秀英' } });
    expect(m.figures).toEqual({ expected: 4, present: 3, absent: 0, leave: 1, guests: 1, rate: '75.0' });
    expect(m.attendees).toContainEqual(expect.objectContaining({ name: '刘芳', attendance: '请假', reason: '外出参加区妇联培训' }));
    expect(m.topics[0]).toMatchObject({ speeches: [{ speaker: '李桂兰' }] });
    // 2026-11-29 is "today": 11-25 进行中 is overdue, 11-22 已完成 is not, 12-05 is not yet due.
    expect(m.actions.map((a) => (a as { overdue: boolean }).overdue)).toEqual([false, true, false]);
  });

  it('refuses 请假 without a reason and a speaker who was not there, naming them, and writes nothing', async () => {
    const { ctx, db } = await openTempDatabase();
    const call = caller(ctx);
    const input = await fixtureMeetingInput(ctx);
    input.attendees[3] = { ...input.attendees[3]!, reason: '' };
    input.topics[0]!.speeches.push({ speaker: '陈静', content: '…' });
    const answer = await call('create', input);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const message = (answer as { error: { message: string } }).error.message;
    expect(message).toContain('刘芳请假，请填写请假原因');
    expect(message).toContain('发言人“陈静”不在出席或列席人员中');
    expect(await db.selectFrom('meeting').selectAll().execute()).toEqual([]);
  });
});

describe('定稿 locks the record', () => {
  it('needs 主持人, 记录人, time, place and a 议题, and says which are missing', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    const input = await fixtureMeetingInput(ctx, { host: { memberId: null, name: '' }, place: '', startTime: '', endTime: '', topics: [] });
    const { id } = value<{ id: number }>(await call('create', input));
    const answer = await call('finalize', { id });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((answer as { error: { message: string } }).error.message).toBe(
      '会议记录《第四季度执委会议》还不能定稿，请先填写：主持人、开始时间、结束时间、地点、至少一个议题。',
    );
    expect(value<{ status: string }>(await call('get', { id })).status).toBe('草稿');
  });

  it('answers LOCKED with a Chinese message on every edit path after 定稿, including delete and a second 定稿', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    const { id, input } = await createFixtureMeeting(ctx);
    value(await call('finalize', { id }));
    const before = value(await call('get', { id }));

    const attempts = [call('update', { id, meeting: { ...input, title: '改过的标题' } }), call('finalize', { id })];
    for (const answer of await Promise.all(attempts)) {
      expect(answer).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
      expect((answer as { error: { message: string } }).error.message).toMatch(/^会议记录《第四季度执委会议》已定稿，不能再修改或删除。如需更正/);
    }
    expect(await call('remove', { id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringMatching(/^会议记录《第四季度执委会议》已定稿，不能删除。如需更正/) },
    });
    expect(value(await call('get', { id }))).toEqual(before);
    expect(value<{ rows: unknown[] }>(await call('list', {})).rows).toHaveLength(1);
  });

  it('still lets action item status change after 定稿 (follow-up, not the record)', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    const { id } = await createFixtureMeeting(ctx);
    value(await call('finalize', { id }));
    const { actions } = value<{ actions: Array<{ id: number; status: string }> }>(await call('get', { id }));
    value(await call('setActionStatus', { actionId: actions[0]!.id, status: '已完成' }));
    const after = value<{ actions: Array<{ status: string }>; status: string }>(await call('get', { id }));
    expect(after.actions[0]!.status).toBe('已完成');
    expect(after.status).toBe('已定稿');
  });

  it('a draft can be edited and deleted', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    const { id, input } = await createFixtureMeeting(ctx);
    value(await call('update', { id, meeting: { ...input, title: '第四季度执委（扩大）会议', resolutions: [] } }));
    expect(value<{ title: string; resolutions: string[] }>(await call('get', { id }))).toMatchObject({ title: '第四季度执委（扩大）会议', resolutions: [] });
    value(await call('remove', { id }));
    expect(await call('get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('更正 entries', () => {
  it('are refused on a draft, kept in order with what, why, who and when after 定稿', async () => {
    const { ctx, db } = await openTempDatabase();
    const call = caller(ctx);
    const { id } = await createFixtureMeeting(ctx);
    const correction = { what: '出席人员漏记赵敏', why: '核对签到表发现', by: '张丽' };
    expect(await call('addCorrection', { id, ...correction })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '草稿可以直接修改，定稿后才需要添加更正记录。' } });
    value(await call('finalize', { id }));
    expect(await call('addCorrection', { id, what: '', why: '', by: '' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    value(await call('addCorrection', { id, ...correction }));
    value(await call('addCorrection', { id, what: '决议第1条时间改为12月10日前', why: '笔误', by: '王秀英', on: '2026-11-30' }));
    const { corrections } = value<{ corrections: unknown[] }>(await call('get', { id }));
    expect(corrections).toEqual([
      expect.objectContaining({ ...correction, on: '2026-11-29' }),
      expect.objectContaining({ by: '王秀英', on: '2026-11-30', why: '笔误' }),
    ]);
    const stored = await db.selectFrom('record_correction').select(['record_type', 'record_id']).execute();
    expect(stored).toEqual([{ record_type: 'meeting', record_id: id }, { record_type: 'meeting', record_id: id }]);
  });
});

describe('templates and carry-over', () => {
  it('resolves default attendees from roster roles (在册 only) and gives the default 议题', async () => {
    const { ctx, db } = await openTempDatabase();
    const call = caller(ctx);
    const m = await seedRoster(ctx);
    await db.updateTable('member').set({ status: '迁出' }).where('id', '=', m.liu).execute();
    const exec = value<{ attendees: Array<{ name: string }>; topics: string[]; carryOver: unknown }>(
      await call('template', { typeId: await typeId(ctx, '执委会议') }),
    );
    expect(exec.attendees.map((a) => a.name)).toEqual(['王秀英', '李桂兰', '张丽']);
    expect(exec.topics).toContain('研究部署近期工作');
    expect(exec.carryOver).toBeNull();
    const leaders = value<{ attendees: Array<{ name: string }> }>(await call('template', { typeId: await typeId(ctx, '妇女小组长会议') }));
    expect(leaders.attendees.map((a) => a.name)).toEqual(['王秀英', '陈静']);
  });

  it('offers the open action items of the previous meeting of the same type, and links a carried item', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    const { id } = await createFixtureMeeting(ctx);
    const exec = await typeId(ctx, '执委会议');
    const template = value<{ carryOver: { meetingId: number; actions: Array<{ id: number; content: string }> } }>(
      await call('template', { typeId: exec, date: '2026-12-20' }),
    );
    expect(template.carryOver.meetingId).toBe(id);
    expect(template.carryOver.actions.map((a) => a.content)).toEqual(['制定走访慰问名单', '联系爱心企业筹集物资']);
    // Another type's meeting is not "previous" for 执委会议.
    const other = value<{ carryOver: unknown }>(await call('template', { typeId: await typeId(ctx, '工作例会') }));
    expect(other.carryOver).toBeNull();

    const carried = template.carryOver.actions[0]!;
    const next = value<{ id: number }>(
      await call('create', {
        typeId: exec,
        title: '十二月执委会议',
        date: '2026-12-20',
        actions: [{ content: carried.content, owner: '李桂兰', carriedFromId: carried.id }],
      }),
    );
    const detail = value<{ actions: Array<{ carriedFromId: number | null }> }>(await call('get', { id: next.id }));
    expect(detail.actions).toEqual([expect.objectContaining({ carriedFromId: carried.id })]);
  });
});

describe('list, search and action items', () => {
  it('filters by type, year and status, searches content, and counts this year per type', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    const { id } = await createFixtureMeeting(ctx);
    const leaders = await typeId(ctx, '妇女小组长会议');
    value(await call('create', { typeId: leaders, title: '十月小组长会议', date: '2026-10-08', topics: [{ title: '收集垃圾分类意见' }] }));
    value(await call('create', { typeId: leaders, title: '去年小组长会议', date: '2025-06-01' }));
    value(await call('finalize', { id }));

    const titles = async (filters: object) => value<{ rows: Array<{ title: string }> }>(await call('list', filters)).rows.map((r) => r.title);
    expect(await titles({})).toEqual(['第四季度执委会议', '十月小组长会议', '去年小组长会议']);
    expect(await titles({ typeId: leaders, year: 2026 })).toEqual(['十月小组长会议']);
    expect(await titles({ status: '已定稿' })).toEqual(['第四季度执委会议']);
    expect(await titles({ query: '冬季关爱' })).toEqual(['第四季度执委会议']); // a speech, 3+ chars: trigram index
    expect(await titles({ query: '垃圾' })).toEqual(['十月小组长会议']); // 2 chars: LIKE
    expect(await titles({ query: '没有这个词' })).toEqual([]);

    const { thisYear } = value<{ thisYear: { year: number; byType: Array<{ typeName: string; count: number }> } }>(await call('list', {}));
    expect(thisYear.year).toBe(2026);
    expect(thisYear.byType).toContainEqual(expect.objectContaining({ typeName: '执委会议', count: 1 }));
    expect(thisYear.byType).toContainEqual(expect.objectContaining({ typeName: '妇女小组长会议', count: 1 }));
    expect(thisYear.byType).toHaveLength(7);
  });

  it('lists open and overdue action items across meetings', async () => {
    const { ctx } = await openTempDatabase();
    const call = caller(ctx);
    await createFixtureMeeting(ctx);
    const open = value<Array<{ content: string; overdue: boolean }>>(await call('actions', { scope: 'open' }));
    expect(open.map((a) => [a.content, a.overdue])).toEqual([
      ['联系爱心企业筹集物资', true],
      ['制定走访慰问名单', false],
    ]);
    const overdue = value<unknown[]>(await call('actions', { scope: 'overdue' }));
    expect(overdue).toHaveLength(1);
    expect(value<unknown[]>(await call('actions', { scope: 'all' }))).toHaveLength(3);
  });
});
