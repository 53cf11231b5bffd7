/**
 * What `seed-demo --records` fills besides the roster: one entry per module, each
 * writing a realistic year of its records through its own services. A module adds
 * its demo data with one line here.
 */
import type { AppContext } from '../context';
import { seedDemoDeliberation } from '../deliberation/demo';
import { seedDemoArchive } from '../archive/demo';
import { seedDemoMeetings } from '../meetings/demo';
import { seedDemoBranch } from '../settings/demo';
import { seedDemoStudy } from '../study/demo';

export interface DemoRecords {
  /** The key in the command's JSON output. */
  name: string;
  seed(ctx: AppContext, year: number): Promise<unknown>;
}

export const DEMO_RECORDS: readonly DemoRecords[] = [
  // First: the 全宗号 the archive entry numbers with.
  { name: 'branch', seed: (ctx) => seedDemoBranch(ctx) },
  { name: 'meetings', seed: (ctx, year) => seedDemoMeetings(ctx, { year }) },
  { name: 'study', seed: (ctx, year) => seedDemoStudy(ctx, { year }) },
  { name: 'deliberation', seed: (ctx, year) => seedDemoDeliberation(ctx, { year }) },
  // Last: files what the entries above finalized.
  { name: 'archive', seed: (ctx, year) => seedDemoArchive(ctx, year) },
];

export async function seedDemoRecords(ctx: AppContext, year: number) {
  const results: Record<string, unknown> = {};
  for (const module of DEMO_RECORDS) results[module.name] = await module.seed(ctx, year);
  return results;
}
