import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { memberNameKey, memberSearchText } from '../../core/members/search-text';
import { openSqliteFile, Sqlite3Dialect } from '../driver';
import { migrate } from '../migrate';
import type { Database } from '../schema';
import { tempDir } from '../test-helpers';
import { migrations } from './index';

/** A member row as a version-5 file holds it. */
function v5Member(id: number, name: string, fields: Record<string, unknown> = {}) {
  const idNumber = `11010519${70 + id}0101002X`.slice(0, 18);
  return {
    id, name, id_number: idNumber, birth_date: `19${70 + id}-01-01`, sex: '女', created_at: 'x', updated_at: 'x',
    search_text: memberSearchText({ name, idNumber, phone: '', householdAddress: '', currentAddress: '幸福里3栋', building: '' }),
    ...fields,
  };
}

describe('migration 006 (roster speed)', () => {
  it('fills name_key for members already on file and packs stats_code from their codes', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(await openSqliteFile(path)) });
    await migrate(db, path, migrations.filter((m) => m.version <= 5));
    await db.insertInto('zone').values({ id: 3, name: '东区', sort_order: 1, created_at: 'x' }).execute();
    // Untyped: the version-5 member table has neither name_key nor stats_code yet.
    await (db as unknown as Kysely<{ member: Record<string, unknown> }>)
      .insertInto('member')
      .values([
        v5Member(1, '张海丽', { zone_id: 3, education: '20', political: '01', ethnicity: '01', marital: '20' }),
        v5Member(2, '张海丽'),
        v5Member(3, 'Mary', { sex: '男', education: 'xx' }),
      ])
      .execute();

    const report = await migrate(db, path, migrations);
    expect(report.applied).toContain(6);
    const rows = await db.selectFrom('member').select(['id', 'name_key', 'stats_code']).orderBy('id').execute();
    expect(rows.map((r) => r.name_key)).toEqual([memberNameKey('张海丽'), memberNameKey('张海丽'), 'mary']);
    expect(memberNameKey('张海丽')).toBe('张海丽 zhanghaili zhl');
    // ((((zone·128 + marital)·128 + ethnicity)·16 + political)·128 + education)·2 + 男; unknown codes count as 0 (未填).
    expect(rows.map((r) => r.stats_code)).toEqual([((((3 * 128 + 20) * 128 + 1) * 16 + 1) * 128 + 20) * 2, 0, 1]);
    const indexes = await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = 'member' order by name`.execute(db);
    expect(indexes.rows.map((r) => r.name)).toEqual(expect.arrayContaining(['member_roster_name', 'member_stats']));
    expect(indexes.rows.map((r) => r.name)).not.toContain('member_roster_search');
    await db.destroy();
  });
});
