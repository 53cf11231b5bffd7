/**
 * Indexes for the roster at 100,000 members (see db/members/roster-queries.ts):
 * a covering index that short searches and counts scan instead of the wide
 * table, and sort indexes for 姓名 (by pinyin) and 年龄 so the first page is
 * read straight off an index.
 */
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  const statements = [
    sql`create index member_roster_search on member (status, deleted_at, search_text)`,
    sql`create index member_roster_pinyin on member (status, substr(search_text, length(name) + 2)) where deleted_at is null`,
    sql`create index member_roster_birth on member (status, birth_date) where deleted_at is null`,
  ];
  for (const statement of statements) await statement.execute(db);
}
