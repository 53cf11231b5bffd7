/** Kysely's view of the 妇女议事会 tables (migration 011). Part of `Database` (db/schema.ts). */
import type { Generated } from 'kysely';

export type DelibState =
  | '收集'
  | '研判'
  | '已立项'
  | '不予立项'
  | '列入议事会'
  | '已表决'
  | '未通过'
  | '落实'
  | '已反馈'
  | '已回访'
  | '办结'
  | '已撤回';

/** Per year, the last sequence number handed out for 编号 YS-YYYY-NNN. */
export interface DelibCounterTable {
  year: number;
  last_seq: number;
}

/** 承办单位: a user-managed list (社区两委, 物业, 网格, 街道科室 …). */
export interface DelibUnitTable {
  id: Generated<number>;
  name: string;
  sort_order: Generated<number>;
  active: Generated<number>;
  created_at: string;
}

/** One 议题. The vote, 决议, 主办 and outcome are filled in by their transitions. */
export interface DelibItemTable {
  id: Generated<number>;
  year: number;
  seq: number;
  code: string;
  title: string;
  content: string;
  source: string;
  category: string;
  method: string;
  /** The 妇女代表 who raised it (or, for a resident's concern, null). */
  proposer_member_id: number | null;
  /** The representative's name, or the resident's. */
  proposer_name: string;
  /** A resident's contact (phone or address); masked everywhere it is listed or printed. */
  proposer_contact: Generated<string>;
  /** The representative a resident's concern came through. */
  via_member_id: number | null;
  raised_on: string;
  state: Generated<DelibState>;
  /** The date of the transition into the current state. */
  state_on: string;
  meeting_id: number | null;
  /** The current 办理 round (0 before 交办) and its 时限: what the overdue flag reads. */
  round: Generated<number>;
  due_on: string | null;
  vote_expected: number | null;
  vote_present: number | null;
  vote_yes: number | null;
  vote_no: number | null;
  vote_abstain: number | null;
  vote_passed: number | null;
  vote_rule: string | null;
  voted_on: string | null;
  resolution: Generated<string>;
  main_unit_id: number | null;
  outcome_grade: 'A' | 'B' | 'C' | 'D' | null;
  outcome_text: Generated<string>;
  outcome_reason: Generated<string>;
  closed_on: string | null;
  /** 不予立项 or 撤回 reason. */
  end_reason: Generated<string>;
  search_text: Generated<string>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface DelibSeconderTable {
  item_id: number;
  member_id: number;
  sort_order: number;
}

export interface DelibCoUnitTable {
  item_id: number;
  unit_id: number;
  sort_order: number;
}

/** The timeline: every transition and entry, written in the same transaction as the change. */
export interface DelibEventTable {
  id: Generated<number>;
  item_id: number;
  /** When it was recorded (ISO date-time). */
  at: string;
  /** The date the operator gave for it (立项日期, 回访日期 …): what figures count by. */
  date: string;
  operator_name: string;
  kind: string;
  from_state: string | null;
  to_state: string | null;
  note: Generated<string>;
  payload_json: Generated<string>;
}

/** 办理 rounds: 1 = 交办; 2, 3 … = 二次办理 after a 不满意 回访. */
export interface DelibRoundTable {
  id: Generated<number>;
  item_id: number;
  round: number;
  started_on: string;
  due_on: string;
  feedback_on: string | null;
  feedback_text: Generated<string>;
  publicized_on: string | null;
}

export interface DelibProgressTable {
  id: Generated<number>;
  item_id: number;
  round: number;
  kind: '进展' | '催办';
  date: string;
  content: string;
  by_name: Generated<string>;
  created_at: string;
}

export interface DelibVisitTable {
  id: Generated<number>;
  item_id: number;
  round: number;
  date: string;
  result: '满意' | '基本满意' | '不满意';
  method: '当面' | '电话' | '书面';
  visitor: string;
  note: Generated<string>;
  created_at: string;
}

export interface DeliberationTables {
  delib_counter: DelibCounterTable;
  delib_unit: DelibUnitTable;
  delib_item: DelibItemTable;
  delib_seconder: DelibSeconderTable;
  delib_co_unit: DelibCoUnitTable;
  delib_event: DelibEventTable;
  delib_round: DelibRoundTable;
  delib_progress: DelibProgressTable;
  delib_visit: DelibVisitTable;
}
