/**
 * Which automatic backups to keep: the newest of each of the last 7 days, the
 * last 8 weeks and the last 12 months that have one (the usual
 * grandfather-father-son scheme). Manual, pre-restore and pre-migration copies
 * are never deleted here: the user or an upgrade made them on purpose.
 */
import type { BackupKind } from './names';

export const KEEP = { daily: 7, weekly: 8, monthly: 12 } as const;

export interface RotationCandidate {
  name: string;
  kind: BackupKind;
  date: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
const monthKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}`;

/** ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday), local time. */
export function isoWeekKey(d: Date): string {
  // Calendar arithmetic in UTC on the local date, so daylight-saving days cannot skew it.
  const day = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const weekday = (day.getUTCDay() + 6) % 7; // Monday = 0
  day.setUTCDate(day.getUTCDate() - weekday + 3); // this week's Thursday decides the year
  const jan4 = new Date(Date.UTC(day.getUTCFullYear(), 0, 4));
  const jan4Thursday = jan4.getTime() + (3 - ((jan4.getUTCDay() + 6) % 7)) * 86_400_000;
  const week = 1 + Math.round((day.getTime() - jan4Thursday) / (7 * 86_400_000));
  return `${day.getUTCFullYear()}-W${pad(week)}`;
}

function newestPerPeriod(sortedNewestFirst: RotationCandidate[], key: (d: Date) => string, count: number): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const backup of sortedNewestFirst) {
    const period = key(backup.date);
    if (seen.has(period)) continue;
    seen.add(period);
    if (seen.size > count) break;
    kept.push(backup.name);
  }
  return kept;
}

/**
 * The backups kept whatever their age: the newest with any members, and the
 * newest holding at least half as many members as the fullest one. So a week
 * of backups of an emptied or cut-down file cannot rotate the last good one away.
 */
export function lastGoodBackups(sortedNewestFirst: readonly RotationCandidate[], memberCounts: ReadonlyMap<string, number>): string[] {
  const counted = sortedNewestFirst.filter((b) => memberCounts.has(b.name));
  const most = Math.max(0, ...counted.map((b) => memberCounts.get(b.name)!));
  if (most === 0) return [];
  const withMembers = counted.find((b) => memberCounts.get(b.name)! > 0);
  const nearlyFull = counted.find((b) => memberCounts.get(b.name)! * 2 >= most);
  return [withMembers, nearlyFull].flatMap((b) => (b ? [b.name] : []));
}

/** Names of the automatic backups that fall outside every keep window (and are not the last good ones). */
export function backupsToDelete(backups: readonly RotationCandidate[], memberCounts: ReadonlyMap<string, number> = new Map()): string[] {
  const auto = backups.filter((b) => b.kind === 'auto').sort((a, b) => b.date.getTime() - a.date.getTime());
  const keep = new Set([
    ...newestPerPeriod(auto, dayKey, KEEP.daily),
    ...newestPerPeriod(auto, isoWeekKey, KEEP.weekly),
    ...newestPerPeriod(auto, monthKey, KEEP.monthly),
    ...lastGoodBackups(auto, memberCounts),
  ]);
  return auto.filter((b) => !keep.has(b.name)).map((b) => b.name);
}
