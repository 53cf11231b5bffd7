/**
 * home.summary and home.yearGrid: the sources of ./sources.ts asked in turn,
 * each only if the signed-in operator's role may call the read method its data
 * comes from; entries sorted 红 → 橙 → 蓝, keeping each module's order.
 */
import type { Access } from '../api/define';
import type { AppContext } from '../context';
import { backupStatus, type BackupStatus } from '../backup/home';
import { IMPLICIT_ADMIN, roleAllows } from '../operators/roles';
import { homeDay } from './dates';
import { SEVERITIES, type GridRow, type HomeCount, type HomeEntry, type HomeSource } from './entry';
import { HOME_SOURCES } from './sources';

/** Who may call each method, by `module.method` (the API table's labels). */
export type AccessOf = (method: string) => Access | undefined;

function readable(ctx: AppContext, accessOf: AccessOf) {
  const role = (ctx.operator ?? IMPLICIT_ADMIN).role;
  return (s: HomeSource) => {
    const access = accessOf(s.needs);
    return access !== undefined && roleAllows(role, access);
  };
}

export interface HomeSummary {
  today: string;
  year: number;
  entries: HomeEntry[];
  counts: HomeCount[];
  /** Null when the operator may not see the backups. */
  backup: BackupStatus | null;
}

export async function homeSummary(ctx: AppContext, accessOf: AccessOf): Promise<HomeSummary> {
  const day = homeDay(ctx);
  const sources = HOME_SOURCES.filter(readable(ctx, accessOf));
  const entries: HomeEntry[] = [];
  const counts: HomeCount[] = [];
  for (const s of sources) {
    if (s.entries) entries.push(...(await s.entries(ctx, day)));
    if (s.counts) counts.push(...(await s.counts(ctx, day)));
  }
  const rank = (e: HomeEntry) => SEVERITIES.indexOf(e.severity);
  entries.sort((a, b) => rank(a) - rank(b));
  const backup = sources.some((s) => s.module === 'backup') ? backupStatus(ctx) : null;
  return { ...day, entries, counts, backup };
}

export async function yearGrid(ctx: AppContext, year: number, accessOf: AccessOf): Promise<{ year: number; today: string; rows: GridRow[] }> {
  const day = homeDay(ctx);
  const rows: GridRow[] = [];
  for (const s of HOME_SOURCES.filter(readable(ctx, accessOf))) if (s.grid) rows.push(...(await s.grid(ctx, year, day)));
  return { year, today: day.today, rows };
}
