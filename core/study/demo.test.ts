import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { studyLedger as studyLedgerCommand } from '../cli/study-ledger';
import { seedDemoMembers } from '../members/demo-seed';
import { seedDemoStudy } from './demo';
import { studyLedger } from './ledger';

describe('seed-demo --records: a realistic year of study', () => {
  it('fills a plan, materials, 12–20 sessions with 请假 and 补学; the CLI writes its 学习台账 with a JSON summary', async () => {
    const { ctx, db, path, close } = await openTempDatabase();
    ctx.now = () => new Date('2026-03-01T10:00:00+08:00');
    await seedDemoMembers(ctx, 300);
    const seeded = await seedDemoStudy(ctx, { year: 2025 });
    expect(seeded).toMatchObject({ year: 2025, sessions: 15, materials: 6, planItems: 12 });
    const ledger = await studyLedger(ctx, 2025);
    expect(ledger.sessions.length).toBeGreaterThanOrEqual(12);
    expect(ledger.sessions.every((s) => s.materials.length === 1 && s.status === '已定稿')).toBe(true);
    const leave = await db.selectFrom('study_attendee').selectAll().where('attendance', '=', '请假').execute();
    expect(leave.length).toBeGreaterThan(0);
    expect(leave.every((a) => a.reason.length > 0)).toBe(true);
    expect(ledger.summary.makeupsDone).toBe(seeded.makeups);
    expect(ledger.summary.makeupsDone).toBeGreaterThan(0);
    expect(ledger.plan.totals.fulfilled).toBeGreaterThanOrEqual(10);
    await close();

    const out = join(path, '..', '学习台账.xlsx');
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const code = await studyLedgerCommand.run(['--year', '2025', '--out', out, '--db', path]);
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    log.mockRestore();
    expect(code).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(JSON.parse(printed)).toEqual({ ...ledger.summary, out });
  });

  it('the CLI refuses a missing year or output file in Chinese', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await studyLedgerCommand.run(['--out', 'x.xlsx'])).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toContain('用法：study-ledger --year');
    err.mockRestore();
  });
});
