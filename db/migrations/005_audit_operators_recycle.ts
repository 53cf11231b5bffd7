/**
 * Data safety (issue 5): the audit log every change writes in its own
 * transaction, operator profiles for the app lock and permissions, and a small
 * key/value table for app-wide settings (the idle minutes before locking).
 * The recycle bin needs no table: deleted rows keep deleted_at, and who deleted
 * them is read from the audit log.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table audit_log (
      id integer primary key,
      at text not null,
      operator_id integer,
      operator_name text not null,
      action text not null check (length(action) between 1 and 20),
      entity_type text not null check (length(entity_type) between 1 and 30),
      entity_id integer,
      label text not null default '',
      before_json text,
      after_json text,
      detail text not null default ''
    )`,
    sql`create index audit_log_at on audit_log (at)`,
    sql`create index audit_log_entity on audit_log (entity_type, entity_id, at)`,
    sql`create table operator (
      id integer primary key,
      name text not null unique check (length(name) between 1 and 20),
      role text not null check (role in ('管理员', '录入员', '只读')),
      password_hash text,
      created_at text not null,
      updated_at text not null
    )`,
    sql`create table app_setting (
      key text primary key,
      value text not null
    )`,
  ];
  for (const statement of statements) await statement.execute(db);
}
