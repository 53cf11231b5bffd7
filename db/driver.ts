/**
 * A Kysely dialect over the `sqlite3` npm package (N-API, so the same binary
 * serves Node tests and Electron). Kysely's own SQLite adapter, compiler and
 * introspector are reused; only the connection is ours.
 *
 * node-sqlite3 has no "does this statement return rows?" flag, so we decide:
 * selects and anything with RETURNING go through `all()`, the rest through
 * `run()` (whose `lastID` is only meaningful after an INSERT).
 */
import sqlite3 from 'sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';

export function openSqliteFile(path: string, mode = sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE): Promise<sqlite3.Database> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, mode, (err) => (err ? reject(err) : resolve(db)));
  });
}

export function closeSqliteFile(db: sqlite3.Database): Promise<void> {
  return new Promise((resolve, reject) => db.close((err) => (err ? reject(err) : resolve())));
}

const ROW_RETURNING_SQL = /^\s*(select|with|pragma|values|explain)\b|\breturning\b/i;

function returnsRows(query: CompiledQuery): boolean {
  const node = query.query as { kind: string; returning?: unknown };
  if (node.kind === 'SelectQueryNode') return true;
  if (node.returning) return true;
  return node.kind === 'RawNode' && ROW_RETURNING_SQL.test(query.sql);
}

class Sqlite3Connection implements DatabaseConnection {
  constructor(private readonly db: sqlite3.Database) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const params = query.parameters as unknown[];
    if (returnsRows(query)) {
      return new Promise((resolve, reject) =>
        this.db.all(query.sql, params, (err, rows) => (err ? reject(err) : resolve({ rows: rows as R[] }))),
      );
    }
    const isInsert = (query.query as { kind: string }).kind === 'InsertQueryNode' || /^\s*insert\b/i.test(query.sql);
    return new Promise((resolve, reject) =>
      this.db.run(query.sql, params, function (err) {
        if (err) return reject(err);
        resolve({
          rows: [],
          numAffectedRows: BigInt(this.changes),
          insertId: isInsert ? BigInt(this.lastID) : undefined,
        });
      }),
    );
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('sqlite3 驱动不支持流式查询');
  }
}

/** One connection, handed out to one user at a time (transactions hold it). */
class Sqlite3Driver implements Driver {
  private connection?: Sqlite3Connection;
  private queue: Promise<void> = Promise.resolve();
  private releaseCurrent?: () => void;

  constructor(private readonly db: sqlite3.Database) {}

  async init(): Promise<void> {
    this.connection = new Sqlite3Connection(this.db);
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    const previous = this.queue;
    let release!: () => void;
    this.queue = new Promise<void>((resolve) => (release = resolve));
    await previous;
    this.releaseCurrent = release;
    return this.connection!;
  }

  async releaseConnection(): Promise<void> {
    const release = this.releaseCurrent;
    this.releaseCurrent = undefined;
    release?.();
  }

  async beginTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  async commitTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(conn: DatabaseConnection): Promise<void> {
    await conn.executeQuery(CompiledQuery.raw('rollback'));
  }

  async destroy(): Promise<void> {
    await closeSqliteFile(this.db);
  }
}

export class Sqlite3Dialect implements Dialect {
  constructor(private readonly db: sqlite3.Database) {}
  createAdapter() {
    return new SqliteAdapter();
  }
  createDriver(): Driver {
    return new Sqlite3Driver(this.db);
  }
  createIntrospector(db: Kysely<unknown>) {
    return new SqliteIntrospector(db);
  }
  createQueryCompiler() {
    return new SqliteQueryCompiler();
  }
}
