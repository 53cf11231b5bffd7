/**
 * The running app's open data file, behind one indirection so a restore can
 * replace it: the AppContext made here reads `db` and `dbPath` from the holder
 * on every access, so every handler sees the new database after a swap without
 * knowing a swap can happen.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { z } from 'zod';
import type { AppContext, PathChooser } from '../context';
import { AppError } from '../errors';
import { openDatabase, type OpenDatabase } from '../../db/open';
import { Session } from '../operators/session';

/** Why the data file could not be opened at start; the app shows the recovery screen (core/startup) meanwhile. */
export interface StartupProblem {
  kind: 'corrupt' | 'empty' | 'foreign' | 'too-new' | 'locked' | 'cannot-open';
  /** One short Chinese line: what is wrong. */
  title: string;
  /** What happened and what the user can do, in plain words. */
  message: string;
  path: string;
  /** The error as the program saw it, for technical support. */
  technical: string;
}

/** How long a call waits for a restore (or another swap of the data file) before it is refused. */
export const SWAP_WAIT_MS = 120_000;

/**
 * The running app's data file. Every API call runs inside `use` (dispatch does
 * it); an operation that closes or replaces the connection (a restore, opening
 * another file from the start screen, closing at exit) runs inside `swap`,
 * which first lets the calls in flight finish and holds new ones until the new
 * file is open. So no call ever meets a closed connection, and no write is
 * acknowledged between the safety backup and the swap.
 */
export class DatabaseHolder {
  private busy = false;
  /** Who is signed in to this running app (core/operators). */
  readonly session = new Session();
  private opened: OpenDatabase | null;
  /** Set while no data file is open because opening it at start failed. */
  problem: StartupProblem | null = null;
  /** The data file's path, known even while it could not be opened. */
  path: string;
  private closed = false;
  /** Calls running inside `use` right now. */
  private active = 0;
  /** Settles when the running swap ends; null when none runs. */
  private swapping: Promise<void> | null = null;
  /** Marks the async work of one call, so a swap started by a call does not wait for itself. */
  private readonly inCall = new AsyncLocalStorage<true>();

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
    if (this.closed) throw new AppError('DB_NOT_OPEN', '程序正在退出，数据文件已关闭，此操作未执行。');
    if (!this.opened) {
      throw new AppError('DB_NOT_OPEN', `数据文件“${this.path}”没有打开（启动时打开失败），此操作未执行。请先在启动页面恢复备份或打开其他数据文件。`);
    }
    return this.opened;
  }

  /** Leaves the recovery state: `opened` becomes the running app's data file. Only inside `swap`. */
  install(opened: OpenDatabase): void {
    this.opened = opened;
    this.path = opened.path;
    this.problem = null;
  }

  /** Runs one API call: waits while a swap holds the data file, then keeps the swap out until the call ends. */
  async use<T>(work: () => Promise<T>): Promise<T> {
    if (this.inCall.getStore()) return work();
    const deadline = Date.now() + SWAP_WAIT_MS;
    while (this.swapping) {
      const left = deadline - Date.now();
      if (left <= 0 || !(await settlesWithin(this.swapping, left))) {
        throw new AppError('CONFLICT', '正在恢复备份或更换数据文件，等待时间过长，此操作未执行。请稍后再试一次。');
      }
    }
    this.active++;
    try {
      return await this.inCall.run(true, work);
    } finally {
      this.active--;
    }
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

  /** `takeFile` inside `exclusive`: what a swap started from the start screen or at exit uses. */
  swap<T>(work: () => Promise<T>): Promise<T> {
    return this.exclusive(() => this.takeFile(work));
  }

  /**
   * Takes the data file for itself (call it inside `exclusive`): calls already
   * running finish first (the caller's own call excepted), calls arriving
   * meanwhile wait in `use` and then run against whatever file is open when
   * `work` ends.
   */
  async takeFile<T>(work: () => Promise<T>): Promise<T> {
    let release!: () => void;
    this.swapping = new Promise<void>((resolve) => (release = resolve));
    try {
      await this.drain(this.inCall.getStore() ? 1 : 0);
      return await work();
    } finally {
      this.swapping = null;
      release();
    }
  }

  private async drain(own: number): Promise<void> {
    const deadline = Date.now() + SWAP_WAIT_MS;
    while (this.active > own) {
      if (Date.now() > deadline) {
        throw new AppError('CONFLICT', '还有操作（如导入）正在进行，现在不能更换数据文件。请等它完成后再试。');
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /**
   * Inside `swap`: closes the database, lets `install` put a new file at its
   * path, and opens (and migrates) that. When the new file cannot be opened,
   * `rollback` puts the previous data back and that is reopened before the
   * error is rethrown.
   */
  async replaceFile(install: (path: string) => Promise<void>, rollback: (path: string) => Promise<void>): Promise<OpenDatabase> {
    const old = this.current;
    const path = old.path;
    this.opened = null;
    try {
      await old.close();
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

  /** At exit: lets running calls finish, then closes; later calls are refused with a Chinese message. */
  async close(): Promise<void> {
    if (this.closed) return;
    const closeNow = async () => {
      this.closed = true;
      if (this.opened) await this.opened.close();
    };
    if (this.busy) return closeNow(); // a backup or restore is stuck: closing must not wait for it
    await this.swap(closeNow).catch(closeNow);
  }
}

function settlesWithin(promise: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void promise.then(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
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
