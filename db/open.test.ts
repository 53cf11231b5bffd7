import { copyFileSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/errors';
import { closeSqliteFile, openSqliteFile } from './driver';
import { currentVersion, migrate } from './migrate';
import { LATEST_VERSION, migrations, type Migration } from './migrations';
import { openDatabase, readPragmas } from './open';
import { tempDir } from './test-helpers';

async function expectAppError(promise: Promise<unknown>, code: string, message: RegExp) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect((err as AppError).message).toMatch(message);
}

describe('opening the data file', () => {
  it('creates a fresh database with every migration, the pragmas in force, and no backup', async () => {
    const dir = tempDir();
    const path = join(dir, 'sub', 'fulian.sqlite');
    const opened = await openDatabase(path);
    expect(opened.migration).toMatchObject({ from: 0, to: LATEST_VERSION });
    expect(opened.migration.backupPath).toBeUndefined();
    expect(await currentVersion(opened.db)).toBe(LATEST_VERSION);
    expect(await readPragmas(opened.db)).toEqual({ journalMode: 'wal', synchronous: 2, foreignKeys: 1, busyTimeout: 5000, cacheSize: -65536 });
    await opened.close();
    expect(existsSync(join(dir, 'sub', 'backups'))).toBe(false);

    const again = await openDatabase(path);
    expect(again.migration.applied).toEqual([]);
    await again.close();
  });

  it('backs the file up before running pending migrations on an existing database', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const opened = await openDatabase(path);
    await opened.db.insertInto('branch_info').values({ id: 1, name: '幸福里社区妇联', street: '', fonds_code: '', contact: '', phone: '', updated_at: 'x' }).execute();

    const next: Migration = {
      version: LATEST_VERSION + 1,
      name: 'test_extra',
      up: async (db) => void (await sql`create table extra (id integer primary key)`.execute(db)),
    };
    const report = await migrate(opened.db, path, [...migrations, next]);
    expect(report).toMatchObject({ from: LATEST_VERSION, to: LATEST_VERSION + 1, applied: [LATEST_VERSION + 1] });
    expect(report.backupPath).toMatch(/backups[\\/]fulian[\\/]before-migration-v\d+-\d{8}T\d{6}\.sqlite$/);
    await opened.close();

    // The backup is a complete database at the old version, holding the old data.
    const backup = await openSqliteFile(report.backupPath!);
    const rows = await new Promise<unknown[]>((ok, no) =>
      backup.all('select name from branch_info; ', (e, r) => (e ? no(e) : ok(r))),
    );
    const versions = await new Promise<unknown[]>((ok, no) =>
      backup.all('select max(version) v from schema_migration', (e, r) => (e ? no(e) : ok(r))),
    );
    await closeSqliteFile(backup);
    expect(rows).toEqual([{ name: '幸福里社区妇联' }]);
    expect(versions).toEqual([{ v: LATEST_VERSION }]);
  });

  it('rolls back a failing migration as a whole and records nothing', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const opened = await openDatabase(path);
    const broken: Migration = {
      version: LATEST_VERSION + 1,
      name: 'broken',
      up: async (db) => {
        await sql`create table half_done (id integer)`.execute(db);
        await sql`this is not sql`.execute(db);
      },
    };
    await expect(migrate(opened.db, path, [...migrations, broken])).rejects.toThrow();
    expect(await currentVersion(opened.db)).toBe(LATEST_VERSION);
    const { rows } = await sql`select name from sqlite_schema where name = 'half_done'`.execute(opened.db);
    expect(rows).toEqual([]);
    await opened.close();
  });

  it('refuses a database written by a newer version of the app, without touching it', async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const opened = await openDatabase(path);
    await opened.db.insertInto('schema_migration').values({ version: 999, name: 'future', applied_at: 'x' }).execute();
    await opened.close();
    await expectAppError(openDatabase(path), 'DB_TOO_NEW', /更新版本.*数据库版本 999.*升级/);
    expect(existsSync(join(path, '..', 'backups'))).toBe(false);
  });

  it('refuses a file that is not a database, and another program’s SQLite file, with Chinese messages', async () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'MZ this is a renamed program, not a database'.repeat(200));
    await expectAppError(openDatabase(junk), 'DB_CORRUPT', /不是本软件的数据库|已损坏/);

    const foreign = join(dir, 'foreign.sqlite');
    const raw = await openSqliteFile(foreign);
    await new Promise<void>((ok, no) => raw.exec('create table orders (id integer)', (e) => (e ? no(e) : ok())));
    await closeSqliteFile(raw);
    await expectAppError(openDatabase(foreign), 'DB_OPEN_FAILED', /其他软件/);

    mkdirSync(join(dir, 'folder.sqlite'));
    await expectAppError(openDatabase(join(dir, 'folder.sqlite')), 'DB_OPEN_FAILED', /文件夹/);
  });

  it('keeps the pre-migration backups in a backups folder beside the data file', async () => {
    const dir = tempDir();
    const path = join(dir, 'fulian.sqlite');
    (await openDatabase(path)).close();
    copyFileSync(path, join(dir, 'copy.sqlite'));
    const opened = await openDatabase(join(dir, 'copy.sqlite'));
    const report = await migrate(opened.db, opened.path, [
      ...migrations,
      { version: LATEST_VERSION + 1, name: 'x', up: async () => undefined },
    ]);
    await opened.close();
    expect(readdirSync(join(dir, 'backups', 'copy'))).toEqual([report.backupPath!.split(/[\\/]/).pop()]);
  });

  it('numbers its migrations 1, 2, 3 … without gaps or repeats', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
    expect(LATEST_VERSION).toBe(migrations.length);
  });
});
