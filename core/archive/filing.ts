/**
 * 归档 of a finalized record: the item (题名, 日期, 责任者 = the branch, the
 * default 保管期限 or the one chosen), numbered in the same transaction that
 * links its PDF snapshot and writes the audit row. A draft is refused, and so is
 * a record already filed (its live item names the 档号). `resnapshot` renews the
 * snapshot after a 更正 and keeps the 档号.
 */
import { selectItemOfSource } from '../../db/archive/queries';
import { linkCount } from '../../db/attachments/queries';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { IMPLICIT_ADMIN } from '../operators/roles';
import { ARCHIVE_ITEM, correctionCount, getItem, loadItem, nextNumber, searchTextOf } from './items';
import type { FileRecordInput } from './schema';
import { defaultRetention, fondsAndBranch, orgForScheme } from './settings';
import { dropIfUnlinked, linkSnapshot, removeUnusedFile, takeSnapshot } from './snapshot';
import { loadFileableRecord, sourceType } from './sources';

async function refuseFiledTwice(db: AppContext['db'], ref: { type: string; id: number }, label: string) {
  const filed = await selectItemOfSource(db, ref.type, ref.id);
  if (filed) throw new AppError('CONFLICT', `${label}已归档（档号 ${filed.archival_code}），不能重复归档。`, { itemId: filed.id, archivalCode: filed.archival_code });
}

/** The default 保管期限 and 题名 the confirm dialog shows before filing. */
export async function filingPreview(ctx: AppContext, ref: { type: string; id: number }) {
  const { source, record } = await loadFileableRecord(ctx.db, ref);
  await refuseFiledTwice(ctx.db, ref, record.label);
  const { fondsCode, branchName } = await fondsAndBranch(ctx.db);
  return {
    title: source.itemTitle(record),
    date: record.date,
    year: Number(record.date.slice(0, 4)),
    responsible: branchName,
    fondsCode,
    retention: await defaultRetention(ctx.db, record.retentionKind),
    retentionKind: record.retentionKind,
  };
}

export async function fileRecord(ctx: AppContext, input: FileRecordInput) {
  const { source, record } = await loadFileableRecord(ctx.db, input.source);
  await refuseFiledTwice(ctx.db, input.source, record.label);
  await fondsAndBranch(ctx.db); // a bad 全宗号 is refused before Chromium is started
  await orgForScheme(ctx.db, input.orgCode);
  // Counted before rendering: a 更正 added while Chromium works is not in the PDF, so it must flag the item.
  const corrections = await correctionCount(ctx.db, source.type, record.id);
  const snapshot = await takeSnapshot(ctx, source.printRoute(record.id), record.label);
  try {
    const itemId = await ctx.db.transaction().execute(async (trx) => {
      // Again inside the transaction: another filing may have finished meanwhile.
      const { record: now } = await loadFileableRecord(trx, input.source);
      await refuseFiledTwice(trx, input.source, now.label);
      const { fondsCode, branchName } = await fondsAndBranch(trx);
      const orgCode = await orgForScheme(trx, input.orgCode);
      const retention = input.retention ?? (await defaultRetention(trx, now.retentionKind));
      const year = Number(now.date.slice(0, 4));
      const { pieceNo, code } = await nextNumber(trx, { fondsCode, year, retention, orgCode });
      const title = source.itemTitle(now);
      const nowIso = ctx.now().toISOString();
      const { id } = await trx
        .insertInto('archive_item')
        .values({
          fonds_code: fondsCode,
          year,
          retention,
          org_code: orgCode,
          piece_no: pieceNo,
          archival_code: code,
          doc_kind: source.title,
          responsible: branchName,
          title,
          date: now.date,
          pages: snapshot.pages,
          source_type: source.type,
          source_id: now.id,
          snapshot_at: nowIso,
          snapshot_corrections: corrections,
          search_text: searchTextOf(code, title, ''),
          filed_by: (ctx.operator ?? IMPLICIT_ADMIN).name,
          created_at: nowIso,
          updated_at: nowIso,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const linkId = await linkSnapshot(trx, ctx, id, snapshot, `${code}.pdf`);
      await trx.updateTable('archive_item').set({ snapshot_link_id: linkId }).where('id', '=', id).execute();
      await recordAudit(trx, ctx, {
        action: 'create',
        entity: ARCHIVE_ITEM,
        entityId: id,
        label: code,
        after: { 档号: code, 题名: title, 保管期限: retention, 页数: snapshot.pages, 来源: now.label },
        detail: `归档${now.label}，档号 ${code}，PDF ${snapshot.pages} 页`,
      });
      return id;
    });
    return getItem(ctx, itemId);
  } catch (err) {
    await dropIfUnlinked(ctx, snapshot);
    throw err;
  }
}

/** After a 更正: the printout again, replacing the snapshot and its 页数; the 档号 stays. */
export async function resnapshot(ctx: AppContext, itemId: number) {
  const item = await loadItem(ctx.db, itemId);
  if (!item.source_type) throw new AppError('VALIDATION', `档案 ${item.archival_code}是纸质文件登记的，没有可重新生成的记录快照。`);
  if (item.voided_at) throw new AppError('LOCKED', `档案 ${item.archival_code}已作废，不能再修改。`);
  const source = sourceType(item.source_type);
  const record = await source.load(ctx.db, item.source_id!);
  if (!record) throw new AppError('NOT_FOUND', `档案 ${item.archival_code}的来源${source.title}已找不到，不能重新生成快照。`);
  const corrections = await correctionCount(ctx.db, source.type, record.id);
  const snapshot = await takeSnapshot(ctx, source.printRoute(record.id), record.label);
  let unused = null as string | null;
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const current = await loadItem(trx, itemId);
      const old = current.snapshot_link_id
        ? await trx.selectFrom('attachment_link').innerJoin('attachment', 'attachment.id', 'attachment_link.attachment_id').select(['attachment_link.id', 'attachment.id as attachment_id', 'attachment.sha256']).where('attachment_link.id', '=', current.snapshot_link_id).executeTakeFirst()
        : undefined;
      const nowIso = ctx.now().toISOString();
      let linkId = old?.id ?? null;
      if (old?.sha256 !== snapshot.sha256) {
        if (old) {
          await trx.updateTable('archive_item').set({ snapshot_link_id: null }).where('id', '=', itemId).execute();
          await trx.deleteFrom('attachment_link').where('id', '=', old.id).execute();
          if ((await linkCount(trx, old.attachment_id)) === 0) {
            await trx.deleteFrom('attachment').where('id', '=', old.attachment_id).execute();
            unused = old.sha256;
          }
        }
        linkId = await linkSnapshot(trx, ctx, itemId, snapshot, `${current.archival_code}.pdf`);
      }
      await trx.updateTable('archive_item').set({ snapshot_link_id: linkId, snapshot_at: nowIso, snapshot_corrections: corrections, pages: snapshot.pages, updated_at: nowIso }).where('id', '=', itemId).execute();
      await recordAudit(trx, ctx, {
        action: 'update',
        entity: ARCHIVE_ITEM,
        entityId: itemId,
        label: current.archival_code,
        before: { 页数: current.pages, 快照时间: current.snapshot_at },
        after: { 页数: snapshot.pages, 快照时间: nowIso },
        detail: `${record.label}有更正，重新生成归档快照（档号 ${current.archival_code} 不变，PDF ${snapshot.pages} 页）`,
      });
    });
  } catch (err) {
    await dropIfUnlinked(ctx, snapshot);
    throw err;
  }
  if (unused) removeUnusedFile(ctx, unused);
  return getItem(ctx, itemId);
}
