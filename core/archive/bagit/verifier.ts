/**
 * Checks a BagIt bag (RFC 8493) as it is on the stick now: bagit.txt, every
 * payload file hashed again against manifest-sha256.txt, every file under data/
 * that no manifest lists, the tag files against tagmanifest-sha256.txt, and the
 * Payload-Oxum of bag-info.txt. Reads only inside the bag folder.
 */
import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { sha256OfFile } from '../../attachments/files';
import {
  BAG_INFO_TXT,
  BAGIT_DECLARATION,
  BAGIT_TXT,
  MANIFEST,
  PAYLOAD_DIR,
  parseBagInfo,
  parseManifest,
  payloadOxum,
  TAG_MANIFEST,
} from './format';

export type BagFileStatus = 'ok' | 'changed' | 'missing' | 'untracked';

export interface BagFileReport {
  /** As in the manifest: 'data/0194-WS·2016-D30-0001.pdf', or a tag file's name. */
  path: string;
  status: BagFileStatus;
}

export interface BagVerifyReport {
  /** True only when every file is ok and nothing else is wrong. */
  ok: boolean;
  dir: string;
  payload: BagFileReport[];
  tags: BagFileReport[];
  payloadOxum: { declared: string | null; actual: string; ok: boolean };
  counts: Record<BagFileStatus, number>;
  /** Everything wrong, one Chinese sentence each (files and the bag's own declarations). */
  problems: string[];
}

export interface VerifyProgress {
  files: number;
  totalFiles: number;
}

/** Unicode-normalized, so a name a Mac wrote decomposed still matches its manifest line. */
const key = (path: string) => path.normalize('NFC');

async function listFiles(root: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  const visit = async (dir: string, rel: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = `${rel}/${entry.name}`;
      if (entry.isDirectory()) await visit(join(dir, entry.name), path);
      else out.push(path);
    }
  };
  await visit(join(root, prefix), prefix);
  return out;
}

const readText = (path: string) => readFile(path, 'utf8').catch(() => null);

/** A manifest path that stays inside the bag ('data/…' for the payload). */
function safeInside(path: string, payload: boolean): boolean {
  const parts = path.split('/');
  if (parts.some((p) => p === '' || p === '.' || p === '..') || path.includes('\\')) return false;
  return payload ? parts[0] === PAYLOAD_DIR && parts.length > 1 : parts.length === 1 && parts[0] !== PAYLOAD_DIR;
}

async function statusOf(dir: string, path: string, sha256: string): Promise<BagFileStatus> {
  const full = join(dir, ...path.split('/'));
  const found = await lstat(full).catch(() => null);
  if (!found?.isFile()) return 'missing';
  return (await sha256OfFile(full)) === sha256 ? 'ok' : 'changed';
}

const STATUS_WORDS: Record<Exclude<BagFileStatus, 'ok'>, string> = {
  changed: '内容已被改动（与清单中的校验值不符）',
  missing: '缺失',
  untracked: '不在清单中（多出的文件）',
};

export async function verifyBag(folder: string, onProgress?: (p: VerifyProgress) => void): Promise<BagVerifyReport> {
  const dir = resolve(folder);
  const problems: string[] = [];
  const payload: BagFileReport[] = [];
  const tags: BagFileReport[] = [];
  const counts: Record<BagFileStatus, number> = { ok: 0, changed: 0, missing: 0, untracked: 0 };

  if (!(await lstat(dir).catch(() => null))?.isDirectory()) {
    const problem = `找不到文件夹“${dir}”（路径不对，或U盘没有插好）。`;
    return { ok: false, dir, payload, tags, payloadOxum: { declared: null, actual: payloadOxum(0, 0), ok: false }, counts, problems: [problem] };
  }

  const declaration = await readText(join(dir, BAGIT_TXT));
  if (declaration === null) problems.push(`“${dir}”中没有 bagit.txt：这不是档案包文件夹，或档案包不完整。`);
  else if (declaration.replace(/\r\n/g, '\n') !== BAGIT_DECLARATION) problems.push('bagit.txt 的内容不是 “BagIt-Version: 1.0 / Tag-File-Character-Encoding: UTF-8”。');

  const manifestText = await readText(join(dir, MANIFEST));
  if (manifestText === null) problems.push('缺少文件清单 manifest-sha256.txt，无法核对文件。');
  const manifest = parseManifest(manifestText ?? '');
  for (const bad of manifest.problems) problems.push(`manifest-sha256.txt 第 ${bad.line} 行格式不对：${bad.text}`);

  const tagText = await readText(join(dir, TAG_MANIFEST));
  if (tagText === null) problems.push('缺少标签清单 tagmanifest-sha256.txt，无法核对 bagit.txt、bag-info.txt 和文件清单。');
  const tagManifest = parseManifest(tagText ?? '');
  for (const bad of tagManifest.problems) problems.push(`tagmanifest-sha256.txt 第 ${bad.line} 行格式不对：${bad.text}`);

  const onDisk = await listFiles(dir, PAYLOAD_DIR).catch(() => {
    problems.push('档案包中没有 data 文件夹。');
    return [] as string[];
  });
  const totalFiles = manifest.entries.length + tagManifest.entries.length;
  let checked = 0;
  const listed = new Set<string>();
  for (const entry of manifest.entries) {
    if (!safeInside(entry.path, true)) {
      problems.push(`manifest-sha256.txt 列出的路径“${entry.path}”不在 data 文件夹内，已忽略。`);
      continue;
    }
    listed.add(key(entry.path));
    payload.push({ path: entry.path, status: await statusOf(dir, entry.path, entry.sha256) });
    onProgress?.({ files: ++checked, totalFiles });
  }
  for (const path of onDisk) if (!listed.has(key(path))) payload.push({ path, status: 'untracked' });

  const tagListed = new Set<string>();
  for (const entry of tagManifest.entries) {
    if (!safeInside(entry.path, false)) {
      problems.push(`tagmanifest-sha256.txt 列出的路径“${entry.path}”无效，已忽略。`);
      continue;
    }
    tagListed.add(key(entry.path));
    tags.push({ path: entry.path, status: await statusOf(dir, entry.path, entry.sha256) });
    onProgress?.({ files: ++checked, totalFiles });
  }
  const topLevel = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of topLevel) {
    if (entry.name === PAYLOAD_DIR && entry.isDirectory()) continue;
    if (entry.name === TAG_MANIFEST || tagListed.has(key(entry.name))) continue;
    tags.push({ path: entry.isDirectory() ? `${entry.name}/` : entry.name, status: 'untracked' });
  }

  const sizes = await Promise.all(onDisk.map((p) => lstat(join(dir, ...p.split('/'))).then((s) => s.size, () => 0)));
  const actual = payloadOxum(
    sizes.reduce((a, b) => a + b, 0),
    onDisk.length,
  );
  const infoText = await readText(join(dir, BAG_INFO_TXT));
  const declared = infoText === null ? null : (parseBagInfo(infoText).find(([label]) => label === 'Payload-Oxum')?.[1] ?? null);
  const oxum = { declared, actual, ok: declared === actual };
  if (infoText === null) problems.push('缺少档案包说明 bag-info.txt。');
  else if (declared === null) problems.push('bag-info.txt 中没有 Payload-Oxum（文件总字节数.文件个数）。');
  else if (!oxum.ok) problems.push(`文件总量与 bag-info.txt 记载的不符：记载 ${declared}，实际 ${actual}（字节数.文件个数）。`);

  for (const file of [...payload, ...tags]) {
    if (file.status !== 'ok') problems.push(`${file.path}：${STATUS_WORDS[file.status]}`);
  }
  for (const file of [...payload, ...tags]) counts[file.status]++;
  return { ok: problems.length === 0, dir, payload, tags, payloadOxum: oxum, counts, problems };
}
