/**
 * The ids of the records whose search_text holds a query, newest first: FTS5
 * trigram where the table has an index (3+ characters), LIKE otherwise — the
 * same rule as each module's own list (core/meetings/read.ts, core/study/read.ts).
 * Tables without a trigram index hold a few thousand short rows at most, which
 * LIKE reads within the search budget (scripts/bench-search.ts).
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';

interface Searchable {
  /** Its FTS5 trigram table (content=<table>, rowid = id), if it has one. */
  fts?: string;
  /** Rows that may be shown at all. */
  alive: string;
  order: string;
}

/** Constants only: table and column names are never built from input. */
export const SEARCHABLE = {
  meeting: { fts: 'meeting_fts', alive: 'deleted_at is null', order: 'date desc, id desc' },
  study_session: { fts: 'study_session_fts', alive: 'deleted_at is null', order: 'date desc, id desc' },
  study_material: { alive: 'deleted_at is null', order: 'published_on is null, published_on desc, id desc' },
  delib_item: { alive: 'deleted_at is null', order: 'raised_on desc, id desc' },
  // Voided items keep their 档号 and stay findable.
  archive_item: { alive: '1 = 1', order: 'year desc, archival_code desc' },
} satisfies Record<string, Searchable>;

export type SearchableTable = keyof typeof SEARCHABLE;

const TRIGRAM_MIN = 3;
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
/** An FTS5 phrase: the whole query as one string, inner quotes doubled (so `"`, `*`, NEAR, AND are just text). */
const ftsPhrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** `query` is normalized and lower case (search_text is lower case). */
export async function matchingIds(db: Kysely<Database>, table: SearchableTable, query: string, limit: number): Promise<number[]> {
  const t: Searchable = SEARCHABLE[table];
  const match =
    t.fts && [...query].length >= TRIGRAM_MIN
      ? sql`id in (select rowid from ${sql.raw(t.fts)} where ${sql.raw(t.fts)} match ${ftsPhrase(query)})`
      : sql`search_text like ${`%${likeEscape(query)}%`} escape '\\'`;
  const rows = await sql<{ id: number }>`select id from ${sql.raw(table)}
    where ${sql.raw(t.alive)} and ${match}
    order by ${sql.raw(t.order)} limit ${limit}`.execute(db);
  return rows.rows.map((r) => r.id);
}

/**
 * What tells whether the members' names may have changed since `dataVersion` was last read:
 * total_changes() counts this connection's writes, data_version moves when another connection commits.
 */
export async function dataVersion(db: Kysely<Database>): Promise<string> {
  const changes = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  const version = await sql<{ data_version: number }>`pragma data_version`.execute(db);
  return `${changes.rows[0]?.n ?? 0}:${version.rows[0]?.data_version ?? 0}`;
}

/** Every distinct name key (姓名 全拼 首字母) of the roster, from the covering index member_roster_name. */
export async function distinctNameKeys(db: Kysely<Database>): Promise<string[]> {
  const rows = await sql<{ name_key: string }>`select distinct name_key from member where deleted_at is null`.execute(db);
  return rows.rows.map((r) => r.name_key);
}

/** The first `limit` members with one of these name keys, 在册 first: index seeks, not a scan. */
export async function membersByNameKeys(db: Kysely<Database>, keys: readonly string[], limit: number): Promise<number[]> {
  if (!keys.length) return [];
  const onRoll = await sql<{ id: number }>`select id from member
    where status = '在册' and deleted_at is null and name_key in (${sql.join(keys)}) limit ${limit}`.execute(db);
  const ids = onRoll.rows.map((r) => r.id);
  if (ids.length >= limit) return ids;
  const others = await sql<{ id: number }>`select id from member
    where status in ('迁出', '去世', '其他') and deleted_at is null and name_key in (${sql.join(keys)}) limit ${limit - ids.length}`.execute(db);
  return [...ids, ...others.rows.map((r) => r.id)];
}
