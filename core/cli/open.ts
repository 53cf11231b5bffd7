import type { AppContext } from '../context';
import { resolveDbPath } from '../platform/paths';
import { createInProcessPdfRenderer } from '../platform/pdf-in-process';
import { openDatabase } from '../../db/open';

/**
 * Opens the data file named by --db / FULIAN_DB (or the default) for one CLI command.
 * ctx.pdf renders print routes (headless Chromium and an in-process server, both
 * started only if the command asks for a PDF); close() stops them with the database.
 */
export async function openForCli(args: string[]): Promise<{ ctx: AppContext; close(): Promise<void> }> {
  const opened = await openDatabase(resolveDbPath(args, process.env));
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date() };
  const pdf = createInProcessPdfRenderer(ctx);
  ctx.pdf = pdf;
  return {
    ctx,
    close: async () => {
      await pdf.close();
      await opened.close();
    },
  };
}
