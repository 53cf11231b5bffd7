/**
 * Which files may be attached, told by their content (magic bytes), never by
 * their name: a program renamed to 通知.pdf is refused. The size limit is
 * stated here once and shown in the UI.
 */
import type { AttachmentKind } from '../../db/schema';

export const MAX_ATTACHMENT_MB = 50;
export const MAX_ATTACHMENT_BYTES = MAX_ATTACHMENT_MB * 1024 * 1024;

export const KIND_LABELS: Record<AttachmentKind, string> = {
  pdf: 'PDF 文件',
  doc: 'Word 文档（.doc）',
  docx: 'Word 文档（.docx）',
  jpg: 'JPG 图片',
  png: 'PNG 图片',
};

/** The extension a kind is opened with, whatever the name it came with. */
export const KIND_EXTENSIONS: Record<AttachmentKind, string> = { pdf: '.pdf', doc: '.doc', docx: '.docx', jpg: '.jpg', png: '.png' };

export const ACCEPTED_TEXT = `PDF、Word（.doc/.docx）、JPG/PNG 图片，每个文件不超过 ${MAX_ATTACHMENT_MB} MB`;

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

const OLE_COMPOUND = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The kind the bytes are, or null for anything else (programs, archives, spreadsheets, text …). */
export function detectKind(bytes: Buffer): AttachmentKind | null {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpg';
  // Word 97–2003: an OLE compound file holding a "WordDocument" stream (an .xls or .ppt is one too, without it).
  if (startsWith(bytes, OLE_COMPOUND)) return bytes.includes(Buffer.from('WordDocument', 'utf16le')) ? 'doc' : null;
  // .docx: a zip whose entries (names stored as plain text) include word/document.xml.
  if (startsWith(bytes, ZIP)) return bytes.includes('word/document.xml') && bytes.includes('[Content_Types].xml') ? 'docx' : null;
  return null;
}

/** What the refused bytes look like, to say so in the message. */
export function describeUnknown(bytes: Buffer): string {
  if (startsWith(bytes, [0x4d, 0x5a])) return '看起来是程序文件';
  if (startsWith(bytes, ZIP)) return bytes.includes('xl/workbook.xml') ? '看起来是 Excel 表格' : '看起来是压缩包';
  if (startsWith(bytes, OLE_COMPOUND)) return '看起来是 Excel 或 PowerPoint 旧格式文件';
  return '无法识别的文件类型';
}

/** A file name without its folders or the characters Windows refuses in names (control characters included). */
export function plainFileName(name: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  return [...last].map((c) => (c.charCodeAt(0) < 32 || '<>:"|?*'.includes(c) ? '_' : c)).join('').trim();
}

export const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;

/** Said by the core, and by the page before it sends a file that is too big. */
export const tooLargeMessage = (fileName: string, bytes: number) =>
  `文件“${fileName}”有 ${sizeText(bytes)}，超过附件大小上限 ${MAX_ATTACHMENT_MB} MB，不能添加。请压缩或拆分后再添加。`;

/**
 * The name a file is opened or downloaded under: the officer's name, always with
 * the extension its content was recognised as, so a name cannot make the system
 * treat it as something else.
 */
export function safeOpenName(fileName: string, kind: AttachmentKind): string {
  const ext = KIND_EXTENSIONS[kind];
  const base = plainFileName(fileName).replace(/[. ]+$/, '') || '附件';
  const dot = base.lastIndexOf('.');
  const current = dot > 0 ? base.slice(dot).toLowerCase() : '';
  return current === ext || (kind === 'jpg' && current === '.jpeg') ? base : `${base}${ext}`;
}
