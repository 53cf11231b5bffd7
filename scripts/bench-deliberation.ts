/**
 * The 妇女议事会 figure of `npm run bench`: a year of 120 议题 (seed-demo's, in every
 * state, each with its timeline), then the yearly 议事台账 compilation's data
 * (deliberation.printLedger: every 议题 with timeline, figures, sessions) and its
 * .xlsx (deliberation.exportLedger), through the API. xlsxMs is the first export in
 * the process (exceljs cold), xlsxWarmMs the next. The compilation PDF is measured
 * by the print side (renderer/print) and reported beside these.
 *
 *   npm run bench -- --only deliberation
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiTable } from '../core/api';
import { dispatch } from '../core/api/dispatch';
import type { AppContext } from '../core/context';
import { seedDemoDeliberation } from '../core/deliberation/demo';
import { seedDemoMembers } from '../core/members/demo-seed';
import { openDatabase } from '../db/open';

const ms = (start: bigint) => Math.round(Number(process.hrtime.bigint() - start) / 1e6);

export async function deliberationLedgerFigure({ items = 120, year = 2026 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-bench-delib-'));
  const opened = await openDatabase(join(dir, 'fulian.sqlite'));
  try {
    const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date(`${year}-12-28T10:00:00+08:00`) };
    await seedDemoMembers(ctx, 1000, 11);
    const seeded = await seedDemoDeliberation(ctx, { year, items });
    const call = async (method: string) => {
      const start = process.hrtime.bigint();
      const answer = await dispatch(apiTable, ctx, method, { year });
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return { ms: ms(start), value: answer.value };
    };
    const data = await call('deliberation.printLedger');
    const xlsx = await call('deliberation.exportLedger');
    const warm = await call('deliberation.exportLedger');
    const events = await opened.db.selectFrom('delib_event').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return {
      year,
      items: seeded.items,
      states: 'states' in seeded ? seeded.states : {},
      events: Number(events.n),
      ledgerDataMs: data.ms,
      ledgerDataKb: Math.round(JSON.stringify(data.value).length / 1024),
      xlsxMs: xlsx.ms,
      xlsxWarmMs: warm.ms,
      xlsxKb: Math.round(Buffer.from((xlsx.value as { base64: string }).base64, 'base64').length / 1024),
    };
  } finally {
    await opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
