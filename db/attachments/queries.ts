/** The attachment tables (migration 009): files by hash, and the records that link to them. */
import { pathToFileURL } from 'node:url';
import { Kysely, sql } from 'kysely';
import sqlite3 from 'sqlite3';
import { closeSqliteFile, openSqliteFile, Sqlite3Dialect } from '../driver';
import type { AttachmentKind, Database } from '../schema';

export interface AttachmentOwnerRef {
  type: string;
  id: number;
}

const linkColumns = [
  'attachment_link.id',
  'attachment_link.owner_type',
  'attachment_link.owner_id',
  'attachment_link.file_name',
  'attachment_link.added_at',
  'attachment_link.added_by',
  'attachment.id as attachment_id',
  'attachment.sha256',
  'attachment.size',
  'attachment.kind',
] as const;

export function selectLinks(db: Kysely<Database>, owner: AttachmentOwnerRef) {
  return db
    .selectFrom('attachment_link')
    .innerJoin('attachment', 'attachment.id', 'attachment_link.attachment_id')
    .select(linkColumns)
    .where('attachment_link.owner_type', '=', owner.type)
    .where('attachment_link.owner_id', '=', owner.id)
    .orderBy('attachment_link.added_at')
    .orderBy('attachment_link.id')
    .execute();
}
export type LinkRow = Awaited<ReturnType<typeof selectLinks>>[number];

export function selectLink(db: Kysely<Database>, linkId: number) {
  return db
    .selectFrom('attachment_link')
    .innerJoin('attachment', 'attachment.id', 'attachment_link.attachment_id')
    .select(linkColumns)
    .where('attachment_link.id', '=', linkId)
    .executeTakeFirst();
}

/** The attachment row for these bytes, made if new. */
export async function ensureAttachment(db: Kysely<Database>, file: { sha256: string; size: number; kind: AttachmentKind }, nowIso: string) {
  const existing = await db.selectFrom('attachment').select('id').where('sha256', '=', file.sha256).executeTakeFirst();
  if (existing) return existing.id;
  const { id } = await db.insertInto('attachment').values({ ...file, created_at: nowIso }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function linkCount(db: Kysely<Database>, attachmentId: number): Promise<number> {
  const row = await db.selectFrom('attachment_link').select((eb) => eb.fn.countAll<number>().as('n')).where('attachment_id', '=', attachmentId).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Every file the data file says it has. */
export const selectAllFiles = (db: Kysely<Database>) => db.selectFrom('attachment').select(['sha256', 'size']).orderBy('id').execute();

/** The files a database file (a backup, closed) says it has; none when it predates attachments. */
export async function readFilesOf(path: string): Promise<Array<{ sha256: string; size: number }>> {
  const raw = await openSqliteFile(`${pathToFileURL(path).href}?immutable=1`, sqlite3.OPEN_READONLY | sqlite3.OPEN_URI);
  const db = new Kysely<Database>({ dialect: new Sqlite3Dialect(raw) });
  try {
    const table = await sql<{ n: number }>`select count(*) as n from sqlite_schema where type = 'table' and name = 'attachment'`.execute(db);
    return Number(table.rows[0]?.n) ? await selectAllFiles(db) : [];
  } finally {
    await closeSqliteFile(raw);
  }
}
