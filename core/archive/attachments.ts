/**
 * Archive items as owners of attachments (core/attachments/owners.ts). A paper
 * document's scans (PDF / JPG / PNG) are added while the item is not voided; a
 * scan's bytes must be what its extension says (a PNG named .pdf is refused:
 * the inspector opens the package's files by their names). An item filed from a
 * record holds its PDF snapshot, which only 归档 / 重新生成快照 change.
 */
import { selectItem } from '../../db/archive/queries';
import type { AttachmentKind } from '../../db/schema';
import type { AttachmentOwnerType } from '../attachments/owners';
import { KIND_LABELS } from '../attachments/kinds';
import { AppError } from '../errors';
import { DRAFT, FINAL } from '../records/lock';
import { ARCHIVE_ITEM, itemLabel } from './items';

const SCAN_EXTENSIONS: Partial<Record<AttachmentKind, readonly string[]>> = { pdf: ['.pdf'], jpg: ['.jpg', '.jpeg'], png: ['.png'] };

export function assertScanMatchesName(fileName: string, kind: AttachmentKind): void {
  const allowed = SCAN_EXTENSIONS[kind];
  if (!allowed) throw new AppError('VALIDATION', `档案的扫描件只能是 PDF、JPG 或 PNG，“${fileName}”是${KIND_LABELS[kind]}。`, { field: '附件' });
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot).toLowerCase() : '';
  if (!allowed.includes(ext)) {
    throw new AppError('VALIDATION', `文件“${fileName}”的内容是${KIND_LABELS[kind]}，与文件扩展名“${ext || '（无）'}”不符，不能作为档案扫描件。请确认选对了文件，或把扩展名改成 ${allowed[0]}。`, { field: '附件' });
  }
}

export const archiveItemAttachments: AttachmentOwnerType = {
  type: ARCHIVE_ITEM,
  title: '档案条目',
  async load(db, id) {
    const item = await selectItem(db, id);
    if (!item) return null;
    const label = itemLabel(item);
    // A voided item, or one whose file is the record's snapshot, is read-only here.
    return { name: item.archival_code, label, status: item.voided_at || item.source_type ? FINAL : DRAFT };
  },
  acceptFile: assertScanMatchesName,
};
