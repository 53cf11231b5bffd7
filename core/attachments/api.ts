/**
 * attachments.* — files on any record (DESIGN "Shared record mechanisms"). Reads
 * and opening are open to 只读 operators; adding and removing are writes, refused
 * once the record is 定稿 (LOCKED).
 */
import { defineMethod, defineQuery } from '../api/define';
import { addAttachmentSchema, attachmentIdSchema, ownerSchema } from './schema';
import { addAttachment, listAttachments, openAttachment, removeAttachment } from './service';

export const attachmentsApi = {
  list: defineQuery(ownerSchema, (ctx, owner) => listAttachments(ctx, owner)),
  add: defineMethod(addAttachmentSchema, (ctx, input) => addAttachment(ctx, input)),
  open: defineQuery(attachmentIdSchema, (ctx, { id }) => openAttachment(ctx, id)),
  remove: defineMethod(attachmentIdSchema, (ctx, { id }) => removeAttachment(ctx, id)),
};
