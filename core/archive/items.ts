/**
 * Archive items (件): numbering, the item as the screen shows it, manual items
 * for paper documents, editing what may change, voiding. The 件号 is given in
 * the writing transaction (`begin immediate`: two filings at once wait for each
 * other, so they never share a number); the highest number ever given in the
 * category + 1, so a voided item's number is never reused.
 */
import { sql, type Kysely } from 'kysely';
import { codesOfSources, itemsInOrder, maxPieceNo, selectItem, type ItemRow } from '../../db/archive/queries';
import { selectLinks } from '../../db/attachments/queries';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { IMPLICIT_ADMIN } from '../operators/roles';
import { archivalCode, catalogDate, catalogTitle, MAX_PIECE, RETENTION_LABELS, searchTextOf, type ArchiveCategory, type Retention } from './code';
import type { ManualItemInput } from './schema';
import { defaultRetention, fondsAndBranch, orgForScheme } from './settings';
import { ARCHIVE_SOURCES } from './sources';

export const ARCHIVE_ITEM = 'archive_item';

export const itemLabel = (i: Pick<ItemRow, 'archival_code' | 'title'>) => `档案 ${i.archival_code}${i.title ? `《${i.title}》` : ''}`;

export const categoryOf = (i: Pick<ItemRow, 'fonds_code' | 'year' | 'retention' | 'org_code'>): ArchiveCategory => ({
  fondsCode: i.fonds_code,
  year: i.year,
  retention: i.retention,
  orgCode: i.org_code,
});

/** Inside a write transaction: the next 件号 of the category and its 档号. */
export async function nextNumber(trx: Kysely<Database>, category: ArchiveCategory) {
  const pieceNo = (await maxPieceNo(trx, category)) + 1;
  if (pieceNo > MAX_PIECE) throw new AppError('CONFLICT', `${category.year}年 ${category.retention} 的件号已用到 ${MAX_PIECE}，不能再编号。`);
  return { pieceNo, code: archivalCode({ ...category, pieceNo }) };
}

export { searchTextOf } from './code';

/** Corrections added to the source since its snapshot was taken: the item says 归档后有更正. */
export async function correctionCount(db: Kysely<Database>, type: string, id: number): Promise<number> {
  const row = await db.selectFrom('record_correction').select((eb) => eb.fn.countAll<number>().as('n')).where('record_type', '=', type).where('record_id', '=', id).executeTakeFirstOrThrow();
  return Number(row.n);
}

async function correctedAfter(db: Kysely<Database>, items: readonly ItemRow[]) {
  const flagged = new Set<number>();
  for (const i of items) {
    if (!i.source_type || i.voided_at) continue;
    if ((await correctionCount(db, i.source_type, i.source_id!)) > i.snapshot_corrections) flagged.add(i.id);
  }
  return flagged;
}

export interface ArchiveItemView {
  id: number;
  archivalCode: string;
  fondsCode: string;
  /** 门类: always WS (文书). */
  category: 'WS';
  year: number;
  retention: Retention;
  retentionLabel: string;
  orgCode: string | null;
  pieceNo: number;
  docKind: string;
  responsible: string;
  docNumber: string;
  title: string;
  selfTitled: boolean;
  /** 题名 as the 目录 prints it ([…] when self-written). */
  catalogTitle: string;
  date: string | null;
  /** YYYYMMDD. */
  catalogDate: string;
  secrecy: string;
  pages: number | null;
  note: string;
  boxId: number | null;
  boxNo: number | null;
  /** The record it was filed from, to open it; null for a paper document. */
  source: { type: string; id: number; title: string } | null;
  snapshotLinkId: number | null;
  snapshotAt: string | null;
  /** 归档后有更正: a 更正 was added to the source after its snapshot; `resnapshot` renews it. */
  correctedAfterFiling: boolean;
  voided: boolean;
  voidedAt: string | null;
  voidReason: string;
  filedBy: string;
  createdAt: string;
  attachmentCount: number;
}

export async function itemViews(db: Kysely<Database>, rows: ReadonlyArray<ItemRow & { box_no?: number | null }>): Promise<ArchiveItemView[]> {
  const flagged = await correctedAfter(db, rows);
  const counts = new Map<number, number>();
  if (rows.length) {
    for (let i = 0; i < rows.length; i += 500) {
      const found = await db
        .selectFrom('attachment_link')
        .select(['owner_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('owner_type', '=', ARCHIVE_ITEM)
        .where('owner_id', 'in', rows.slice(i, i + 500).map((r) => r.id))
        .groupBy('owner_id')
        .execute();
      for (const f of found) counts.set(f.owner_id, Number(f.n));
    }
  }
  return rows.map((r) => ({
    id: r.id,
    archivalCode: r.archival_code,
    fondsCode: r.fonds_code,
    category: 'WS',
    year: r.year,
    retention: r.retention,
    retentionLabel: RETENTION_LABELS[r.retention],
    orgCode: r.org_code,
    pieceNo: r.piece_no,
    docKind: r.doc_kind,
    responsible: r.responsible,
    docNumber: r.doc_number,
    title: r.title,
    selfTitled: r.self_titled === 1,
    catalogTitle: catalogTitle(r.title, r.self_titled === 1),
    date: r.date,
    catalogDate: catalogDate(r.date),
    secrecy: r.secrecy,
    pages: r.pages,
    note: r.note,
    boxId: r.box_id,
    boxNo: r.box_no ?? null,
    source: r.source_type ? { type: r.source_type, id: r.source_id!, title: ARCHIVE_SOURCES.find((s) => s.type === r.source_type)?.title ?? r.source_type } : null,
    snapshotLinkId: r.snapshot_link_id,
    snapshotAt: r.snapshot_at,
    correctedAfterFiling: flagged.has(r.id),
    voided: r.voided_at !== null,
    voidedAt: r.voided_at,
    voidReason: r.void_reason,
    filedBy: r.filed_by,
    createdAt: r.created_at,
    attachmentCount: counts.get(r.id) ?? 0,
  }));
}

export async function loadItem(db: Kysely<Database>, id: number): Promise<ItemRow> {
  const row = await selectItem(db, id);
  if (!row) throw new AppError('NOT_FOUND', `找不到编号为 ${id} 的档案条目。`);
  return row;
}

export async function getItem(ctx: AppContext, id: number) {
  await loadItem(ctx.db, id);
  const row = await itemsInOrder(ctx.db).where('archive_item.id', '=', id).executeTakeFirstOrThrow();
  const [view] = await itemViews(ctx.db, [row]);
  const links = await selectLinks(ctx.db, { type: ARCHIVE_ITEM, id });
  return { ...view!, attachments: links.map((l) => ({ id: l.id, fileName: l.file_name, kind: l.kind, isSnapshot: l.id === row.snapshot_link_id })) };
}

/** LIKE over 档号 (with or without its dashes) and 题名; the list is a year's few hundred items. */
export async function listItems(
  ctx: AppContext,
  f: { year?: number; retention?: Retention; orgCode?: string | null; query: string; boxId?: number | null; includeVoided: boolean },
) {
  let q = itemsInOrder(ctx.db);
  if (f.year) q = q.where('archive_item.year', '=', f.year);
  if (f.retention) q = q.where('archive_item.retention', '=', f.retention);
  if (f.orgCode !== undefined) q = f.orgCode === null ? q.where('archive_item.org_code', 'is', null) : q.where('archive_item.org_code', '=', f.orgCode);
  if (f.boxId !== undefined) q = f.boxId === null ? q.where('archive_item.box_id', 'is', null) : q.where('archive_item.box_id', '=', f.boxId);
  if (!f.includeVoided) q = q.where('archive_item.voided_at', 'is', null);
  if (f.query) {
    const like = `%${f.query.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<boolean>`archive_item.search_text like ${like} escape '\\'`);
  }
  return itemViews(ctx.db, await q.execute());
}

/** Years that have items or records, newest first: the year picker. */
export async function archiveYears(ctx: AppContext): Promise<number[]> {
  const { rows } = await sql<{ y: number }>`
    select distinct year as y from archive_item
    union select distinct cast(substr(date, 1, 4) as integer) from meeting where deleted_at is null
    union select distinct cast(substr(date, 1, 4) as integer) from study_session where deleted_at is null
    order by y desc`.execute(ctx.db);
  return rows.map((r) => Number(r.y));
}

/** The 档号 a source record was filed as (its own screen shows it), or null. */
export async function filedAs(db: Kysely<Database>, type: string, id: number): Promise<{ itemId: number; archivalCode: string } | null> {
  const found = (await codesOfSources(db, type, [id])).get(id);
  return found ? { itemId: found.id, archivalCode: found.code } : null;
}

/** A paper document (通知, 计划 …): numbered now; its scans are added as attachments. */
export async function createManualItem(ctx: AppContext, input: ManualItemInput): Promise<ArchiveItemView> {
  const id = await ctx.db.transaction().execute(async (trx) => {
    const { fondsCode, branchName } = await fondsAndBranch(trx);
    const orgCode = await orgForScheme(trx, input.orgCode);
    const retention = input.retention ?? (await defaultRetention(trx, `manual:${input.docKind}`));
    const category = { fondsCode, year: input.year, retention, orgCode };
    const { pieceNo, code } = await nextNumber(trx, category);
    const nowIso = ctx.now().toISOString();
    const { id } = await trx
      .insertInto('archive_item')
      .values({
        fonds_code: fondsCode,
        year: input.year,
        retention,
        org_code: orgCode,
        piece_no: pieceNo,
        archival_code: code,
        doc_kind: input.docKind,
        responsible: input.responsible || branchName,
        doc_number: input.docNumber,
        title: input.title,
        self_titled: input.selfTitled ? 1 : 0,
        date: input.date,
        secrecy: input.secrecy,
        pages: input.pages,
        note: input.note,
        search_text: searchTextOf(code, input.title, input.docNumber),
        filed_by: (ctx.operator ?? IMPLICIT_ADMIN).name,
        created_at: nowIso,
        updated_at: nowIso,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, {
      action: 'create',
      entity: ARCHIVE_ITEM,
      entityId: id,
      label: code,
      after: { 档号: code, 题名: input.title, 类别: input.docKind, 页数: input.pages },
      detail: `登记纸质文件（${input.docKind}），档号 ${code}`,
    });
    return id;
  });
  return (await itemViews(ctx.db, [(await itemsInOrder(ctx.db).where('archive_item.id', '=', id).executeTakeFirstOrThrow())]))[0]!;
}

function assertNotVoided(item: ItemRow) {
  if (item.voided_at) throw new AppError('LOCKED', `${itemLabel(item)}已作废，不能再修改。`);
}

/** 题名, 责任者, 文号, 日期, 密级, 页数, 备注: the 档号 stays. */
export async function updateItem(
  ctx: AppContext,
  id: number,
  fields: { title: string; selfTitled: boolean; responsible: string; docNumber: string; date: string | null; secrecy: string; pages: number | null; note: string },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, id);
    assertNotVoided(item);
    await trx
      .updateTable('archive_item')
      .set({
        title: fields.title,
        self_titled: fields.selfTitled ? 1 : 0,
        responsible: fields.responsible,
        doc_number: fields.docNumber,
        date: fields.date,
        secrecy: fields.secrecy,
        pages: fields.pages,
        note: fields.note,
        search_text: searchTextOf(item.archival_code, fields.title, fields.docNumber),
        updated_at: ctx.now().toISOString(),
      })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: ARCHIVE_ITEM,
      entityId: id,
      label: item.archival_code,
      before: { 题名: item.title, 自拟题名: item.self_titled === 1, 责任者: item.responsible, 文号: item.doc_number, 日期: item.date, 密级: item.secrecy, 页数: item.pages, 备注: item.note },
      after: { 题名: fields.title, 自拟题名: fields.selfTitled, 责任者: fields.responsible, 文号: fields.docNumber, 日期: fields.date, 密级: fields.secrecy, 页数: fields.pages, 备注: fields.note },
    });
  });
  return getItem(ctx, id);
}

/** 作废: the item keeps its row and its 档号 (shown as 作废 in the 目录); the number is never given again. Its record may be filed anew. */
export async function voidItem(ctx: AppContext, id: number, reason: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const item = await loadItem(trx, id);
    assertNotVoided(item);
    const nowIso = ctx.now().toISOString();
    await trx.updateTable('archive_item').set({ voided_at: nowIso, void_reason: reason, box_id: null, updated_at: nowIso }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, {
      action: 'status',
      entity: ARCHIVE_ITEM,
      entityId: id,
      label: item.archival_code,
      before: { 状态: '有效', 盒号: item.box_id },
      after: { 状态: '作废', 原因: reason },
      detail: `作废档案 ${item.archival_code}（原因：${reason}），档号保留不再使用`,
    });
  });
  return getItem(ctx, id);
}
