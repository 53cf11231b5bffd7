/**
 * Crash safety: a writer in a child process is killed with SIGKILL at random
 * moments, again and again on the same file. After each kill the file must
 * pass integrity_check and hold every batch the writer had acknowledged, each
 * batch whole (all its rows or none).
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openDatabase } from './open';
import { tempDir } from './test-helpers';
const KILLS = 30;
const ROWS_PER_BATCH = 5;

/** Bundled once to plain CommonJS so each start is ~0.1 s instead of tsx's ~0.5 s. */
function buildWriter(dir: string): string {
  const outfile = join(dir, 'crash-writer.cjs');
  buildSync({
    entryPoints: [resolve(import.meta.dirname, 'testing/crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile,
    external: ['sqlite3'],
    logLevel: 'error',
  });
  return outfile;
}

/** Starts the writer, waits for its first ack plus a random 50–400 ms, kills it; returns the last acked batch. */
function runAndKill(writer: string, dbPath: string): Promise<{ acked: number; signal: string | null }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [writer, dbPath, String(ROWS_PER_BATCH)], {
      env: { ...process.env, NODE_PATH: resolve(import.meta.dirname, '../node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let acked = 0;
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const lines = out.split('\n');
      out = lines.pop()!; // an unfinished line is not an acknowledgement
      for (const line of lines) if (line.startsWith('ack ')) acked = Number(line.slice(4));
      if (acked && !timer) timer = setTimeout(() => child.kill('SIGKILL'), 50 + Math.random() * 350);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    child.on('error', fail);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') return fail(new Error(`写入进程意外退出：${err}`));
      done({ acked, signal });
    });
  });
}

describe('崩溃安全', () => {
  it(`写入进程被 SIGKILL 强杀 ${KILLS} 次：每次之后文件完整，已确认的写入都在，每批要么全在要么全不在`, async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'fulian.sqlite');
    const writer = buildWriter(dir);
    const seed = await openDatabase(dbPath);
    await seed.db
      .insertInto('branch_info')
      .values({ id: 1, name: '崩溃测试妇联', street: '', fonds_code: '', contact: '', phone: '', updated_at: '0' })
      .execute();
    await seed.close();

    let everAcked = 0;
    for (let kill = 1; kill <= KILLS; kill++) {
      const { acked } = await runAndKill(writer, dbPath);
      everAcked = Math.max(everAcked, acked);

      const opened = await openDatabase(dbPath);
      try {
        const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(opened.db);
        expect(check.rows.map((r) => r.integrity_check), `第 ${kill} 次强杀后`).toEqual(['ok']);
        const batches = await sql<{ batch: number; n: number }>`
          select batch, count(*) as n from crash_probe group by batch order by batch`.execute(opened.db);
        const present = batches.rows.map((r) => r.batch);
        expect(present.length, `第 ${kill} 次：已确认的批次 1…${everAcked} 都应在`).toBeGreaterThanOrEqual(everAcked);
        expect(present.slice(0, everAcked)).toEqual(Array.from({ length: everAcked }, (_, i) => i + 1));
        expect(batches.rows.every((r) => r.n === ROWS_PER_BATCH), `第 ${kill} 次：不应有写了一半的批次`).toBe(true);
        // The other table written in the same transaction agrees with the probe rows.
        const info = await opened.db.selectFrom('branch_info').select('updated_at').executeTakeFirstOrThrow();
        expect(Number(info.updated_at)).toBe(present.length);
        everAcked = Math.max(everAcked, present.length);
      } finally {
        await opened.close();
      }
    }
    expect(everAcked).toBeGreaterThan(KILLS);
  }, 60_000);
});
