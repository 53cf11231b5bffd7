/**
 * What the 首页 shows, as plain data: entries (what needs attention), this year's
 * counts per module and the 年度检查表's rows. Each module contributes them through
 * a HomeSource (its own `core/<module>/home.ts`), listed once in ./sources.ts.
 */
import type { AppContext } from '../context';

/** 红 / 橙 / 蓝 on the screen. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A page of the app and the filter it opens with (as URL search parameters). */
export interface HomeLink {
  route: string;
  query?: Record<string, string>;
}

export interface HomeEntry {
  /** The module it is about (a renderer module's `name`: its icon comes from there). */
  module: string;
  /** What kind of entry (stable, for tests and the renderer's per-kind icon): 'overdue-actions' … */
  kind: string;
  severity: Severity;
  /** One Chinese sentence an officer reads: 有3项行动事项已超过完成时限。 */
  text: string;
  count: number;
  link: HomeLink;
}

export interface HomeCount {
  module: string;
  label: string;
  value: number;
  link: HomeLink;
}

/** One quarter's cell of the 年度检查表: planned (null: nothing expected) against held. */
export interface GridCell {
  planned: number | null;
  held: number;
  /** Fewer held than planned, in a quarter that has begun (past quarters, or the current one). */
  gap: boolean;
  link: HomeLink;
}

export interface GridRow {
  module: string;
  /** 会议记录 / 学习记录 / 妇女议事会 / 档案台账: the group the row sits in. */
  group: string;
  label: string;
  /** Q1–Q4, then 全年. */
  cells: [GridCell, GridCell, GridCell, GridCell, GridCell];
}

/** "Today" and the year as the ctx clock says (the office's time zone). */
export interface HomeDay {
  today: string;
  year: number;
}

export interface HomeSource {
  module: string;
  /** The read method whose data this is: an operator whose role may not call it gets none of it. */
  needs: string;
  entries?(ctx: AppContext, day: HomeDay): Promise<HomeEntry[]>;
  counts?(ctx: AppContext, day: HomeDay): Promise<HomeCount[]>;
  grid?(ctx: AppContext, year: number, day: HomeDay): Promise<GridRow[]>;
}
