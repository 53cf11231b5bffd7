/**
 * What the archive's prints show (the renderer lays them out, renderer/print):
 * the 归档文件目录 with its cover, 归档章 labels, 盒脊 labels and the 备考表.
 * The package's catalog .xlsx and index.html use the same rows.
 */
import { sql } from 'kysely';
import { boxesOfYear, itemsInOrder, selectBox } from '../../db/archive/queries';
import { selectBranchInfo } from '../../db/settings/queries';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { categoryText, MISSING_FONDS, pieceText, RETENTION_LABELS, type Retention } from './code';
import { itemViews, type ArchiveItemView } from './items';
import { boxView } from './boxes';

export interface CatalogRow {
  序号: number;
  档号: string;
  文号: string;
  责任者: string;
  /** Self-written titles in [ ]. */
  题名: string;
  /** YYYYMMDD. */
  日期: string;
  密级: string;
  页数: number | null;
  备注: string;
  作废: boolean;
  itemId: number;
}

export function catalogRows(items: readonly ArchiveItemView[]): CatalogRow[] {
  return items.map((i, n) => ({
    序号: n + 1,
    档号: i.archivalCode,
    文号: i.docNumber,
    责任者: i.responsible,
    题名: i.catalogTitle,
    日期: i.catalogDate,
    密级: i.secrecy,
    页数: i.pages,
    // 作废 stays in the 目录 with its number, said in 备注.
    备注: i.voided ? ['作废', i.voidReason, i.note].filter(Boolean).join('；') : i.note,
    作废: i.voided,
    itemId: i.id,
  }));
}

/** One 目录 per lowest category (the standard prints each on its own, with its own cover). */
export async function catalog(ctx: AppContext, f: { year: number; retention?: Retention; orgCode?: string | null }) {
  let q = itemsInOrder(ctx.db).where('archive_item.year', '=', f.year);
  if (f.retention) q = q.where('archive_item.retention', '=', f.retention);
  if (f.orgCode !== undefined) q = f.orgCode === null ? q.where('archive_item.org_code', 'is', null) : q.where('archive_item.org_code', '=', f.orgCode);
  const items = await itemViews(ctx.db, await q.execute());
  const info = await selectBranchInfo(ctx.db);
  const groups = new Map<string, ArchiveItemView[]>();
  for (const i of items) {
    const key = `${i.fondsCode}|${i.retention}|${i.orgCode ?? ''}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  }
  const orgs = new Map((await ctx.db.selectFrom('archive_org').select(['code', 'name']).execute()).map((o) => [o.code, o.name]));
  return {
    year: f.year,
    branchName: info.name,
    sections: [...groups.values()].map((list) => {
      const first = list[0]!;
      return {
        cover: {
          全宗号: first.fondsCode || MISSING_FONDS,
          全宗名称: info.name,
          年度: String(f.year),
          保管期限: `${RETENTION_LABELS[first.retention]}（${first.retention}）`,
          机构问题: first.orgCode ? `${first.orgCode} ${orgs.get(first.orgCode) ?? ''}`.trim() : '',
        },
        category: categoryText(first),
        rows: catalogRows(list),
      };
    }),
  };
}

/** 归档章 (45 × 16 mm, 2 × 3 cells): 全宗号, 年度, 件号 / 机构(问题), 保管期限, 页数. Voided items get none. */
export async function stampLabels(ctx: AppContext, f: { itemIds?: number[]; year?: number }) {
  if (!f.itemIds?.length && !f.year) throw new AppError('VALIDATION', '请选择要打印归档章的档案或年度。');
  let q = itemsInOrder(ctx.db).where('archive_item.voided_at', 'is', null);
  if (f.itemIds?.length) q = q.where('archive_item.id', 'in', f.itemIds);
  if (f.year) q = q.where('archive_item.year', '=', f.year);
  const rows = await q.execute();
  return rows.map((r) => ({
    itemId: r.id,
    archivalCode: r.archival_code,
    全宗号: r.fonds_code || MISSING_FONDS,
    年度: String(r.year),
    件号: pieceText(r.piece_no),
    机构问题: r.org_code ?? '',
    保管期限: r.retention,
    页数: r.pages === null ? '' : String(r.pages),
  }));
}

/** 盒脊: 全宗号, 年度, 保管期限, 起止件号, 盒号. */
export async function spineLabels(ctx: AppContext, f: { boxIds?: number[]; year?: number }) {
  if (!f.boxIds?.length && !f.year) throw new AppError('VALIDATION', '请选择要打印盒脊的档案盒或年度。');
  const boxes = (await boxesOfYear(ctx.db, f.year)).filter((b) => !f.boxIds?.length || f.boxIds.includes(b.id));
  return boxes.map((b) => {
    const v = boxView(b);
    return {
      boxId: v.id,
      全宗号: v.fondsCode || MISSING_FONDS,
      年度: String(v.year),
      保管期限: v.retention,
      机构问题: v.orgCode ?? '',
      起止件号: v.firstPiece === null ? '' : `${pieceText(v.firstPiece)}—${pieceText(v.lastPiece!)}`,
      盒号: String(v.boxNo),
    };
  });
}

/** 备考表 of one box, with the count of items and pages inside. */
export async function boxRemarks(ctx: AppContext, boxId: number) {
  const box = await selectBox(ctx.db, boxId);
  if (!box) throw new AppError('NOT_FOUND', `找不到编号为 ${boxId} 的档案盒。`);
  const { rows } = await sql<{ n: number; pages: number | null; voided: number }>`
    select count(*) as n, sum(pages) as pages, sum(voided_at is not null) as voided from archive_item where box_id = ${boxId}`.execute(ctx.db);
  const totals = rows[0]!;
  return {
    boxId,
    box: categoryText({ fondsCode: box.fonds_code, year: box.year, retention: box.retention, orgCode: box.org_code }) + ` 第 ${box.box_no} 盒`,
    itemCount: Number(totals.n),
    pageCount: Number(totals.pages ?? 0),
    盒内文件情况说明: box.contents_note,
    整理人: box.arranged_by,
    整理日期: box.arranged_on ?? '',
    检查人: box.checked_by,
    检查日期: box.checked_on ?? '',
  };
}
