/**
 * 妇女议事会 settings (issue 13 items 2, 3, 5): the vote rule, default 时限 for
 * 交办 and 二次办理, how early a 时限 is flagged, and the outcome labels. Stored
 * as one JSON value in app_setting; missing keys take the defaults.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { userText } from '../api/schemas';
import type { OutcomeGrade } from './codes';

const KEY = 'deliberation.settings';

export interface VoteCounts {
  expected: number;
  present: number;
  yes: number;
  no: number;
  abstain: number;
}

/** The rules a branch may choose; `text` is printed with every result. */
export const VOTE_RULES = {
  实到过半: { text: '同意票超过实到人数的一半为通过', passes: (v: VoteCounts) => v.yes * 2 > v.present },
  应到过半: { text: '同意票超过应到人数的一半为通过', passes: (v: VoteCounts) => v.yes * 2 > v.expected },
  实到三分之二: { text: '同意票达到实到人数的三分之二及以上为通过', passes: (v: VoteCounts) => v.yes * 3 >= v.present * 2 },
} as const;
export type VoteRuleName = keyof typeof VOTE_RULES;
const RULE_NAMES = Object.keys(VOTE_RULES) as [VoteRuleName, ...VoteRuleName[]];

const days = (label: string, max: number) =>
  z.number({ error: `${label}应为天数` }).int(`${label}应为整数天`).min(1, `${label}至少1天`).max(max, `${label}不能超过${max}天`);

export const deliberationSettingsSchema = z.object({
  voteRule: z.enum(RULE_NAMES, { error: `表决规则应为 ${RULE_NAMES.join('/')}` }),
  assignDays: days('交办时限', 365),
  redoDays: days('二次办理时限', 365),
  warnDays: days('到期提醒提前天数', 60),
  outcomeLabels: z.object({
    A: userText('A类办结标签', 20).min(1, '请填写A类办结标签'),
    B: userText('B类办结标签', 20).min(1, '请填写B类办结标签'),
    C: userText('C类办结标签', 20).min(1, '请填写C类办结标签'),
    D: userText('D类办结标签', 20).min(1, '请填写D类办结标签'),
  }),
});
export type DeliberationSettings = z.output<typeof deliberationSettingsSchema>;

export const DEFAULT_SETTINGS: DeliberationSettings = {
  voteRule: '实到过半',
  assignDays: 30,
  redoDays: 15,
  warnDays: 7,
  outcomeLabels: { A: '已解决', B: '正在解决', C: '列入计划', D: '留作参考' },
};

export async function loadSettings(db: Kysely<Database>): Promise<DeliberationSettings> {
  const row = await db.selectFrom('app_setting').select('value').where('key', '=', KEY).executeTakeFirst();
  if (!row) return DEFAULT_SETTINGS;
  const stored = deliberationSettingsSchema.partial().safeParse(JSON.parse(row.value));
  return stored.success ? { ...DEFAULT_SETTINGS, ...stored.data } : DEFAULT_SETTINGS;
}

export async function storeSettings(db: Kysely<Database>, settings: DeliberationSettings): Promise<void> {
  const value = JSON.stringify(settings);
  await db.insertInto('app_setting').values({ key: KEY, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}

/** The vote's outcome under a rule, with the rule's text (prints show it beside the result). */
export function voteResult(counts: VoteCounts, rule: VoteRuleName) {
  return { passed: VOTE_RULES[rule].passes(counts), ruleText: VOTE_RULES[rule].text };
}

/** “A 已解决”; D always carries its reason on screen and print. */
export const gradeLabel = (settings: DeliberationSettings, grade: OutcomeGrade) => `${grade} ${settings.outcomeLabels[grade]}`;
