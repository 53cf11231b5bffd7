/**
 * The running app's open data file, behind one indirection so a restore can
 * replace it: the AppContext made here reads `db` and `dbPath` from the holder
 * on every access, so every handler sees the new database after a swap without
 * knowing a swap can happen.
 */
import type { AppContext, PathChooser } from '../context';
import { AppError } from '../errors';
import { openDatabase, type OpenDatabase } from '../../db/open';

export class DatabaseHolder {
  private busy = false;

  constructor(private opened: OpenDatabase) {}

  get current(): OpenDatabase {
    return this.opened;
  }

  /** Backups and restores run one at a time; a second one is refused, not queued. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.busy) throw new AppError('CONFLICT', '另一个备份或恢复操作正在进行，请等它完成后再试。');
    this.busy = true;
    try {
      return await work();
    } finally {
      this.busy = false;
    }
  }

  /**
   * Closes the database, lets `install` put a new file at its path, and opens
   * (and migrates) that. When the new file cannot be opened, `rollback` puts
   * the previous data back and that is reopened before the error is rethrown.
   */
  async replaceFile(install: (path: string) => Promise<void>, rollback: (path: string) => Promise<void>): Promise<OpenDatabase> {
    const path = this.opened.path;
    await this.opened.close();
    try {
      await install(path);
      this.opened = await openDatabase(path);
    } catch (err) {
      await rollback(path);
      this.opened = await openDatabase(path);
      throw err;
    }
    return this.opened;
  }

  close(): Promise<void> {
    return this.opened.close();
  }
}

export function createAppContext(holder: DatabaseHolder, now: () => Date, choosePath?: PathChooser): AppContext {
  return {
    get db() {
      return holder.current.db;
    },
    get dbPath() {
      return holder.current.path;
    },
    now,
    database: holder,
    choosePath,
  };
}
