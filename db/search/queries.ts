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
