/**
 * The 首页 figure of `npm run bench`: home.summary (the whole page in one call)
 * through the API table, p50/p95 over the shared records file (100,000 members
 * and about 10,000 records, scripts/bench-records-fixture.ts). Target ≤ 50 ms.
 *
 *   npm run bench -- --only home [--records-file /tmp/records.sqlite]   (reuses the file when it exists)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import { argValue } from '../core/platform/paths';
import { createBenchRecordsFile } from './bench-records-fixture';

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const round = (x: number) => Math.round(x * 10) / 10;
const percentile = (samples: number[], p: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.ceil((p / 100) * samples.length) - 1)]!;

export async function homeFigure({ runs = Number(argValue(process.argv, '--runs') ?? 60) } = {}) {
  const kept = argValue(process.argv, '--records-file');
  const dir = kept ? null : mkdtempSync(join(tmpdir(), 'fulian-bench-home-'));
  const { ctx, counts, close } = await createBenchRecordsFile(kept ?? join(dir!, 'records.sqlite'));
  try {
    const call = async (method: string, input?: unknown) => {
      const answer = await dispatch(apiTable, ctx, method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return answer.value as { entries?: unknown[] };
    };
    const first = process.hrtime.bigint();
    const summary = await call('home.summary');
    const firstMs = ms(first);
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.hrtime.bigint();
      await call('home.summary');
      samples.push(ms(start));
    }
    const grid: number[] = [];
    for (let i = 0; i < 10; i++) {
      const start = process.hrtime.bigint();
      await call('home.yearGrid', { year: 2026 });
      grid.push(ms(start));
    }
    const records = await ctx.db.selectFrom('meeting').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return {
      data: counts ?? { reused: kept, meetings: Number(records.n) },
      entries: summary.entries?.length,
      summary: { firstMs: round(firstMs), p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), runs, targetMs: 50 },
      yearGrid: { p50Ms: round(percentile(grid, 50)), p95Ms: round(percentile(grid, 95)), runs: 10 },
    };
  } finally {
    await close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
