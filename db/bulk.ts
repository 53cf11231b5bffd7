/**
 * Multi-row INSERT built directly as SQL text. Kysely compiles a 500-row
 * `values([...])` through its whole AST, which costs more than SQLite's own
 * work on a 100,000-row import; the statement here is the same, minus that cost.
 */
import { CompiledQuery, type QueryResult, type Transaction } from 'kysely';
import type { Database } from './schema';

/** SQLite allows 32,766 bound values per statement. */
const MAX_PARAMS = 32_000;

/**
 * While a statement runs, the next one's values are built in slices of this
 * many rows with a turn of the event loop between: node-sqlite3 only hands a
 * statement to its worker thread once the main thread gets back to the event
 * loop, and without those turns SQLite would sit waiting for the whole build.
 */
const ROWS_PER_TURN = 100;

type Row = Record<string, unknown>;

interface InsertOptions {
  /** Columns of every inserted row to answer with (RETURNING). */
  returning?: readonly string[];
  /**
   * Columns with the same value in every row, written into the statement as
   * literals rather than bound row by row: fewer parameters per row means more
   * rows per statement and less binding on the main thread.
   */
  same?: Readonly<Record<string, string | null>>;
}

const sqlLiteral = (value: string | null) => (value === null ? 'null' : `'${value.replace(/'/g, "''")}'`);

/** Inserts the rows (objects keyed by column, all with the keys of the first). */
export async function bulkInsert<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  rows: readonly Row[],
  options: InsertOptions = {},
): Promise<Row[]> {
  if (!rows.length) return [];
  const columns = Object.keys(rows[0]!);
  const addValues = (index: number, params: unknown[]) => {
    const row = rows[index]!;
    for (const column of columns) params.push(row[column] ?? null);
  };
  return insertTuples(trx, table, columns, rows.length, addValues, options);
}

/**
 * Inserts `count` rows whose values `addValues(index, params)` appends, in
 * column order, to a statement's parameters (`options.same` adds the rest); rows are asked for once each, in
 * order. Each statement's parameters are built while SQLite runs the one
 * before, so the caller's work per row (addValues may convert the row) and
 * SQLite's overlap.
 */
export async function insertTuples<T extends keyof Database & string>(
  trx: Transaction<Database>,
  table: T,
  columns: readonly string[],
  count: number,
  addValues: (index: number, params: unknown[]) => void,
  options: InsertOptions = {},
): Promise<Row[]> {
  const same = Object.entries(options.same ?? {});
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const tuple = `(${[...columns.map(() => '?'), ...same.map(([, value]) => sqlLiteral(value))].join(',')})`;
  const allColumns = [...columns, ...same.map(([column]) => column)];
  const head = `insert into "${table}" (${allColumns.map((c) => `"${c}"`).join(',')}) values `;
  const returning = options.returning?.length ? ` returning ${options.returning.map((c) => `"${c}"`).join(',')}` : '';
  const answered: Row[] = [];
  let running: Promise<QueryResult<Row>> | undefined;
  try {
    for (let start = 0; start < count; start += perStatement) {
      const end = Math.min(count, start + perStatement);
      const params = await buildParams(start, end, addValues, running !== undefined);
      const statement = CompiledQuery.raw(head + Array(end - start).fill(tuple).join(',') + returning, params);
      if (running) answered.push(...(await running).rows);
      running = trx.executeQuery<Row>(statement);
    }
    if (running) answered.push(...(await running).rows);
    return answered;
  } finally {
    // Never return (or throw) with a statement still running: the caller's rollback could overtake it.
    await running?.catch(() => undefined);
  }
}

async function buildParams(start: number, end: number, addValues: (index: number, params: unknown[]) => void, statementRunning: boolean) {
  const params: unknown[] = [];
  for (let index = start; index < end; index++) {
    addValues(index, params);
    if (statementRunning && (index - start) % ROWS_PER_TURN === ROWS_PER_TURN - 1) await new Promise(setImmediate);
  }
  return params;
}

interface IndexDefinition {
  name: string;
  sql: string;
}

/**
 * Runs `work` (a bulk insert into `table`) with the table's secondary indexes
 * dropped, then re-creates them from their own CREATE INDEX text. Building an
 * index once over sorted data is far cheaper than updating it row by row: at
 * 100,000 new members it saves about a third of the insert.
 *
 * Read from sqlite_master so that indexes added by later migrations are covered.
 * Indexes with no SQL (UNIQUE and PRIMARY KEY constraints) stay: they enforce
 * rules the insert relies on. Triggers stay too. Everything happens inside the
 * caller's transaction, so a failure part way leaves the indexes as they were.
 */
export async function withIndexesRebuiltAfter<T>(trx: Transaction<Database>, table: keyof Database & string, work: () => Promise<T>): Promise<T> {
  const indexes = await secondaryIndexes(trx, table);
  for (const index of indexes) await trx.executeQuery(CompiledQuery.raw(`drop index ${quoteName(index.name)}`));
  const result = await work();
  for (const index of indexes) await trx.executeQuery(CompiledQuery.raw(index.sql));
  return result;
}

async function secondaryIndexes(trx: Transaction<Database>, table: string): Promise<IndexDefinition[]> {
  const query = CompiledQuery.raw(
    "select name, sql from sqlite_master where type = 'index' and tbl_name = ? and sql is not null order by rowid",
    [table],
  );
  return (await trx.executeQuery<IndexDefinition>(query)).rows;
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
