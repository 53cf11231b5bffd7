/**
 * The global search figure of `npm run bench` (issue 15 item 3): search.global
 * through the API table over 100,000 members + ~10,000 records (the shared seeder,
 * scripts/bench-records-fixture.ts), with a mix of what officers type — names,
 * pinyin initials, 2-character Chinese words, 档号 fragments, ID tails, and
 * queries that find nothing. p95 per kind and over all; target ≤ 30 ms. Beside the wall-clock
 * times, the process's CPU time per query (main thread + SQLite's worker): on a shared, busy
 * machine the wall clock mostly measures the wait for a core, the CPU time what a search costs.
 *
 *   npm run bench -- --only search [--records-file /tmp/records.sqlite] [--search-runs 400]
 * Without --records-file a fresh file is seeded in a temp folder (a few minutes).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { memberNameKey } from '../core/members/search-text';
import type { GlobalSearchResult } from '../core/search/schema';
import { createBenchRecordsFile } from './bench-records-fixture';

const TARGET_MS = 30;
const WORDS = ['妇女', '学习', '会议', '议题', '关爱', '走访', '家庭', '志愿', '计划', '总结', '儿童', '安全', '执委', '巾帼'];
const NO_HIT = ['无此记录', 'qqxz', '火星基地', '000000000', '档号不存在的', '测试测试测试'];

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const round = (x: number) => Math.round(x * 10) / 10;
function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** The queries, by kind, drawn from the file itself (real names, real tails, real 档号). */
async function queryMix(ctx: AppContext) {
  const members = await ctx.db.selectFrom('member').select(['name', 'id_number']).where('deleted_at', 'is', null).orderBy('id').execute();
  const pick = <T>(rows: T[], n: number) => Array.from({ length: n }, (_, i) => rows[Math.floor(((i + 0.5) * rows.length) / n)]!);
  const sampled = pick(members, 30);
  const codes = pick(await ctx.db.selectFrom('archive_item').select('archival_code').execute(), 10).map((a) => a.archival_code);
  return {
    name: sampled.map((m) => m.name),
    surname: sampled.slice(0, 10).map((m) => [...m.name][0]!),
    pinyinInitials: sampled.slice(0, 15).map((m) => memberNameKey(m.name).split(' ')[2]!),
    word2: WORDS,
    archivalCode: codes.flatMap((c) => [c.slice(0, 12), c.slice(-9)]),
    idTail: sampled.slice(0, 15).map((m, i) => m.id_number.slice(i % 2 ? -4 : -6)),
    noHit: NO_HIT,
  };
}

export async function searchFigure(options: { recordsFile?: string; runs?: number } = {}) {
  const dir = options.recordsFile ? null : mkdtempSync(join(tmpdir(), 'fulian-bench-search-'));
  try {
    const { ctx, counts, close } = await createBenchRecordsFile(options.recordsFile ?? join(dir!, 'records.sqlite'));
    try {
      const mix = await queryMix(ctx);
      const queries = Object.entries(mix).flatMap(([kind, list]) => list.map((query) => ({ kind, query })));
      const runs = options.runs ?? 400;
      const byKind = new Map<string, number[]>();
      const cpu: number[] = [];
      const hitsByKind = new Map<string, number>();
      for (const { query } of queries.slice(0, 20)) await dispatch(apiTable, ctx, 'search.global', { query }); // warm the caches
      for (let i = 0; i < runs; i++) {
        const { kind, query } = queries[(i * 7919) % queries.length]!;
        const start = process.hrtime.bigint();
        const cpuStart = process.cpuUsage();
        const answer = await dispatch(apiTable, ctx, 'search.global', { query });
        const took = ms(start);
        const used = process.cpuUsage(cpuStart);
        cpu.push((used.user + used.system) / 1000);
        if (!answer.ok) throw new Error(`${query}: ${answer.error.message}`);
        byKind.set(kind, [...(byKind.get(kind) ?? []), took]);
        hitsByKind.set(kind, (hitsByKind.get(kind) ?? 0) + ((answer.value as GlobalSearchResult).groups.length ? 1 : 0));
      }
      const all = [...byKind.values()].flat();
      const file = counts ?? {
        members: Number((await ctx.db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
      };
      return {
        file,
        queries: all.length,
        p50Ms: round(percentile(all, 50)),
        p95Ms: round(percentile(all, 95)),
        maxMs: round(Math.max(...all)),
        targetP95Ms: TARGET_MS,
        cpuP50Ms: round(percentile(cpu, 50)),
        cpuP95Ms: round(percentile(cpu, 95)),
        byKind: Object.fromEntries(
          [...byKind].map(([kind, samples]) => [kind, { n: samples.length, withHits: hitsByKind.get(kind) ?? 0, p50Ms: round(percentile(samples, 50)), p95Ms: round(percentile(samples, 95)), example: mix[kind as keyof typeof mix][0] }]),
        ),
      };
    } finally {
      await close();
    }
  } finally {
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}
