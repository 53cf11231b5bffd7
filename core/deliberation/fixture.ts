/**
 * For tests (vitest, e2e, bench): representatives with ID numbers and phones,
 * a 妇女议事会 session, a resident's 议题, and `driveTo` — the transitions
 * needed to bring a new 议题 to any state, through the real services.
 */
import type { AppContext } from '../context';
import { addMembers } from '../members/roster-fixture';
import type { DelibState } from './lifecycle';
import { itemInputSchema, type ItemInput } from './schema';
import { createItem, createSession, listUnits } from './service';
import * as t from './transitions';

export async function seedRepresentatives(ctx: AppContext) {
  const ids = await addMembers(ctx, [
    { name: '王秀英', roles: ['妇联主席', '妇女代表'], phone: '13812345678' },
    { name: '李桂兰', roles: ['妇女代表'], phone: '13987654321' },
    { name: '张丽', roles: ['妇女代表'], phone: '13611112222' },
    { name: '刘芳', roles: ['妇女代表', '妇女小组长'], phone: '13733334444' },
    { name: '赵敏', roles: ['执委'], phone: '13555556666' },
  ]);
  const [wang, li, zhang, liu, zhao] = ids as [number, number, number, number, number];
  return { wang, li, zhang, liu, zhao };
}
export type Reps = Awaited<ReturnType<typeof seedRepresentatives>>;

export async function seedSession(ctx: AppContext, date = '2026-06-18', title = '第二季度妇女议事会') {
  return (await createSession(ctx, { title, date, place: '社区党群服务中心议事厅' })).id;
}

export function itemInput(reps: Reps, overrides: Partial<ItemInput> = {}): ItemInput {
  return itemInputSchema.parse({
    title: '小区东门夜间照明不足',
    content: '东门至3号楼的路灯坏了两个月，晚上接孩子放学的妈妈们走夜路不安全。居民刘女士（联系电话 13900001111，身份证号 11010519491231002X）多次反映。',
    source: '走访',
    category: '权益维护',
    method: '一季一议',
    raisedOn: '2026-04-08',
    proposer: { kind: '居民', name: '刘淑珍', contact: '13900001111', viaMemberId: reps.li },
    seconderIds: [reps.zhang, reps.liu],
    ...overrides,
  });
}

/** Vote counts that pass under the default rule. */
export const PASSING_VOTE = { expected: 9, present: 8, yes: 7, no: 0, abstain: 1, resolution: '同意由物业在一个月内修复东门路灯，社区网格员跟进。' };

/** Brings a new 议题 (in 收集) through the lifecycle until it is in `state`, dated along the way. */
export async function driveTo(ctx: AppContext, id: number, state: DelibState, meetingId: number) {
  const units = await listUnits(ctx);
  const unit = units.find((u) => u.name === '物业')!.id;
  const steps: Array<[DelibState, () => Promise<unknown>]> = [
    ['研判', () => t.submit(ctx, { id, date: '2026-04-10', note: '' })],
    ['已立项', () => t.accept(ctx, { id, date: '2026-04-15', note: '涉及妇女儿童出行安全，立项。' })],
    ['列入议事会', () => t.schedule(ctx, { id, date: '2026-06-01', meetingId })],
    ['已表决', () => t.vote(ctx, { id, date: '2026-06-18', ...PASSING_VOTE })],
    ['落实', () => t.assign(ctx, { id, date: '2026-06-20', mainUnitId: unit, coUnitIds: [units.find((u) => u.name === '网格')!.id], dueOn: '2026-07-20' })],
    ['已反馈', () => t.feedback(ctx, { id, date: '2026-07-15', text: '物业已更换东门至3号楼路灯6盏。', publicizedOn: '2026-07-16' })],
    ['已回访', () => t.visit(ctx, { id, date: '2026-07-25', result: '满意', method: '电话', visitor: '李桂兰', note: '' })],
    ['办结', () => t.close(ctx, { id, date: '2026-08-01', grade: 'A', resultText: '路灯已修复，居民满意。', reason: '' })],
  ];
  if (state === '收集') return;
  for (const [reached, step] of steps) {
    await step();
    if (reached === state) return;
  }
  throw new Error(`driveTo: ${state} is not on the main path`);
}

export async function newItem(ctx: AppContext, reps: Reps, overrides: Partial<ItemInput> = {}) {
  return createItem(ctx, itemInput(reps, overrides));
}
