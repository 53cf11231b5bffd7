/**
 * Attachments (issue 12): one row per distinct file, named by its sha256 in the
 * `attachments` folder beside the data file, and links from any record to it
 * (owner_type + owner_id: 'meeting', 'study' …). A file added to two records is
 * stored once; removing the last link removes the file.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create table attachment (
      id integer primary key,
      sha256 text not null unique check (length(sha256) = 64 and sha256 not glob '*[^0-9a-f]*'),
      size integer not null check (size > 0),
      kind text not null check (kind in ('pdf', 'doc', 'docx', 'jpg', 'png')),
      created_at text not null
    )`,
    sql`create table attachment_link (
      id integer primary key,
      attachment_id integer not null references attachment (id),
      owner_type text not null check (length(owner_type) between 1 and 30),
      owner_id integer not null,
      file_name text not null check (length(file_name) between 1 and 200),
      added_at text not null,
      added_by text not null default '',
      unique (owner_type, owner_id, attachment_id)
    )`,
    sql`create index attachment_link_attachment on attachment_link (attachment_id)`,
  ];
  for (const statement of statements) await statement.execute(db);
}
