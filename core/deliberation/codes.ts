/** The fixed vocabularies of 妇女议事会 (DESIGN §3.4, issue 13 item 1). Plain data: the renderer imports it too. */

export const SOURCES = ['走访', '意见箱', '座谈', '来信来访', '网格上报', '上级交办', '执委提议'] as const;
export type Source = (typeof SOURCES)[number];

/** 五必议 first, then the other categories. */
export const MUST_DELIBERATE = ['男女平等', '权益维护', '妇女发展', '家风家教', '舆情动态'] as const;
export const CATEGORIES = [...MUST_DELIBERATE, '儿童关爱', '就业创业', '环境卫生', '其他'] as const;
export type Category = (typeof CATEGORIES)[number];

export const METHODS = ['一事一议', '一季一议', '要事随议', '特事特议'] as const;
export type Method = (typeof METHODS)[number];

export const VISIT_RESULTS = ['满意', '基本满意', '不满意'] as const;
export type VisitResult = (typeof VISIT_RESULTS)[number];
/** What the satisfaction rate counts as satisfied. */
export const SATISFIED: readonly VisitResult[] = ['满意', '基本满意'];

export const VISIT_METHODS = ['当面', '电话', '书面'] as const;
export type VisitMethod = (typeof VISIT_METHODS)[number];

export const OUTCOME_GRADES = ['A', 'B', 'C', 'D'] as const;
export type OutcomeGrade = (typeof OUTCOME_GRADES)[number];

/** The role of the roster (core/members/codes.ts ROLES) that makes a member a representative. */
export const REPRESENTATIVE_ROLE = '妇女代表';

/** The meeting type (core/meetings) whose meetings are 议事会 sessions. */
export const SESSION_TYPE_NAME = '妇女议事会';

/** 编号: YS-2026-007. */
export const itemCode = (year: number, seq: number) => `YS-${year}-${String(seq).padStart(3, '0')}`;
