/**
 * The shared bench data file for the cross-module figures (首页, global search):
 * 100,000 members (the bench's demo member generator) and about 10,000 records over
 * ten years — meetings with attendance and action items, study sessions with 补学,
 * 议题 in every state with their sessions, and archive items. Every row is written
 * through the modules' own demo seeders and services, so it is what the app writes.
 *
 *   import { createBenchRecordsFile } from './bench-records-fixture';
 *   const { ctx, close, counts } = await createBenchRecordsFile(join(dir, 'records.sqlite'));
 *
 * Standalone, to keep a file for repeated runs:
 *   npx tsx scripts/bench-records-fixture.ts --out /tmp/records.sqlite [--members 100000 --records 10000]
 */
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { createManualItem } from '../core/archive/items';
import { MANUAL_KINDS } from '../core/archive/schema';
import { seedDemoDeliberation } from '../core/deliberation/demo';
import { seedDemoMeetings } from '../core/meetings/demo';
import { seedDemoMembers } from '../core/members/demo-seed';
import { argValue } from '../core/platform/paths';
import { seedDemoStudy } from '../core/study/demo';
import { openDatabase } from '../db/open';

/** The bench's "today": the same as scripts/bench.ts. */
export const BENCH_AS_OF = '2026-11-29';
export const BENCH_YEARS = 10;

export interface BenchRecordsOptions {
  members?: number;
  /** About how many records in all (meetings + study sessions + 议题 + archive items). */
  records?: number;
  /** The last year seeded (the others precede it); default the year of BENCH_AS_OF. */
  lastYear?: number;
}

export async function seedBenchRecords(ctx: AppContext, options: BenchRecordsOptions = {}) {
  const members = options.members ?? 100_000;
  const records = options.records ?? 10_000;
  const lastYear = options.lastYear ?? Number(BENCH_AS_OF.slice(0, 4));
  const started = Date.now();
  // Seeding only: thousands of small transactions without an fsync each (restored below).
  await sql`pragma synchronous = off`.execute(ctx.db);
  const branch = await dispatch(apiTable, ctx, 'settings.saveBranchInfo', { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '', phone: '' });
  if (!branch.ok) throw new Error(branch.error.message);
  await seedDemoMembers(ctx, members, 20261129);
  // Shares of the records: 40% meetings (22 a year per round), 30% study, 20% 议题, 10% archive items.
  const perYear = records / BENCH_YEARS;
  const rounds = Math.max(1, Math.round((perYear * 0.4) / 22));
  const counts = { meetings: 0, studySessions: 0, items: 0, archiveItems: 0 };
  for (let year = lastYear - BENCH_YEARS + 1; year <= lastYear; year++) {
    counts.meetings += (await seedDemoMeetings(ctx, { year, rounds })).meetings;
    counts.studySessions += (await seedDemoStudy(ctx, { year, sessions: Math.round(perYear * 0.3) })).sessions;
    counts.items += (await seedDemoDeliberation(ctx, { year, items: Math.round(perYear * 0.2) })).items;
    for (let i = 0; i < Math.round(perYear * 0.1); i++) {
      await createManualItem(ctx, {
        docKind: MANUAL_KINDS[i % MANUAL_KINDS.length]!,
        year,
        title: `关于开展第${i + 1}项妇女工作的通知`,
        selfTitled: false,
        responsible: '区妇联',
        docNumber: `区妇字〔${year}〕${i + 1}号`,
        date: `${year}-${String(1 + (i % 12)).padStart(2, '0')}-10`,
        secrecy: '',
        pages: 2,
        note: '',
      });
      counts.archiveItems++;
    }
  }
  await sql`pragma synchronous = full`.execute(ctx.db);
  return { members, ...counts, records: counts.meetings + counts.studySessions + counts.items + counts.archiveItems, seedMs: Date.now() - started };
}

/** Opens (creating) the data file at `path` and fills it; the context's clock is BENCH_AS_OF. */
export async function createBenchRecordsFile(path: string, options: BenchRecordsOptions = {}) {
  const fresh = !existsSync(path);
  const opened = await openDatabase(path);
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date(`${BENCH_AS_OF}T10:00:00+08:00`) };
  const counts = fresh ? await seedBenchRecords(ctx, options) : null;
  return { ctx, counts, close: () => opened.close() };
}

if (process.argv[1]?.endsWith('bench-records-fixture.ts')) {
  const out = argValue(process.argv, '--out');
  if (!out) {
    console.error('用法: npx tsx scripts/bench-records-fixture.ts --out FILE.sqlite [--members 100000 --records 10000]');
    process.exit(2);
  }
  const members = Number(argValue(process.argv, '--members') ?? 100_000);
  const records = Number(argValue(process.argv, '--records') ?? 10_000);
  createBenchRecordsFile(out, { members, records })
    .then(async ({ counts, close }) => {
      await close();
      console.log(JSON.stringify({ out, ...(counts ?? { note: '文件已存在，未重新生成' }) }));
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
