/**
 * THE LIFECYCLE of a 议题, in one table (issue 13 item 2): its states, which
 * transition leads from where to where, and what each requires. Every
 * transition is its own API method (./api.ts) with its own schema
 * (./schema.ts); each handler starts with `assertTransition`, so a refusal
 * always says the current state and what can be done next.
 *
 *   收集 ─提交研判→ 研判 ─立项→ 已立项 ─列入议事会→ 列入议事会 ─审议表决→ 已表决 ─交办→ 落实
 *                    └─不予立项→ 不予立项(终)      ↑└─移出议事会─┘     └→ 未通过(终)
 *   落实 ─反馈/公示→ 已反馈 ─回访→ 已回访 ─办结→ 办结(终)
 *                            └─回访“不满意”→ 落实（二次办理，新的时限）
 *   撤回 → 已撤回(终): from 收集, 研判, 已立项, 列入议事会 (before 审议)
 */
import type { DelibState } from '../../db/deliberation/schema';
import { AppError } from '../errors';

export type { DelibState };

/** In the order a 议题 goes through them: the board's columns. */
export const STATES: readonly DelibState[] = ['收集', '研判', '已立项', '列入议事会', '已表决', '落实', '已反馈', '已回访', '办结', '不予立项', '未通过', '已撤回'];

/** States a 议题 never leaves. */
export const FINAL_STATES: readonly DelibState[] = ['办结', '不予立项', '未通过', '已撤回'];

export interface Transition {
  /** What the screen and the timeline call it. */
  label: string;
  from: readonly DelibState[];
  /** Where it can lead; more than one when the input decides (a vote passes or not, a 回访 satisfied or not). */
  to: readonly DelibState[];
  /** What the transition needs, in words (the schema enforces it). */
  requires: string;
}

export const TRANSITIONS = {
  submit: { label: '提交研判', from: ['收集'], to: ['研判'], requires: '提交日期' },
  accept: { label: '立项', from: ['研判'], to: ['已立项'], requires: '立项日期（可附研判意见）' },
  reject: { label: '不予立项', from: ['研判'], to: ['不予立项'], requires: '不予立项的理由' },
  schedule: { label: '列入议事会', from: ['已立项'], to: ['列入议事会'], requires: '一次妇女议事会（会议类型为“妇女议事会”的会议记录）' },
  unschedule: { label: '移出议事会', from: ['列入议事会'], to: ['已立项'], requires: '移出原因' },
  vote: { label: '审议表决', from: ['列入议事会'], to: ['已表决', '未通过'], requires: '应到、实到、同意、反对、弃权人数和决议内容' },
  assign: { label: '交办', from: ['已表决'], to: ['落实'], requires: '主办单位、办理时限（可选协办单位）' },
  feedback: { label: '反馈/公示', from: ['落实'], to: ['已反馈'], requires: '办理情况（可填公示日期）' },
  visit: { label: '回访', from: ['已反馈'], to: ['已回访', '落实'], requires: '满意度、回访方式和回访人；“不满意”转二次办理并给出新的时限' },
  close: { label: '办结', from: ['已回访'], to: ['办结'], requires: '办结等级和办理结果' },
  withdraw: { label: '撤回', from: ['收集', '研判', '已立项', '列入议事会'], to: ['已撤回'], requires: '撤回理由' },
} as const satisfies Record<string, Transition>;

export type TransitionName = keyof typeof TRANSITIONS;
export const TRANSITION_NAMES = Object.keys(TRANSITIONS) as TransitionName[];

/** Entries that are not transitions: where they may be added. */
export const ENTRIES = {
  progress: { label: '添加进展', in: ['落实'] },
  reminder: { label: '添加催办', in: ['落实'] },
} as const satisfies Record<string, { label: string; in: readonly DelibState[] }>;
export type EntryName = keyof typeof ENTRIES;

/** Only a draft in 收集 can go to the 回收站; later, 撤回 (before 审议) is the only way out. */
export const DELETABLE_STATES: readonly DelibState[] = ['收集'];

export function isFinal(state: DelibState): boolean {
  return FINAL_STATES.includes(state);
}

export function canTransition(state: DelibState, name: TransitionName): boolean {
  return (TRANSITIONS[name].from as readonly DelibState[]).includes(state);
}

/** What can be done in a state, in words, for messages and the screen. */
export function nextSteps(state: DelibState): string[] {
  const transitions = TRANSITION_NAMES.filter((n) => canTransition(state, n)).map((n) => TRANSITIONS[n].label);
  const entries = (Object.keys(ENTRIES) as EntryName[]).filter((e) => (ENTRIES[e].in as readonly DelibState[]).includes(state)).map((e) => ENTRIES[e].label);
  return [...entries, ...transitions];
}

function nextText(state: DelibState): string {
  const steps = nextSteps(state);
  return steps.length ? `现在可以：${steps.join('、')}。` : '该议题已结束，不能再办理。';
}

/** Refuses (CONFLICT) a transition the table does not allow from the current state. */
export function assertTransition(item: { code: string; state: DelibState }, name: TransitionName): void {
  if (canTransition(item.state, name)) return;
  throw new AppError('CONFLICT', `议题 ${item.code} 当前状态为“${item.state}”，不能“${TRANSITIONS[name].label}”。${nextText(item.state)}`, {
    state: item.state,
    transition: name,
    next: nextSteps(item.state),
  });
}

export function assertEntry(item: { code: string; state: DelibState }, name: EntryName): void {
  if ((ENTRIES[name].in as readonly DelibState[]).includes(item.state)) return;
  throw new AppError('CONFLICT', `议题 ${item.code} 当前状态为“${item.state}”，不能“${ENTRIES[name].label}”（只有“落实”中的议题可以）。${nextText(item.state)}`, {
    state: item.state,
    entry: name,
    next: nextSteps(item.state),
  });
}

/** Edits of the 议题's own fields: refused once it has ended (办结, 不予立项, 未通过, 已撤回). */
export function assertItemEditable(item: { code: string; state: DelibState }): void {
  if (!isFinal(item.state)) return;
  throw new AppError('LOCKED', `议题 ${item.code} 已${item.state === '办结' ? '办结' : `结束（${item.state}）`}，不能再修改。`, { state: item.state });
}
