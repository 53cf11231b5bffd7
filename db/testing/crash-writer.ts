/**
 * The writer the crash-safety test kills: opens the data file the way the app
 * does, then commits small transactions forever, printing `ack <batch>` after
 * each commit returns. Each batch is several rows, so a half-written batch
 * would show. Run: node crash-writer.cjs <db path> <rows per batch>
 */
import { sql } from 'kysely';
import { openDatabase } from '../open';

async function main(path: string, rowsPerBatch: number) {
  const { db } = await openDatabase(path);
  await sql`create table if not exists crash_probe (
    id integer primary key, batch integer not null, payload text not null)`.execute(db);
  const last = await sql<{ b: number | null }>`select max(batch) as b from crash_probe`.execute(db);
  let batch = Number(last.rows[0]?.b ?? 0);
  for (;;) {
    batch += 1;
    const rows = Array.from({ length: rowsPerBatch }, (_, i) => ({ batch, payload: `第${batch}批第${i}行`.repeat(20) }));
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('crash_probe' as never).values(rows as never).execute();
      await sql`update branch_info set updated_at = ${String(batch)} where id = 1`.execute(trx);
    });
    process.stdout.write(`ack ${batch}\n`);
  }
}

main(process.argv[2]!, Number(process.argv[3] ?? 5)).catch((err) => {
  console.error(err);
  process.exit(1);
});
