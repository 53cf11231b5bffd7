/**
 * Shared by every record that takes attendance (会议记录, 学习记录 …). A module
 * stores one row per person with `attendance` and `reason`, validates its input
 * with ./schema.ts and shows the figures below (its list may count the same way
 * in SQL: 应到 = attendance in 出席/缺席/请假, 实到 = 出席).
 *
 * 应到 / 实到 / 出席率, defined once:
 *   应到 = everyone expected to attend: 出席 + 缺席 + 请假 (列席 are guests, not counted);
 *   实到 = 出席;
 *   出席率 = 实到 / 应到 as a percent rounded half-up to one decimal ('83.3'), or null when 应到 = 0.
 * Free-text attendees (not on the roster) count the same way as roster members.
 */
export const ATTENDANCE = ['出席', '缺席', '请假', '列席'] as const;
export type Attendance = (typeof ATTENDANCE)[number];

/** Who counts in 应到 (for a list that counts in SQL: `attendance in EXPECTED`). */
export const EXPECTED = ['出席', '缺席', '请假'] as const satisfies readonly Attendance[];

export interface AttendanceFigures {
  expected: number;
  present: number;
  absent: number;
  leave: number;
  guests: number;
  /** Percent to one decimal, e.g. '83.3'; null when nobody was expected. */
  rate: string | null;
}

export function attendanceFigures(attendees: ReadonlyArray<{ attendance: Attendance }>): AttendanceFigures {
  const count = (a: Attendance) => attendees.filter((p) => p.attendance === a).length;
  const present = count('出席');
  const absent = count('缺席');
  const leave = count('请假');
  const expected = present + absent + leave;
  return { expected, present, absent, leave, guests: count('列席'), rate: percentOneDecimal(present, expected) };
}

/** Integer arithmetic so 1/8 → '12.5' and 2/3 → '66.7' without floating-point surprises. */
export function percentOneDecimal(part: number, whole: number): string | null {
  if (whole <= 0) return null;
  const tenths = Math.floor((part * 2000 + whole) / (2 * whole));
  return `${Math.floor(tenths / 10)}.${tenths % 10}`;
}

/** Those who should have been there and were not: who may owe a 补学, whose reason is printed. */
export const isAway = (a: { attendance: Attendance }) => a.attendance === '缺席' || a.attendance === '请假';

/** 出席 and 列席: the people who can have spoken. */
export const wasThere = (a: { attendance: Attendance }) => a.attendance === '出席' || a.attendance === '列席';
