/** seed-demo --records: a realistic year of 妇女议事会, in every state, with the sessions that handled them. */
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { seedDemoMembers } from '../members/demo-seed';
import { seedDemoDeliberation } from './demo';
import { deliberationFigures } from './figures';
import { STATES } from './lifecycle';
import { listSessions } from './sessions';

describe('演示数据：一年的妇女议事会', () => {
  it('议题覆盖每个状态（含不予立项、撤回、未通过、不满意后二次办理、超期），议事会是会议记录', { timeout: 120_000 }, async () => {
    const { ctx, db } = await openTempDatabase();
    await seedDemoMembers(ctx, 600, 7);
    // Only this module's part: the archive's part (which needs Chromium) is tested in core/archive.
    const seeded = await seedDemoDeliberation(ctx, { year: 2026 });
    expect(seeded.items).toBeGreaterThanOrEqual(35);
    expect(seeded.sessions).toBe(6); // 5 held, 1 called for 12月
    const rows = await db.selectFrom('delib_item').select(['state', 'round', 'due_on']).execute();
    const present = new Set(rows.map((r) => r.state));
    for (const state of STATES) expect(present.has(state), `a demo 议题 in ${state}: ${JSON.stringify(seeded.states)}`).toBe(true);
    expect(rows.some((r) => r.round >= 2)).toBe(true);
    expect(await db.selectFrom('delib_visit').select('id').where('result', '=', '不满意').execute()).not.toHaveLength(0);
    const sessions = await listSessions(ctx, 2026);
    expect(sessions).toHaveLength(6);
    expect(sessions.reduce((n, s) => n + s.itemCount, 0)).toBeGreaterThan(10);
    const f = await deliberationFigures(ctx, 2026);
    expect(f.yearly.raised + f.withdrawnExcluded).toBe(seeded.items);
    expect(f.yearly.closed).toBeGreaterThan(5);
    expect(f.yearly.overdue).toBeGreaterThan(0);
  });
});
