/**
 * Which records can have attachments: one entry per kind of record. A module
 * adds its records with one entry here (see core/meetings/attachments.ts); its
 * editor shows renderer/attachments/AttachmentsCard with the same `type`.
 * Adding and removing follow the record's lock (core/records/lock.ts): a
 * finalized record's attachments are read-only. A record kind without a lock
 * (e.g. a 学习材料 in the library) answers `status: DRAFT` from `load`.
 */
import type { Kysely } from 'kysely';
import type { AttachmentKind, Database } from '../../db/schema';
import { archiveItemAttachments } from '../archive/attachments';
import { AppError } from '../errors';
import { meetingAttachments } from '../meetings/attachments';
import { assertEditable, type RecordStatus } from '../records/lock';
import { studyAttachments, studyMaterialAttachments } from '../study/attachments';

export interface AttachmentOwnerType {
  /** Stored as attachment_link.owner_type, e.g. 'meeting'; the audit log's entity type too. */
  type: string;
  /** What people call the record kind, e.g. '会议记录'. */
  title: string;
  /** The record (not in the 回收站), or null. `name` is its title; `label` names it in messages (会议记录《…》). */
  load(db: Kysely<Database>, id: number): Promise<{ name: string; label: string; status: RecordStatus } | null>;
  /** Optional stricter rule for this kind of record (e.g. the archive's scans: the content must match the extension); throws AppError. */
  acceptFile?(fileName: string, kind: AttachmentKind): void;
}

export const ATTACHMENT_OWNERS: readonly AttachmentOwnerType[] = [meetingAttachments, studyAttachments, studyMaterialAttachments, archiveItemAttachments];

export const OWNER_TYPES = ATTACHMENT_OWNERS.map((o) => o.type) as [string, ...string[]];

export function ownerType(type: string): AttachmentOwnerType {
  const owner = ATTACHMENT_OWNERS.find((o) => o.type === type);
  if (!owner) throw new AppError('VALIDATION', `“${type}”类记录不能添加附件。`);
  return owner;
}

export async function loadOwner(db: Kysely<Database>, ref: { type: string; id: number }) {
  const kind = ownerType(ref.type);
  const record = await kind.load(db, ref.id);
  if (!record) throw new AppError('NOT_FOUND', `找不到编号为 ${ref.id} 的${kind.title}，可能已被删除。`);
  return record;
}

/** The record, if its attachments may change now; LOCKED naming it once it is 定稿. */
export async function loadEditableOwner(db: Kysely<Database>, ref: { type: string; id: number }) {
  const record = await loadOwner(db, ref);
  assertEditable(record, record.label);
  return record;
}
