/**
 * 学时 arithmetic, defined once (issue 12 item 4):
 * - hours come in 0.5 steps from 0 to 24; stored as half-hour units (1.5 学时 = 3)
 *   so sums are exact integers;
 * - a session's hours default from a counting rule (全天 8 / 半天 4 / 按实际时长:
 *   the time span rounded down to the half hour);
 * - a person present (出席/列席) earns the session's hours unless overridden for
 *   partial attendance; 缺席/请假 earn nothing but their 补学's hours;
 * - everything counts in the calendar year of the session, even a 补学 done in January
 *   for a December session.
 */
import { z } from 'zod';
import type { Attendance } from '../attendance/attendance';

export const MAX_HOURS = 24;

/** A 学时 field: 0–24 in 0.5 steps, with a message naming the field. */
export const hoursSchema = (label: string) =>
  z
    .number({ error: `${label}应为数字` })
    .min(0, { error: `${label}应在0到${MAX_HOURS}之间` })
    .max(MAX_HOURS, { error: `${label}应在0到${MAX_HOURS}之间` })
    .refine((h) => Number.isInteger(h * 2), { error: `${label}应以0.5为单位（如1、1.5、2）` });

export const toHalves = (hours: number) => Math.round(hours * 2);
export const fromHalves = (halves: number) => halves / 2;

/** '09:00'–'11:45' → 2.5 (rounded down to the half hour); null without both times. */
export function spanHalves(start: string, end: string): number | null {
  if (!start || !end) return null;
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  const span = minutes(end) - minutes(start);
  return span > 0 ? Math.floor(span / 30) : null;
}

export interface HoursRule {
  id: number;
  name: string;
  kind: 'fixed' | 'per_hour';
  hoursHalves: number;
}

/** The default hours a rule gives a session, or null when it cannot (按实际时长 without a time span). */
export function ruleHalves(rule: HoursRule, start: string, end: string): number | null {
  return rule.kind === 'fixed' ? rule.hoursHalves : spanHalves(start, end);
}

export const earnsSessionHours = (a: Attendance) => a === '出席' || a === '列席';

/** One person's hours for one session, in halves: the override or the session's if present, else the 补学's. */
export function personHalves(
  session: { hoursHalves: number },
  attendee: { attendance: Attendance; hoursHalves: number | null },
  makeup: { hoursHalves: number } | null,
): { attended: number; makeup: number; total: number } {
  const attended = earnsSessionHours(attendee.attendance) ? (attendee.hoursHalves ?? session.hoursHalves) : 0;
  const made = earnsSessionHours(attendee.attendance) ? 0 : (makeup?.hoursHalves ?? 0);
  return { attended, makeup: made, total: attended + made };
}

/** The calendar year a session (and its 补学) counts in. */
export const yearOf = (isoDate: string) => Number(isoDate.slice(0, 4));

/** 3 → '1.5', 16 → '8' */
export const hoursText = (halves: number) => String(fromHalves(halves));
