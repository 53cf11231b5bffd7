/**
 * `seed-demo --records`: files the demo year's finalized records (PDF snapshots
 * through the context's PDF service) and boxes them, 20 to a box per category,
 * so a demo data file has a filled 档案台账. Runs after the other modules' demo data.
 */
import type { AppContext } from '../context';
import { codesOfSources } from '../../db/archive/queries';
import { FINAL } from '../records/lock';
import { createBox, putInBox } from './boxes';
import { fileRecord } from './filing';
import { listItems } from './items';
import { ARCHIVE_SOURCES } from './sources';

const PER_BOX = 20;

export async function seedDemoArchive(ctx: AppContext, year: number) {
  const started = Date.now();
  let filed = 0;
  for (const source of ARCHIVE_SOURCES) {
    const records = (await source.ofYear(ctx.db, year)).filter((r) => r.status === FINAL);
    const already = await codesOfSources(ctx.db, source.type, records.map((r) => r.id));
    for (const r of records.filter((x) => !already.has(x.id))) {
      await fileRecord(ctx, { source: { type: source.type, id: r.id } });
      filed += 1;
    }
  }
  const unboxed = await listItems(ctx, { year, query: '', boxId: null, includeVoided: false });
  const groups = new Map<string, typeof unboxed>();
  for (const i of unboxed) groups.set(`${i.retention}|${i.orgCode ?? ''}`, [...(groups.get(`${i.retention}|${i.orgCode ?? ''}`) ?? []), i]);
  let boxes = 0;
  for (const items of groups.values()) {
    for (let i = 0; i < items.length; i += PER_BOX) {
      const box = await createBox(ctx, { year, retention: items[0]!.retention, orgCode: items[0]!.orgCode });
      await putInBox(ctx, box.id, items.slice(i, i + PER_BOX).map((x) => x.id));
      boxes += 1;
    }
  }
  return { filed, boxes, ms: Date.now() - started };
}
