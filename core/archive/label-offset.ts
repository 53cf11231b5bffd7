/**
 * The label printer's offset (归档章 and 盒脊 sheets): office printers feed a little
 * off, so the whole sheet is shifted by x/y mm (+ right/down). One app_setting row,
 * written with its audit line in one transaction.
 */
import { z } from 'zod';
import { readSetting, writeSetting } from '../../db/archive/queries';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';

const KEY = 'archive.labelOffset';

const mm = (axis: string) =>
  z
    .number({ error: `${axis}偏移应为数字（毫米）` })
    .min(-20, `${axis}偏移最多 20 毫米`)
    .max(20, `${axis}偏移最多 20 毫米`)
    .transform((v) => Math.round(v * 10) / 10);

export const labelOffsetSchema = z.object({ x: mm('左右'), y: mm('上下') });
export type LabelOffset = z.output<typeof labelOffsetSchema>;

export async function readLabelOffset(ctx: AppContext): Promise<LabelOffset> {
  const parsed = labelOffsetSchema.safeParse(await readSetting(ctx.db, KEY));
  return parsed.success ? parsed.data : { x: 0, y: 0 };
}

const text = (o: LabelOffset) => `向右 ${o.x} 毫米，向下 ${o.y} 毫米`;

export async function saveLabelOffset(ctx: AppContext, offset: LabelOffset): Promise<LabelOffset> {
  const before = await readLabelOffset(ctx);
  await ctx.db.transaction().execute(async (trx) => {
    await writeSetting(trx, KEY, offset);
    await recordAudit(trx, ctx, { action: 'update', entity: 'archive_settings', label: '标签打印偏移', before: { 偏移: text(before) }, after: { 偏移: text(offset) } });
  });
  return offset;
}
