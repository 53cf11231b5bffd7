import { join } from 'node:path';
import { Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openSqliteFile, Sqlite3Dialect } from './driver';
import { tempDir } from './test-helpers';

interface TestDb {
  person: { id: number | null; name: string; id_number: string };
}

async function freshDb() {
  const raw = await openSqliteFile(join(tempDir(), 'driver.sqlite'));
  const db = new Kysely<TestDb>({ dialect: new Sqlite3Dialect(raw) });
  await sql`create table person (id integer primary key, name text not null unique, id_number text not null)`.execute(db);
  return db;
}

describe('sqlite3 driver for Kysely', () => {
  it('round-trips rows, keeps 18-digit ID numbers as exact text, and reports insertId / affected rows', async () => {
    const db = await freshDb();
    const inserted = await db.insertInto('person').values({ id: null, name: '张海丽', id_number: '11010519491231002X' }).executeTakeFirst();
    expect(inserted.insertId).toBe(1n);
    await db.insertInto('person').values({ id: null, name: '李秀英', id_number: '440524188001010014' }).execute();
    const rows = await db.selectFrom('person').selectAll().orderBy('id').execute();
    expect(rows).toEqual([
      { id: 1, name: '张海丽', id_number: '11010519491231002X' },
      { id: 2, name: '李秀英', id_number: '440524188001010014' },
    ]);
    const updated = await db.updateTable('person').set({ name: '李秀兰' }).where('id', '=', 2).executeTakeFirst();
    expect(updated.numUpdatedRows).toBe(1n);
    const deleted = await db.deleteFrom('person').where('id', '>', 5).executeTakeFirst();
    expect(deleted.numDeletedRows).toBe(0n);
    await db.destroy();
  });

  it('returns rows from INSERT/UPDATE/DELETE … RETURNING', async () => {
    const db = await freshDb();
    const row = await db
      .insertInto('person')
      .values({ id: null, name: '王芳', id_number: '1' })
      .returning(['id', 'name'])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ id: 1, name: '王芳' });
    const changed = await db.updateTable('person').set({ id_number: '2' }).returning('id_number').execute();
    expect(changed).toEqual([{ id_number: '2' }]);
    const gone = await db.deleteFrom('person').returningAll().execute();
    expect(gone).toEqual([{ id: 1, name: '王芳', id_number: '2' }]);
    const { rows } = await sql<{ n: number }>`select count(*) as n from person`.execute(db);
    expect(rows).toEqual([{ n: 0 }]);
    await db.destroy();
  });

  it('rolls a transaction back when it throws, leaving nothing half-written', async () => {
    const db = await freshDb();
    await db.insertInto('person').values({ id: null, name: '甲', id_number: '1' }).execute();
    await expect(
      db.transaction().execute(async (trx) => {
        await trx.insertInto('person').values({ id: null, name: '乙', id_number: '2' }).execute();
        await trx.insertInto('person').values({ id: null, name: '甲', id_number: '3' }).execute(); // UNIQUE fails
      }),
    ).rejects.toThrow(/UNIQUE/);
    const names = await db.selectFrom('person').select('name').execute();
    expect(names).toEqual([{ name: '甲' }]);
    await db.destroy();
  });

  it('serializes concurrent work on its single connection: queries wait for an open transaction', async () => {
    const db = await freshDb();
    const order: string[] = [];
    const tx = db.transaction().execute(async (trx) => {
      await trx.insertInto('person').values({ id: null, name: '丙', id_number: '1' }).execute();
      await new Promise((r) => setTimeout(r, 50));
      order.push('transaction done');
    });
    const outside = db
      .selectFrom('person')
      .select('name')
      .execute()
      .then((rows) => order.push(`read ${rows.length}`));
    await Promise.all([tx, outside]);
    expect(order).toEqual(['transaction done', 'read 1']);
    await db.destroy();
  });
});
