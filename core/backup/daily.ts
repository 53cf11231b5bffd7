/**
 * The daily automatic backup, started once the window is up so that opening
 * the app never waits for it (the copy and its full integrity check take
 * seconds on a large file). It runs as one more call on the holder: a restore
 * waits for it, and a manual backup running at that moment makes it skip.
 */
import { AppError } from '../errors';
import type { DatabaseHolder } from './holder';
import { autoBackupIfDue, type AutoBackupResult } from './service';

export interface ScheduledBackup {
  /** Settles with the result (null when nothing ran); never rejects. */
  done: Promise<AutoBackupResult | null>;
  /** Before closing the app: does not start it if it has not started, waits for it if it has. */
  cancel(): Promise<void>;
}

export function scheduleDailyBackup(
  holder: DatabaseHolder,
  options: { delayMs: number; now?: () => Date; onError?: (err: unknown) => void },
): ScheduledBackup {
  const now = options.now ?? (() => new Date());
  const onError = options.onError ?? ((err) => console.error('自动备份失败：', err));
  let settle!: (result: AutoBackupResult | null) => void;
  const done = new Promise<AutoBackupResult | null>((resolve) => (settle = resolve));
  let started = false;
  const run = async () => {
    started = true;
    try {
      if (!holder.isOpen) return settle(null);
      settle(await holder.use(() => holder.exclusive(() => autoBackupIfDue(holder.current, now()))));
    } catch (err) {
      // Another backup or a restore is running: that one keeps the data safe today.
      if (!(err instanceof AppError && err.code === 'CONFLICT')) onError(err);
      settle(null);
    }
  };
  const timer = setTimeout(() => void run(), options.delayMs);
  return {
    done,
    cancel: async () => {
      clearTimeout(timer);
      if (!started) settle(null);
      await done;
    },
  };
}
