/** Writes to the harness's data file before the page loads (a real SQLite file, through core services). */
import type { AppContext } from '../core/context';
import { openDatabase } from '../db/open';
import { upsertBranchInfo } from '../db/settings/queries';

export async function withDb(dbPath: string, seed: (ctx: AppContext) => Promise<void>) {
  const opened = await openDatabase(dbPath);
  try {
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date() };
    await upsertBranchInfo(opened.db, { name: '幸福里社区妇联', street: '城关街道', fondsCode: '', contact: '', phone: '' }, new Date().toISOString());
    await seed(ctx);
  } finally {
    await opened.close();
  }
}
