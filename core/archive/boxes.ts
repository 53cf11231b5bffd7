/**
 * 档案盒: a box holds one category (全宗号, 年度, 保管期限, 机构(问题)) and never
 * mixes them — an item that does not fit is refused by name. 盒号 may be pencil
 * numbers: renumbering a box changes no 档号 (the 盒号 is not part of it).
 * Each box carries its 备考表 fields.
 */
import { boxesOfYear, maxBoxNo, selectBox, selectBoxByNumber, selectItems, type BoxListRow, type BoxRow } from '../../db/archive/queries';
import { assertReferencesExist } from '../api/refs';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { categoryText, pieceText, RETENTION_LABELS, sameCategory, type Retention } from './code';
import { categoryOf, itemLabel } from './items';
import { fondsAndBranch, orgForScheme } from './settings';

export const ARCHIVE_BOX = 'archive_box';

const boxCategory = (b: Pick<BoxRow, 'fonds_code' | 'year' | 'retention' | 'org_code'>) => ({ fondsCode: b.fonds_code, year: b.year, retention: b.retention, orgCode: b.org_code });
export const boxLabel = (b: Pick<BoxRow, 'fonds_code' | 'year' | 'retention' | 'org_code' | 'box_no'>) => `${categoryText(boxCategory(b))} 第 ${b.box_no} 盒`;

export function boxView(b: BoxListRow) {
  return {
    id: b.id,
    fondsCode: b.fonds_code,
    year: b.year,
    retention: b.retention,
    retentionLabel: RETENTION_LABELS[b.retention],
    orgCode: b.org_code,
    boxNo: b.box_no,
    label: boxLabel(b),
    itemCount: Number(b.item_count ?? 0),
    firstPiece: b.first_piece === null ? null : Number(b.first_piece),
    lastPiece: b.last_piece === null ? null : Number(b.last_piece),
    contentsNote: b.contents_note,
    arrangedBy: b.arranged_by,
    arrangedOn: b.arranged_on,
    checkedBy: b.checked_by,
    checkedOn: b.checked_on,
  };
}
export type BoxView = ReturnType<typeof boxView>;

export const listBoxes = async (ctx: AppContext, year?: number) => (await boxesOfYear(ctx.db, year)).map(boxView);

async function loadBox(db: AppContext['db'], id: number): Promise<BoxRow> {
  const box = await selectBox(db, id);
  if (!box) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的档案盒。`);
  return box;
}

async function viewOf(ctx: AppContext, id: number) {
  const row = (await boxesOfYear(ctx.db)).find((b) => b.id === id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的档案盒。`);
  return boxView(row);
}

export async function createBox(ctx: AppContext, input: { year: number; retention: Retention; orgCode?: string | null; boxNo?: number }) {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { fondsCode } = await fondsAndBranch(trx);
    const orgCode = await orgForScheme(trx, input.orgCode);
    const category = { fondsCode, year: input.year, retention: input.retention, orgCode };
    const boxNo = input.boxNo ?? (await maxBoxNo(trx, category)) + 1;
    if (await selectBoxByNumber(trx, category, boxNo)) throw new AppError('CONFLICT', `${categoryText(category)} 已有第 ${boxNo} 盒，请换一个盒号。`, { field: '盒号' });
    const nowIso = ctx.now().toISOString();
    const { id } = await trx
      .insertInto('archive_box')
      .values({ fonds_code: fondsCode, year: input.year, retention: input.retention, org_code: orgCode, box_no: boxNo, arranged_on: null, checked_on: null, created_at: nowIso, updated_at: nowIso })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'create', entity: ARCHIVE_BOX, entityId: id, label: `${categoryText(category)} 第 ${boxNo} 盒`, after: { 年度: input.year, 保管期限: input.retention, 机构问题: orgCode, 盒号: boxNo } });
    return id;
  });
  return viewOf(ctx, id);
}

/** All or nothing: the first item that does not fit is named and nothing moves. */
export async function putInBox(ctx: AppContext, boxId: number, itemIds: readonly number[]) {
  await ctx.db.transaction().execute(async (trx) => {
    const box = await loadBox(trx, boxId);
    await assertReferencesExist(trx, 'archive_item', itemIds.map((id, n) => ({ id, field: `第${n + 1}件` })));
    const items = await selectItems(trx, itemIds);
    const byId = new Map(items.map((i) => [i.id, i]));
    for (const id of itemIds) {
      const item = byId.get(id)!;
      if (item.voided_at) throw new AppError('VALIDATION', `${itemLabel(item)}已作废，不能装盒。`, { itemId: id });
      if (!sameCategory(categoryOf(item), boxCategory(box))) {
        throw new AppError(
          'VALIDATION',
          `${itemLabel(item)}属于 ${categoryText(categoryOf(item))}，与${boxLabel(box)}（${categoryText(boxCategory(box))}）不同：一盒之内不能混装不同年度、保管期限或机构（问题）的档案。`,
          { itemId: id, field: '盒号' },
        );
      }
    }
    const moved = items.filter((i) => i.box_id !== boxId);
    if (!moved.length) return;
    await trx.updateTable('archive_item').set({ box_id: boxId, updated_at: ctx.now().toISOString() }).where('id', 'in', moved.map((i) => i.id)).execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: ARCHIVE_BOX,
      entityId: boxId,
      label: boxLabel(box),
      after: { 装入: moved.map((i) => i.archival_code) },
      detail: `装入${boxLabel(box)}：${moved.map((i) => pieceText(i.piece_no)).join('、')}（${moved.length} 件）`,
    });
  });
  return viewOf(ctx, boxId);
}

export async function takeOutOfBox(ctx: AppContext, itemIds: readonly number[]) {
  await ctx.db.transaction().execute(async (trx) => {
    await assertReferencesExist(trx, 'archive_item', itemIds.map((id, n) => ({ id, field: `第${n + 1}件` })));
    const items = await selectItems(trx, itemIds);
    const boxed = items.filter((i) => i.box_id !== null);
    if (!boxed.length) return;
    await trx.updateTable('archive_item').set({ box_id: null, updated_at: ctx.now().toISOString() }).where('id', 'in', boxed.map((i) => i.id)).execute();
    for (const boxId of new Set(boxed.map((i) => i.box_id!))) {
      const box = await loadBox(trx, boxId);
      const out = boxed.filter((i) => i.box_id === boxId);
      await recordAudit(trx, ctx, { action: 'update', entity: ARCHIVE_BOX, entityId: boxId, label: boxLabel(box), before: { 移出: out.map((i) => i.archival_code) }, detail: `从${boxLabel(box)}移出 ${out.length} 件` });
    }
  });
  return { itemIds: [...itemIds] };
}

/** Pencil numbers made final: the box's number changes, every 档号 stays. */
export async function renumberBox(ctx: AppContext, boxId: number, boxNo: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const box = await loadBox(trx, boxId);
    if (box.box_no === boxNo) return;
    const taken = await selectBoxByNumber(trx, boxCategory(box), boxNo);
    if (taken) throw new AppError('CONFLICT', `${categoryText(boxCategory(box))} 已有第 ${boxNo} 盒，请先给那一盒换号。`, { field: '盒号' });
    await trx.updateTable('archive_box').set({ box_no: boxNo, updated_at: ctx.now().toISOString() }).where('id', '=', boxId).execute();
    await recordAudit(trx, ctx, { action: 'update', entity: ARCHIVE_BOX, entityId: boxId, label: boxLabel({ ...box, box_no: boxNo }), before: { 盒号: box.box_no }, after: { 盒号: boxNo } });
  });
  return viewOf(ctx, boxId);
}

/** 备考表: 盒内文件情况说明, 整理人, 整理日期, 检查人, 检查日期. */
export async function saveBoxNotes(
  ctx: AppContext,
  input: { id: number; contentsNote: string; arrangedBy: string; arrangedOn: string | null; checkedBy: string; checkedOn: string | null },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const box = await loadBox(trx, input.id);
    await trx
      .updateTable('archive_box')
      .set({ contents_note: input.contentsNote, arranged_by: input.arrangedBy, arranged_on: input.arrangedOn, checked_by: input.checkedBy, checked_on: input.checkedOn, updated_at: ctx.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: ARCHIVE_BOX,
      entityId: input.id,
      label: boxLabel(box),
      before: { 盒内文件情况说明: box.contents_note, 整理人: box.arranged_by, 整理日期: box.arranged_on, 检查人: box.checked_by, 检查日期: box.checked_on },
      after: { 盒内文件情况说明: input.contentsNote, 整理人: input.arrangedBy, 整理日期: input.arrangedOn, 检查人: input.checkedBy, 检查日期: input.checkedOn },
    });
  });
  return viewOf(ctx, input.id);
}

/** Only an empty box. */
export async function removeBox(ctx: AppContext, boxId: number) {
  await ctx.db.transaction().execute(async (trx) => {
    const box = await loadBox(trx, boxId);
    const inside = await trx.selectFrom('archive_item').select('archival_code').where('box_id', '=', boxId).executeTakeFirst();
    if (inside) throw new AppError('CONFLICT', `${boxLabel(box)}里还有档案（如 ${inside.archival_code}），请先移出再删除。`);
    await trx.deleteFrom('archive_box').where('id', '=', boxId).execute();
    await recordAudit(trx, ctx, { action: 'delete', entity: ARCHIVE_BOX, entityId: boxId, label: boxLabel(box), before: { 盒号: box.box_no } });
  });
  return { id: boxId };
}
