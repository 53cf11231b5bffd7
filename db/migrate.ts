/**
 * Forward-only migrations, each in its own transaction (Kysely's Migrator does
 * not wrap SQLite DDL in one). A copy of the file is taken before any pending
 * migration runs; a database written by a newer app version is refused.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { backupsDirFor } from '../core/backup/names';
import { AppError } from '../core/errors';
import { LATEST_VERSION, migrations as allMigrations, type Migration } from './migrations';
import type { Database } from './schema';

export interface MigrationReport {
  from: number;
  to: number;
  applied: number[];
  backupPath?: string;
}

export async function currentVersion(db: Kysely<Database>): Promise<number> {
  await sql`create table if not exists schema_migration (
    version integer primary key, name text not null, applied_at text not null)`.execute(db);
  const row = await db
    .selectFrom('schema_migration')
    .select((eb) => eb.fn.max('version').as('v'))
    .executeTakeFirst();
  return Number(row?.v ?? 0);
}

/** `VACUUM INTO` gives a consistent, compact copy even while the file is open. */
export async function copyDatabaseTo(db: Kysely<Database>, target: string): Promise<void> {
  mkdirSync(dirname(target), { recursive: true });
  await sql`vacuum into ${target}`.execute(db);
}

export function preMigrationBackupPath(dbPath: string, fromVersion: number, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '');
  return join(backupsDirFor(dbPath), `before-migration-v${fromVersion}-${stamp}.sqlite`);
}

export async function migrate(
  db: Kysely<Database>,
  dbPath: string,
  migrations: readonly Migration[] = allMigrations,
): Promise<MigrationReport> {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : LATEST_VERSION;
  const from = await currentVersion(db);
  if (from > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `此数据库由更新版本的软件创建（数据库版本 ${from}，本软件最高支持 ${latest}）。请先升级本软件再打开，以免损坏数据。`,
      { dbVersion: from, supported: latest },
    );
  }
  const pending = migrations.filter((m) => m.version > from);
  if (!pending.length) {
    await markVersion(db, from);
    return { from, to: from, applied: [] };
  }

  let backupPath: string | undefined;
  if (from > 0 && dbPath !== ':memory:') {
    backupPath = preMigrationBackupPath(dbPath, from);
    await copyDatabaseTo(db, backupPath);
  }
  for (const m of pending) {
    await db.transaction().execute(async (trx) => {
      await m.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto('schema_migration')
        .values({ version: m.version, name: m.name, applied_at: new Date().toISOString() })
        .execute();
    });
  }
  const to = pending[pending.length - 1]!.version;
  await markVersion(db, to);
  return { from, to, applied: pending.map((m) => m.version), backupPath };
}

/**
 * The version in the file header too (`user_version`): a newer app raises it,
 * and db/open.ts refuses a file whose header is newer than this app before
 * anything writes to it, even if its version table is damaged or rewritten.
 */
async function markVersion(db: Kysely<Database>, version: number): Promise<void> {
  const { rows } = await sql<{ user_version: number }>`pragma user_version`.execute(db);
  if (Number(rows[0]?.user_version ?? 0) < version) await sql.raw(`pragma user_version = ${Math.trunc(version)}`).execute(db);
}
