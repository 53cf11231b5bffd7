/**
 * The PDF snapshot of a record's printout: rendered by the platform's PDF
 * service (core/platform/pdf.ts) from the record's own print route, stored as an
 * attachment of the item (by sha256, core/attachments), its 页数 read from the PDF.
 * The file is stored before the transaction that links it; `dropIfUnlinked`
 * takes it away again when that transaction fails.
 */
import type { Kysely } from 'kysely';
import { ensureAttachment } from '../../db/attachments/queries';
import type { Database } from '../../db/schema';
import { attachmentsDirFor, removeFile, sha256Of, storeFile } from '../attachments/files';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { IMPLICIT_ADMIN } from '../operators/roles';

import { countPdfPages, renderPrintPdf } from '../platform/pdf';

export interface Snapshot {
  bytes: Buffer;
  sha256: string;
  pages: number;
  /** Whether storing it wrote a new file (a failed transaction then removes it). */
  written: boolean;
}

function dirOf(ctx: Pick<AppContext, 'dbPath'>) {
  if (ctx.dbPath === ':memory:') throw new AppError('CONFLICT', '当前数据未保存在文件中，不能归档。');
  return attachmentsDirFor(ctx.dbPath);
}

/** Renders and stores; nothing is written to the database yet. */
export async function takeSnapshot(ctx: AppContext, route: string, label: string): Promise<Snapshot> {
  const bytes = await renderPrintPdf(ctx, route);
  const pages = await countPdfPages(bytes, `${label}的 PDF`);
  const sha256 = sha256Of(bytes);
  const { written } = await storeFile(dirOf(ctx), sha256, bytes);
  return { bytes, sha256, pages, written };
}

/** Inside the filing transaction: the attachment row and the item's link to it. */
export async function linkSnapshot(trx: Kysely<Database>, ctx: AppContext, itemId: number, snapshot: Snapshot, fileName: string): Promise<number> {
  const nowIso = ctx.now().toISOString();
  const attachmentId = await ensureAttachment(trx, { sha256: snapshot.sha256, size: snapshot.bytes.length, kind: 'pdf' }, nowIso);
  const { id } = await trx
    .insertInto('attachment_link')
    .values({ attachment_id: attachmentId, owner_type: 'archive_item', owner_id: itemId, file_name: fileName, added_at: nowIso, added_by: (ctx.operator ?? IMPLICIT_ADMIN).name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return id;
}

/** After a failed transaction: a file only this snapshot brought is removed. */
export async function dropIfUnlinked(ctx: AppContext, snapshot: Snapshot): Promise<void> {
  if (!snapshot.written) return;
  const row = await ctx.db.selectFrom('attachment').select('id').where('sha256', '=', snapshot.sha256).executeTakeFirst();
  if (!row) removeFile(dirOf(ctx), snapshot.sha256);
}

export const removeUnusedFile = (ctx: AppContext, sha256: string) => removeFile(dirOf(ctx), sha256);
