/**
 * Adding, listing, opening and removing a record's attachments. The file is
 * stored (by hash) before the database rows are written; if that transaction
 * fails, a file it alone brought is taken away again, so nothing is left half
 * written. The audit row names the record and the file, in the same transaction.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { ensureAttachment, linkCount, selectLink, selectLinks, type LinkRow } from '../../db/attachments/queries';
import type { Database } from '../../db/schema';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { IMPLICIT_ADMIN } from '../operators/roles';
import { attachmentsDirFor, quickState, removeFile, sha256Of, storeFile, type FileState } from './files';
import { describeUnknown, detectKind, KIND_LABELS, MAX_ATTACHMENT_BYTES, safeOpenName, sizeText, tooLargeMessage } from './kinds';
import { loadEditableOwner, loadOwner, ownerType } from './owners';
import type { AddAttachmentInput } from './schema';
import { openedCopy } from './open';

function dirOf(ctx: Pick<AppContext, 'dbPath'>) {
  if (ctx.dbPath === ':memory:') throw new AppError('CONFLICT', '当前数据未保存在文件中，不能添加附件。');
  return attachmentsDirFor(ctx.dbPath);
}

/** The bytes, or the Chinese reason they cannot be an attachment. */
function checkedBytes(fileName: string, base64: string) {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length === 0) throw new AppError('VALIDATION', `文件“${fileName}”是空的，不能作为附件。`);
  if (bytes.length > MAX_ATTACHMENT_BYTES) throw new AppError('VALIDATION', tooLargeMessage(fileName, bytes.length));
  const kind = detectKind(bytes);
  if (!kind) {
    throw new AppError('VALIDATION', `文件“${fileName}”的内容不是 PDF、Word 文档或 JPG/PNG 图片（${describeUnknown(bytes)}），不能作为附件。文件类型按内容判断，改文件名不起作用。`);
  }
  return { bytes, kind, sha256: sha256Of(bytes) };
}

export interface AttachmentItem {
  /** The link's id: what open / remove take. */
  id: number;
  fileName: string;
  kind: LinkRow['kind'];
  kindLabel: string;
  size: number;
  sizeText: string;
  addedAt: string;
  addedBy: string;
  /** From a quick look (exists, same size); opening checks the content in full. */
  state: FileState;
}

const item = (dir: string, r: LinkRow): AttachmentItem => ({
  id: r.id,
  fileName: r.file_name,
  kind: r.kind,
  kindLabel: KIND_LABELS[r.kind],
  size: r.size,
  sizeText: sizeText(r.size),
  addedAt: r.added_at,
  addedBy: r.added_by,
  state: quickState(dir, r),
});

export async function listAttachments(ctx: AppContext, owner: { type: string; id: number }): Promise<AttachmentItem[]> {
  await loadOwner(ctx.db, owner);
  const dir = dirOf(ctx);
  return (await selectLinks(ctx.db, owner)).map((r) => item(dir, r));
}

export async function addAttachment(ctx: AppContext, input: AddAttachmentInput): Promise<AttachmentItem> {
  const { bytes, kind, sha256 } = checkedBytes(input.fileName, input.base64);
  ownerType(input.owner.type).acceptFile?.(input.fileName, kind);
  const dir = dirOf(ctx);
  await loadEditableOwner(ctx.db, input.owner); // before writing any file; checked again in the transaction
  const nowIso = ctx.now().toISOString();
  const { written } = await storeFile(dir, sha256, bytes);
  try {
    const linkId = await ctx.db.transaction().execute(async (trx) => {
      const record = await loadEditableOwner(trx, input.owner);
      const attachmentId = await ensureAttachment(trx, { sha256, size: bytes.length, kind }, nowIso);
      const twin = (await selectLinks(trx, input.owner)).find((l) => l.attachment_id === attachmentId);
      if (twin) throw new AppError('CONFLICT', `${record.label}已有这个文件（附件“${twin.file_name}”），不必重复添加。`);
      const { id } = await trx
        .insertInto('attachment_link')
        .values({
          attachment_id: attachmentId,
          owner_type: input.owner.type,
          owner_id: input.owner.id,
          file_name: input.fileName,
          added_at: nowIso,
          added_by: (ctx.operator ?? IMPLICIT_ADMIN).name,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, ctx, {
        action: 'update',
        entity: input.owner.type,
        entityId: input.owner.id,
        label: record.name,
        after: { 附件: input.fileName },
        detail: `添加附件“${input.fileName}”（${KIND_LABELS[kind]}，${sizeText(bytes.length)}）`,
      });
      return id;
    });
    return item(dir, (await selectLink(ctx.db, linkId))!);
  } catch (err) {
    if (written && !(await ctx.db.selectFrom('attachment').select('id').where('sha256', '=', sha256).executeTakeFirst())) removeFile(dir, sha256);
    throw err;
  }
}

export async function removeAttachment(ctx: AppContext, linkId: number): Promise<{ id: number }> {
  const dir = dirOf(ctx);
  const unused = await ctx.db.transaction().execute(async (trx) => {
    const link = await selectLink(trx, linkId);
    if (!link) throw new AppError('NOT_FOUND', `找不到编号为 ${linkId} 的附件，可能已被删除。`);
    const record = await loadEditableOwner(trx, { type: link.owner_type, id: link.owner_id });
    await trx.deleteFrom('attachment_link').where('id', '=', linkId).execute();
    const last = (await linkCount(trx, link.attachment_id)) === 0;
    if (last) await trx.deleteFrom('attachment').where('id', '=', link.attachment_id).execute();
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: link.owner_type,
      entityId: link.owner_id,
      label: record.name,
      before: { 附件: link.file_name },
      detail: `删除附件“${link.file_name}”`,
    });
    return last ? link.sha256 : null;
  });
  // After the commit: a rolled-back removal keeps its file.
  if (unused) removeFile(dir, unused);
  return { id: linkId };
}

/** `downloadName`: the name to save it under, with the extension its content has. */
/**
 * For a record purged for good (回收站 → 彻底删除), in its transaction: its links
 * go, and the rows of files no other record uses. Returns those files, for
 * `deleteUnusedFiles` once the transaction has committed.
 */
export async function dropAttachmentsOf(trx: Kysely<Database>, owner: { type: string; id: number }): Promise<string[]> {
  const links = await selectLinks(trx, owner);
  if (!links.length) return [];
  await trx.deleteFrom('attachment_link').where('owner_type', '=', owner.type).where('owner_id', '=', owner.id).execute();
  const unused: string[] = [];
  for (const link of links) {
    if ((await linkCount(trx, link.attachment_id)) > 0) continue;
    await trx.deleteFrom('attachment').where('id', '=', link.attachment_id).execute();
    unused.push(link.sha256);
  }
  return unused;
}

export function deleteUnusedFiles(ctx: Pick<AppContext, 'dbPath'>, sha256s: readonly string[]): void {
  if (!sha256s.length) return;
  const dir = dirOf(ctx);
  for (const sha256 of sha256s) removeFile(dir, sha256);
}

export type OpenedAttachment = { opened: true; fileName: string } | { opened: false; fileName: string; downloadName: string; base64: string };

/**
 * An attachment's bytes, checked against its hash: what opening, and any module
 * that copies attachments out (the archive's package), read. A missing or changed
 * file is refused with what to do about it.
 */
export async function readVerified(ctx: AppContext, linkId: number): Promise<{ link: LinkRow; bytes: Buffer }> {
  const link = await selectLink(ctx.db, linkId);
  if (!link) throw new AppError('NOT_FOUND', `找不到编号为 ${linkId} 的附件，可能已被删除。`);
  const bytes = await readFile(join(dirOf(ctx), link.sha256)).catch(() => null);
  if (!bytes) {
    throw new AppError(
      'NOT_FOUND',
      `附件“${link.file_name}”的文件不见了（应在数据文件旁的 attachments 文件夹中），可能被删除或移动过。请从含有附件的备份恢复，或删除这条附件后重新添加原文件。`,
      { state: 'missing', storedAs: link.sha256 },
    );
  }
  if (sha256Of(bytes) !== link.sha256) {
    throw new AppError(
      'CONFLICT',
      `附件“${link.file_name}”的文件已被改动或损坏，内容与添加时不一致，为免打开错误的文件已停止。请从含有附件的备份恢复，或删除这条附件后重新添加原文件。`,
      { state: 'changed', storedAs: link.sha256 },
    );
  }
  return { link, bytes };
}

/** Opened in the system's program (desktop app), or handed back for the browser to download. */
export async function openAttachment(ctx: AppContext, linkId: number): Promise<OpenedAttachment> {
  const { link, bytes } = await readVerified(ctx, linkId);
  if (ctx.openFile) {
    await ctx.openFile(await openedCopy(link, bytes));
    return { opened: true, fileName: link.file_name };
  }
  return { opened: false, fileName: link.file_name, downloadName: safeOpenName(link.file_name, link.kind), base64: bytes.toString('base64') };
}
