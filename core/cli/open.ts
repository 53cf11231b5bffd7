import type { AppContext } from '../context';
import { resolveDbPath } from '../platform/paths';
import { openDatabase } from '../../db/open';

/** Opens the data file named by --db / FULIAN_DB (or the default) for one CLI command. */
export async function openForCli(args: string[]): Promise<{ ctx: AppContext; close(): Promise<void> }> {
  const opened = await openDatabase(resolveDbPath(args, process.env));
  return { ctx: { db: opened.db, dbPath: opened.path, now: () => new Date() }, close: opened.close };
}
