/**
 * The state machine (issue 13 "Tests that must exist"): every legal transition
 * succeeds and every illegal (state, transition) pair is refused with a Chinese
 * message naming the state and what can be done — pairs GENERATED from the
 * lifecycle table, not listed by hand — and a refusal writes nothing.
 */
import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';
import { driveTo, newItem, PASSING_VOTE, seedRepresentatives, seedSession } from './fixture';
import { FINAL_STATES, STATES, TRANSITION_NAMES, TRANSITIONS, type DelibState, type TransitionName } from './lifecycle';

/** A valid input for each transition method, for a 议题 in a state it accepts. */
function inputFor(name: TransitionName, id: number, ids: { meetingId: number; unitId: number }) {
  const date = '2026-11-20';
  switch (name) {
    case 'submit':
    case 'accept':
      return { id, date, note: '' };
    case 'reject':
      return { id, date, reason: '属于个人纠纷，建议通过调解解决。' };
    case 'schedule':
      return { id, date, meetingId: ids.meetingId };
    case 'unschedule':
      return { id, date, reason: '本次会议议程已满' };
    case 'vote':
      return { id, date, ...PASSING_VOTE };
    case 'assign':
      return { id, date, mainUnitId: ids.unitId };
    case 'feedback':
      return { id, date, text: '已办理。' };
    case 'visit':
      return { id, date, result: '满意', method: '当面', visitor: '李桂兰' };
    case 'close':
      return { id, date, grade: 'A', resultText: '已解决。' };
    case 'withdraw':
      return { id, date, reason: '提出人表示问题已自行解决' };
  }
}

/** How to reach each state from 收集 (the main path, or the ending that leads there). */
async function reach(app: Awaited<ReturnType<typeof openAppLike>>, reps: Awaited<ReturnType<typeof seedRepresentatives>>, meetingId: number, state: DelibState) {
  const { id } = await newItem(app.ctx, reps);
  const ends: Partial<Record<DelibState, [DelibState, () => Promise<unknown>]>> = {
    不予立项: ['研判', () => app.ok('deliberation.reject', { id, date: '2026-04-12', reason: '不属于议事范围' })],
    未通过: ['列入议事会', () => app.ok('deliberation.vote', { id, date: '2026-06-18', expected: 9, present: 8, yes: 4, no: 3, abstain: 1, resolution: '暂不实施。' })],
    已撤回: ['已立项', () => app.ok('deliberation.withdraw', { id, date: '2026-04-20', reason: '已解决' })],
  };
  const end = ends[state];
  if (end) {
    await driveTo(app.ctx, id, end[0], meetingId);
    await end[1]();
  } else {
    await driveTo(app.ctx, id, state, meetingId);
  }
  return id;
}

describe('议题的状态机（由 lifecycle 表生成全部状态×操作组合）', () => {
  it('每个合法的转换都成功并到达表中写明的状态；每个不合法的组合都被拒绝、说明当前状态和可做的事，且不写入任何内容', { timeout: 120_000 }, async () => {
    const app = await openAppLike();
    const reps = await seedRepresentatives(app.ctx);
    const meetingId = await seedSession(app.ctx);
    const units = await app.ok<{ id: number; name: string }[]>('deliberation.units');
    const unitId = units[0]!.id;
    let legal = 0;
    let illegal = 0;
    for (const state of STATES) {
      const id = await reach(app, reps, meetingId, state);
      expect((await app.ok<{ state: string }>('deliberation.get', { id })).state).toBe(state);
      for (const name of TRANSITION_NAMES) {
        const allowed = (TRANSITIONS[name].from as readonly DelibState[]).includes(state);
        const before = await app.db.selectFrom('delib_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
        const audit = (await app.auditRows()).length;
        const method = `deliberation.${name}`;
        if (allowed) {
          // Try it on a fresh 议题 in the same state, so every pair starts from the state itself.
          const fresh = await reach(app, reps, meetingId, state);
          const answer = await app.call(method, inputFor(name, fresh, { meetingId, unitId }));
          expect(answer, `${state} —${name}→`).toMatchObject({ ok: true });
          const after = await app.ok<{ state: DelibState; timeline: { kind: string }[] }>('deliberation.get', { id: fresh });
          expect(TRANSITIONS[name].to as readonly DelibState[]).toContain(after.state);
          expect(after.timeline.at(-1)!.kind === name || after.timeline.at(-2)!.kind === name).toBe(true);
          legal++;
        } else {
          const answer = await app.call(method, inputFor(name, id, { meetingId, unitId }));
          expect(answer.ok, `${state} —${name}→ must be refused`).toBe(false);
          if (!answer.ok) {
            expect(answer.error.code).toBe('CONFLICT');
            expect(answer.error.message).toContain(`当前状态为“${state}”`);
            expect(answer.error.message).toContain(`不能“${TRANSITIONS[name].label}”`);
            expect(answer.error.message).toMatch(FINAL_STATES.includes(state) ? /已结束/ : /现在可以：/);
          }
          const now = await app.db.selectFrom('delib_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
          expect(now.n).toBe(before.n);
          expect((await app.auditRows()).length).toBe(audit);
          expect((await app.ok<{ state: string }>('deliberation.get', { id })).state).toBe(state);
          illegal++;
        }
      }
    }
    const pairs = STATES.length * TRANSITION_NAMES.length;
    expect(legal + illegal).toBe(pairs);
    expect(legal).toBe(TRANSITION_NAMES.reduce((n, name) => n + TRANSITIONS[name].from.length, 0));
  });
});
