/**
 * For the figures tests and the CLI test: a year (2026) of 议题 whose figures are
 * computed by hand in figures.test.ts. A crosses Q1→Q2 (raised in Q1, 立项 in Q2);
 * B is reopened by 不满意 in Q2 and satisfied in Q3; D is withdrawn (excluded);
 * G was raised in 2025 and voted down in 2026; I's latest 回访 is 不满意.
 */
import type { AppContext } from '../context';
import { seedRepresentatives, seedSession, itemInput } from './fixture';
import { createItem, listUnits } from './service';
import * as t from './transitions';

export async function seedFiguresYear(ctx: AppContext) {
  const reps = await seedRepresentatives(ctx);
  const meetingId = await seedSession(ctx, '2026-01-06', '第一季度妇女议事会');
  const unit = (await listUnits(ctx)).find((u) => u.name === '社区两委')!.id;
  const item = async (code: string, category: string, raisedOn: string) =>
    (await createItem(ctx, itemInput(reps, { title: `议题${code}`, category: category as never, raisedOn }))).id;
  const upToVote = async (id: number, d: { submit: string; accept: string; vote: string; yes?: number }) => {
    await t.submit(ctx, { id, date: d.submit, note: '' });
    await t.accept(ctx, { id, date: d.accept, note: '' });
    await t.schedule(ctx, { id, date: d.accept, meetingId });
    await t.vote(ctx, { id, date: d.vote, expected: 9, present: 8, yes: d.yes ?? 7, no: 0, abstain: 1, resolution: '同意办理' });
  };
  const visit = (id: number, date: string, result: '满意' | '基本满意' | '不满意') => t.visit(ctx, { id, date, result, method: '电话', visitor: '李桂兰', note: '' });

  const A = await item('A', '权益维护', '2026-03-20');
  await upToVote(A, { submit: '2026-03-25', accept: '2026-04-02', vote: '2026-04-10' });
  await t.assign(ctx, { id: A, date: '2026-04-12', mainUnitId: unit, coUnitIds: [], dueOn: '2026-05-12' });
  await t.feedback(ctx, { id: A, date: '2026-05-10', text: '已办', publicizedOn: null });
  await visit(A, '2026-05-20', '满意');
  await t.close(ctx, { id: A, date: '2026-05-25', grade: 'A', resultText: '已解决', reason: '' });

  const B = await item('B', '儿童关爱', '2026-04-15');
  await upToVote(B, { submit: '2026-04-16', accept: '2026-04-20', vote: '2026-06-18' });
  await t.assign(ctx, { id: B, date: '2026-06-20', mainUnitId: unit, coUnitIds: [], dueOn: '2026-06-28' });
  await t.feedback(ctx, { id: B, date: '2026-06-25', text: '已办', publicizedOn: null });
  await visit(B, '2026-06-28', '不满意'); // round 2, 时限 2026-07-13
  await t.feedback(ctx, { id: B, date: '2026-07-20', text: '二次办理完成', publicizedOn: null }); // late
  await visit(B, '2026-07-25', '满意');
  await t.close(ctx, { id: B, date: '2026-09-02', grade: 'B', resultText: '正在解决', reason: '' });

  const C = await item('C', '权益维护', '2026-05-06');
  await t.submit(ctx, { id: C, date: '2026-05-07', note: '' });
  await t.reject(ctx, { id: C, date: '2026-05-08', reason: '不属于议事范围' });

  const D = await item('D', '就业创业', '2026-02-10');
  await t.submit(ctx, { id: D, date: '2026-02-11', note: '' });
  await t.accept(ctx, { id: D, date: '2026-02-12', note: '' });
  await t.withdraw(ctx, { id: D, date: '2026-02-20', reason: '提出人撤回' });

  const E = await item('E', '权益维护', '2026-07-01');
  await upToVote(E, { submit: '2026-07-02', accept: '2026-07-05', vote: '2026-07-10' });
  await t.assign(ctx, { id: E, date: '2026-07-12', mainUnitId: unit, coUnitIds: [], dueOn: '2026-08-11' }); // never fed back

  const F = await item('F', '环境卫生', '2026-10-10'); // stays in 收集

  const G = await item('G', '环境卫生', '2025-12-20');
  await t.submit(ctx, { id: G, date: '2025-12-21', note: '' });
  await t.accept(ctx, { id: G, date: '2026-01-05', note: '' });
  await t.schedule(ctx, { id: G, date: '2026-01-06', meetingId });
  await t.vote(ctx, { id: G, date: '2026-03-10', expected: 9, present: 8, yes: 2, no: 5, abstain: 1, resolution: '不予实施' });

  const H = await item('H', '家风家教', '2026-07-02');
  await upToVote(H, { submit: '2026-07-03', accept: '2026-07-04', vote: '2026-07-10' });
  await t.assign(ctx, { id: H, date: '2026-07-11', mainUnitId: unit, coUnitIds: [], dueOn: '2026-08-10' });
  await t.feedback(ctx, { id: H, date: '2026-08-01', text: '已办', publicizedOn: null });
  await visit(H, '2026-08-05', '基本满意'); // not yet 办结

  const I = await item('I', '妇女发展', '2026-07-03');
  await upToVote(I, { submit: '2026-07-04', accept: '2026-07-05', vote: '2026-07-10' });
  await t.assign(ctx, { id: I, date: '2026-07-11', mainUnitId: unit, coUnitIds: [], dueOn: '2026-08-10' });
  await t.feedback(ctx, { id: I, date: '2026-08-01', text: '已办', publicizedOn: null });
  await visit(I, '2026-10-08', '不满意'); // round 2, 时限 2026-10-23, never fed back

  return { reps, meetingId, ids: { A, B, C, D, E, F, G, H, I } };
}
