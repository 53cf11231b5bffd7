/**
 * Multi-row INSERT built directly as SQL text. Kysely compiles a 500-row
 * `values([...])` through its whole AST, which costs more than SQLite's own
 * work on a 100,000-row import; the statement here is the same, minus that cost.
 */
import { CompiledQuery, type Transaction } from 'kysely';
import type { Database } from './schema';

/** SQLite allows 32,766 bound values per statement. */
const MAX_PARAMS = 32_000;

type Row = Record<string, unknown>;

/** Inserts the rows; with `returning`, answers those columns of every inserted row. */
export async function bulkInsert<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Row[],
  options: { returning?: readonly string[] } = {},
): Promise<Row[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const head = `insert into "${table}" (${columns.map((c) => `"${c}"`).join(',')}) values `;
  const returning = options.returning?.length ? ` returning ${options.returning.map((c) => `"${c}"`).join(',')}` : '';
  const answered: Row[] = [];
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    for (const row of part) for (const column of columns) params.push(row[column] ?? null);
    const result = await trx.executeQuery<Row>(CompiledQuery.raw(head + Array(part.length).fill(tuple).join(',') + returning, params));
    answered.push(...result.rows);
  }
  return answered;
}
