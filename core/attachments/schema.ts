/** What the attachments API accepts (zod, Chinese messages naming the file). */
import { z } from 'zod';
import { MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_MB, plainFileName } from './kinds';
import { OWNER_TYPES } from './owners';

const id = (what: string) => z.number({ error: `缺少${what}编号` }).int().positive();

export const ownerSchema = z.object({
  type: z.enum(OWNER_TYPES, { error: '这类记录不能添加附件' }),
  id: id('记录'),
});

/** Only the last part of whatever path the browser or a typed path gave, without characters Windows refuses. */
const fileName = z
  .string({ error: '缺少文件名' })
  .transform(plainFileName)
  .pipe(z.string().min(1, { error: '缺少文件名' }).max(200, { error: '文件名不超过200字' }));

/** base64 of the largest allowed file, plus padding. */
const MAX_BASE64 = Math.ceil(MAX_ATTACHMENT_BYTES / 3) * 4 + 4;

export const addAttachmentSchema = z
  .object({
    owner: ownerSchema,
    fileName,
    base64: z.string({ error: '缺少文件内容' }).regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '文件内容读取不完整，请重新选择文件' }),
  })
  .superRefine((v, ctx) => {
    if (v.base64.length > MAX_BASE64) {
      ctx.addIssue({ code: 'custom', path: ['base64'], message: `文件“${v.fileName}”超过附件大小上限 ${MAX_ATTACHMENT_MB} MB，不能添加。请压缩或拆分后再添加。` });
    }
  });
export type AddAttachmentInput = z.output<typeof addAttachmentSchema>;

export const attachmentIdSchema = z.object({ id: id('附件') });
