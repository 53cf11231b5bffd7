/**
 * `npm run cli -- … | other-program`: the JSON arrives whole even when the
 * reader is slow and the output is megabytes (process.exit used to cut it off
 * at the pipe's buffer).
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../db/test-helpers';

function runThroughSlowPipe(args: string[], waitMs: number): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'core/cli.ts', ...args], { env: { ...process.env, FULIAN_DB: '' }, stdio: ['ignore', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.pause(); // a reader that is busy at first, as `| head -c` or a slow script would be
    setTimeout(() => {
      child.stdout.on('data', (c: Buffer) => chunks.push(c));
      child.stdout.resume();
    }, waitMs);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(chunks).toString('utf8') }));
  });
}

describe('命令行输出经过管道', () => {
  it('import-members 的几 MB JSON 完整到达读得慢的管道另一端', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const csv = join(dir, '花名册.csv');
    const rows = Array.from({ length: 20_000 }, (_, i) => `张${i},12345${i},这一行的身份证号不对`);
    writeFileSync(csv, `姓名,身份证号,备注\n${rows.join('\n')}\n`);
    const { code, stdout } = await runThroughSlowPipe(['import-members', csv, '--db', join(dir, 'fulian.sqlite'), '--dry-run'], 3000);
    expect(stdout.length).toBeGreaterThan(1024 * 1024);
    const summary = JSON.parse(stdout) as { rows: number; errorRows: number; errors: unknown[] };
    expect(summary.errorRows).toBe(20_000);
    expect(code).toBe(1);
  });
});
