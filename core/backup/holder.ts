/**
 * The running app's open data file, behind one indirection so a restore can
 * replace it: the AppContext made here reads `db` and `dbPath` from the holder
 * on every access, so every handler sees the new database after a swap without
 * knowing a swap can happen.
 */
import { z } from 'zod';
import type { AppContext, PathChooser } from '../context';
import { AppError } from '../errors';
import { openDatabase, type OpenDatabase } from '../../db/open';
import { Session } from '../operators/session';

/** Why the data file could not be opened at start; the app shows the recovery screen (core/startup) meanwhile. */
export interface StartupProblem {
  kind: 'corrupt' | 'foreign' | 'too-new' | 'locked' | 'cannot-open';
  /** One short Chinese line: what is wrong. */
  title: string;
  /** What happened and what the user can do, in plain words. */
  message: string;
  path: string;
  /** The error as the program saw it, for technical support. */
  technical: string;
}

export class DatabaseHolder {
  private busy = false;
  /** Who is signed in to this running app (core/operators). */
  readonly session = new Session();
  private opened: OpenDatabase | null;
  /** Set while no data file is open because opening it at start failed. */
  problem: StartupProblem | null = null;
  /** The data file's path, known even while it could not be opened. */
  path: string;

  constructor(opened: OpenDatabase | { emptyAt: string; problem: StartupProblem }) {
    if ('emptyAt' in opened) {
      this.opened = null;
      this.path = opened.emptyAt;
      this.problem = opened.problem;
    } else {
      this.opened = opened;
      this.path = opened.path;
    }
  }

  get isOpen(): boolean {
    return this.opened !== null;
  }

  get current(): OpenDatabase {
    if (!this.opened) {
      throw new AppError('DB_NOT_OPEN', `数据文件“${this.path}”没有打开（启动时打开失败），此操作未执行。请先在启动页面恢复备份或打开其他数据文件。`);
    }
    return this.opened;
  }

  /** Leaves the recovery state: `opened` becomes the running app's data file. */
  install(opened: OpenDatabase): void {
    this.opened = opened;
    this.path = opened.path;
    this.problem = null;
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
    const path = this.current.path;
    await this.current.close();
    try {
      await install(path);
      this.opened = await openDatabase(path);
      this.session.reset(); // the restored file's operators decide who may go on
    } catch (err) {
      await rollback(path);
      this.opened = await openDatabase(path);
      throw err;
    }
    return this.opened;
  }

  close(): Promise<void> {
    return this.opened ? this.opened.close() : Promise.resolve();
  }
}

export function createAppContext(holder: DatabaseHolder, now: () => Date, choosePath?: PathChooser): AppContext {
  return {
    get db() {
      return holder.current.db;
    },
    get dbPath() {
      return holder.path;
    },
    now,
    database: holder,
    choosePath,
    session: holder.session,
  };
}

/** The running app's holder; CLI and test contexts have none, and these methods need one. */
export function requireHolder(ctx: AppContext, missing: string): DatabaseHolder {
  if (!ctx.database) throw new AppError('CONFLICT', missing);
  return ctx.database;
}

/** A file or folder path typed by the officer (or chosen in a dialog). */
export const pathText = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(1000, { error: `${what}太长` });
