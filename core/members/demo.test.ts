import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { openTempDatabase, tempDir } from '../../db/test-helpers';
import { demoMembers } from './demo';
import { seedDemoMembers } from './demo-seed';
import { ageOn, checkIdNumber } from './idcard';
import { memberInputSchema } from './schema';

describe('demo members', () => {
  it('are valid women with unique ID numbers, plausible ages, and repeat for a seed', () => {
    const members = demoMembers(2000, 7, '2026-11-29');
    expect(new Set(members.map((m) => m.idNumber)).size).toBe(2000);
    for (const m of members.slice(0, 300)) {
      const id = checkIdNumber(m.idNumber, '2026-11-29');
      expect(id).toMatchObject({ ok: true, sex: '女' });
      expect(memberInputSchema.safeParse(m).success).toBe(true);
      if (id.ok) expect(ageOn(id.birthDate, '2026-11-29')).toBeGreaterThanOrEqual(18);
    }
    const birthOf = (idNumber: string) => {
      const id = checkIdNumber(idNumber, '2026-11-29');
      return id.ok ? id.birthDate : '';
    };
    const over45 = members.filter((m) => ageOn(birthOf(m.idNumber), '2026-11-29') >= 45).length;
    expect(over45 / members.length).toBeGreaterThan(0.35);
    expect(over45 / members.length).toBeLessThan(0.7);
    expect(demoMembers(50, 7)).toEqual(demoMembers(50, 7));
  });

  it('seed into the database with zones, roles and status events, skipping IDs already there', async () => {
    const { ctx, db } = await openTempDatabase();
    expect(await seedDemoMembers(ctx, 300, 1)).toEqual({ inserted: 300, skippedExisting: 0, zones: 8 });
    expect(await seedDemoMembers(ctx, 300, 1)).toEqual({ inserted: 0, skippedExisting: 300, zones: 8 });
    const count = await db.selectFrom('member').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const events = await db.selectFrom('member_status_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const zoned = await db.selectFrom('member').select((eb) => eb.fn.count<number>('zone_id').as('n')).executeTakeFirstOrThrow();
    expect([count.n, events.n, zoned.n]).toEqual([300, 300, 300]);
  });

  it('npm run cli -- seed-demo fills a database file and prints JSON', async () => {
    const path = join(tempDir(), 'demo.sqlite');
    const run = spawnSync('npx', ['tsx', 'core/cli.ts', 'seed-demo', '--db', path, '--members', '120'], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ inserted: 120, db: path });
    const opened = await openDatabase(path);
    const rows = await opened.db.selectFrom('member').select('id').execute();
    await opened.close();
    expect(rows).toHaveLength(120);
    const bad = spawnSync('npx', ['tsx', 'core/cli.ts', 'seed-demo', '--db', path, '--members', 'many'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--members 应为');
  });
});
