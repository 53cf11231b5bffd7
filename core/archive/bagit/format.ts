/**
 * The text formats of a BagIt bag (RFC 8493), in one place for the writer and
 * the verifier: bagit.txt, bag-info.txt, and the manifest lines
 * `<sha256 hex>  <path>` (two spaces, LF), where a CR, LF or % in a path is
 * percent-encoded (%0D, %0A, %25) so every line holds exactly one file.
 */
import { AppError } from '../../errors';

export const PAYLOAD_DIR = 'data';
export const BAGIT_TXT = 'bagit.txt';
export const BAG_INFO_TXT = 'bag-info.txt';
export const MANIFEST = 'manifest-sha256.txt';
export const TAG_MANIFEST = 'tagmanifest-sha256.txt';

/** Exactly these two lines (RFC 8493 §2.1.1). */
export const BAGIT_DECLARATION = 'BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n';

/** RFC 8493 §2.1.3: only CR, LF and % are encoded, % first so an encoded path decodes back to itself. */
export function encodeManifestPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function decodeManifestPath(encoded: string): string {
  return encoded.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%25/g, '%');
}

export function manifestLine(sha256: string, path: string): string {
  return `${sha256}  ${encodeManifestPath(path)}\n`;
}

/** Lines sorted by path, so the same payload always gives the same manifest. */
export function manifestText(entries: readonly { path: string; sha256: string }[]): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => manifestLine(e.sha256, e.path))
    .join('');
}

export interface ManifestEntry {
  path: string;
  sha256: string;
}

/** Parses a manifest; lines that are not `<64 hex> <path>` come back as problems (with their line number). */
export function parseManifest(text: string): { entries: ManifestEntry[]; problems: { line: number; text: string }[] } {
  const entries: ManifestEntry[] = [];
  const problems: { line: number; text: string }[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    if (raw === '') return;
    const match = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(raw);
    if (!match) return problems.push({ line: index + 1, text: raw.slice(0, 200) });
    entries.push({ sha256: match[1]!.toLowerCase(), path: decodeManifestPath(match[2]!) });
  });
  return { entries, problems };
}

/** Payload-Oxum: `<octets>.<streams>` of the payload (RFC 8493 §2.2.2). */
export const payloadOxum = (bytes: number, files: number) => `${bytes}.${files}`;

/** bag-info.txt labels the writer sets itself; a caller's field of the same name is refused. */
export const RESERVED_LABELS = ['Bagging-Date', 'Payload-Oxum', 'Bag-Size'];

export type BagInfoField = readonly [label: string, value: string];

/**
 * `Label: value` lines. A label is text without a colon or line break; a value's
 * line breaks become continuation lines indented by two spaces (RFC 8493 §2.2.2).
 */
export function bagInfoText(fields: readonly BagInfoField[]): string {
  return fields
    .map(([label, value]) => {
      // eslint-disable-next-line no-control-regex -- control characters cannot be in a label
      if (!label.trim() || /[:\u0000-\u001f]/.test(label) || label !== label.trim()) {
        throw new AppError('VALIDATION', `档案包说明（bag-info.txt）的项目名“${label}”无效：不能为空，不能含冒号或换行。`);
      }
      const folded = value.trim().split(/\r\n|\n|\r/).join('\n  ');
      return `${label}: ${folded}\n`;
    })
    .join('');
}

/** Parses bag-info.txt into [label, value] pairs (continuation lines joined with a newline). */
export function parseBagInfo(text: string): BagInfoField[] {
  const fields: [string, string][] = [];
  for (const line of text.split(/\r\n|\n|\r/)) {
    if (line === '') continue;
    const last = fields[fields.length - 1];
    if (/^[ \t]/.test(line) && last) {
      last[1] += `\n${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon > 0) fields.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return fields;
}

/** Characters a USB stick's file system (FAT32 / exFAT / NTFS) refuses in a name. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses
const FORBIDDEN_IN_NAME = /[<>:"|?*\\\u0000-\u001f]/;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/**
 * A payload path as the caller gives it, relative to data/ with '/' between
 * folders ('0194-WS·2016-D30-0001.pdf', '附件/照片.jpg'). Returns the reason it
 * cannot be written on a Windows USB stick, or null when it is fine.
 */
export function payloadPathProblem(path: string): string | null {
  if (!path) return '路径为空';
  if (path.startsWith('/') || /^[a-zA-Z]:/.test(path)) return '不能是绝对路径';
  if (path.length > 240) return '路径太长';
  for (const part of path.split('/')) {
    if (!part) return '含有空的文件夹名';
    if (part === '.' || part === '..') return '不能含“.”或“..”';
    if (FORBIDDEN_IN_NAME.test(part)) return '含有 Windows 文件名不允许的字符（< > : " | ? * \\ 或控制字符）';
    if (/[. ]$/.test(part)) return '文件或文件夹名不能以点或空格结尾';
    if (WINDOWS_DEVICE.test(part)) return `“${part}”是 Windows 的保留名称`;
  }
  return null;
}
