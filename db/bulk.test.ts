/**
 * Bulk inserts into a real SQLite file: rows spread over several statements all
 * arrive, a failure part way leaves nothing, and secondary indexes dropped for
 * the insert come back exactly as they were.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { bulkInsert, insertTuples, withIndexesRebuiltAfter } from './bulk';
import type { Database } from './schema';
import { openTempDatabase } from './test-helpers';

const NOW = '2026-11-29T00:00:00.000Z';

/** Members with distinct 18-character ID numbers (the table checks the length, not the check digit). */
function members(from: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    name: `成员${from + i}`,
    id_number: `110105197001${String(from + i).padStart(6, '0')}`,
    birth_date: '1970-01-01',
    sex: '女',
    search_text: `成员${from + i}`,
    created_at: NOW,
    updated_at: NOW,
  }));
}

/** Every index of the table with its definition, in the order SQLite keeps them. */
async function memberIndexes(db: Kysely<Database>) {
  const { rows } = await sql<{ name: string; sql: string | null }>`
    select name, sql from sqlite_master where type = 'index' and tbl_name = 'member' order by rowid`.execute(db);
  return rows;
}

async function memberCount(db: Kysely<Database>) {
  const { rows } = await sql<{ n: number }>`select count(*) as n from member`.execute(db);
  return rows[0]!.n;
}

async function integrity(db: Kysely<Database>) {
  const { rows } = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  return rows.map((r) => r.integrity_check);
}

describe('withIndexesRebuiltAfter', () => {
  it('drops only the indexes with SQL during the work and re-creates them identical, covering the new rows', async () => {
    const { db } = await openTempDatabase();
    await db.transaction().execute((trx) => bulkInsert(trx, 'member', members(0, 50)));
    const before = await memberIndexes(db);
    expect(before.filter((i) => i.sql).length).toBeGreaterThanOrEqual(6);
    expect(before.some((i) => i.sql === null)).toBe(true); // the UNIQUE id_number index

    await db.transaction().execute((trx) =>
      withIndexesRebuiltAfter(trx, 'member', async () => {
        expect(await memberIndexes(trx)).toEqual(before.filter((i) => i.sql === null));
        await bulkInsert(trx, 'member', members(50, 500));
      }),
    );

    expect(await memberIndexes(db)).toEqual(before);
    expect(await memberCount(db)).toBe(550);
    // integrity_check compares every index with the table: the rebuilt ones hold all 550 rows.
    expect(await integrity(db)).toEqual(['ok']);
  });

  it('keeps UNIQUE in force during the work', async () => {
    const { db } = await openTempDatabase();
    await db.transaction().execute((trx) => bulkInsert(trx, 'member', members(0, 5)));
    const insertTwice = db.transaction().execute((trx) =>
      withIndexesRebuiltAfter(trx, 'member', () => bulkInsert(trx, 'member', members(3, 5))),
    );
    await expect(insertTwice).rejects.toThrow(/UNIQUE constraint failed: member.id_number/);
  });

  it('leaves the indexes and rows as they were when the work fails', async () => {
    const { db } = await openTempDatabase();
    await db.transaction().execute((trx) => bulkInsert(trx, 'member', members(0, 20)));
    const before = await memberIndexes(db);

    const failing = db.transaction().execute((trx) =>
      withIndexesRebuiltAfter(trx, 'member', async () => {
        await bulkInsert(trx, 'member', members(20, 100));
        throw new Error('中途失败');
      }),
    );

    await expect(failing).rejects.toThrow('中途失败');
    expect(await memberIndexes(db)).toEqual(before);
    expect(await memberCount(db)).toBe(20);
    expect(await integrity(db)).toEqual(['ok']);
  });
});

describe('insertTuples', () => {
  const columns = ['name', 'id_number', 'birth_date', 'sex', 'search_text', 'created_at', 'updated_at'];
  const rows = members(0, 10_000); // 32,000 parameters / 7 columns: three statements

  it('asks for each row once, in order, and answers every inserted row across statements', async () => {
    const { db } = await openTempDatabase();
    const asked: number[] = [];
    const answered = await db.transaction().execute((trx) =>
      insertTuples(trx, 'member', columns, rows.length, (index, params) => {
        asked.push(index);
        const row = rows[index]! as Record<string, unknown>;
        for (const column of columns) params.push(row[column]);
      }, { returning: ['id_number'] }),
    );

    expect(asked).toEqual(rows.map((_, i) => i));
    expect(answered.map((r) => r.id_number).sort()).toEqual(rows.map((r) => r.id_number).sort());
    expect(await memberCount(db)).toBe(10_000);
  });

  it('writes the values shared by every row, quotes included, as given', async () => {
    const { db } = await openTempDatabase();
    const perRow = ['name', 'id_number', 'birth_date', 'sex', 'created_at', 'updated_at'];
    await db.transaction().execute((trx) =>
      insertTuples(trx, 'member', perRow, rows.length, (index, params) => {
        const row = rows[index]! as Record<string, unknown>;
        for (const column of perRow) params.push(row[column]);
      }, { same: { search_text: "O'Brien 说：''引号''", deleted_at: null, status_reason: '' } }),
    );

    const { rows: stored } = await sql<{ search_text: string; deleted_at: null; status_reason: string; n: number }>`
      select search_text, deleted_at, status_reason, count(*) as n from member group by 1, 2, 3`.execute(db);
    expect(stored).toEqual([{ search_text: "O'Brien 说：''引号''", deleted_at: null, status_reason: '', n: 10_000 }]);
  });

  it('writes nothing when building a later statement fails while an earlier one runs', async () => {
    const { db } = await openTempDatabase();
    const failing = db.transaction().execute((trx) =>
      insertTuples(trx, 'member', columns, rows.length, (index, params) => {
        if (index === 6_000) throw new Error('第 6001 行转换失败');
        const row = rows[index]! as Record<string, unknown>;
        for (const column of columns) params.push(row[column]);
      }),
    );

    await expect(failing).rejects.toThrow('第 6001 行转换失败');
    expect(await memberCount(db)).toBe(0);
    await db.transaction().execute((trx) => bulkInsert(trx, 'member', members(0, 3)));
    expect(await memberCount(db)).toBe(3);
  });
});
