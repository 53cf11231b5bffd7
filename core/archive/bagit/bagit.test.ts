/**
 * BagIt packages on a real disk: the exact RFC 8493 line formats, and the real
 * CLI (`verify-archive`) finding an altered, a deleted and an extra file by its
 * exit code; a failed write leaves no package, and bad targets are refused.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../../db/test-helpers';
import { verifyBag, writeBag, type BagPayloadFile, type BagProgress } from '.';
import { decodeManifestPath, encodeManifestPath } from './format';

const sha = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');
const ITEM = '0194-WS·2016-D30-0001.pdf';
const pdfBytes = Buffer.from('%PDF-1.4\n% 会议记录\n%%EOF\n');
const photoBytes = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);
const noteText = '盒内文件情况说明：完整。\n';

async function sampleBag(dir = tempDir()) {
  const photo = join(dir, 'source-photo.jpg');
  writeFileSync(photo, photoBytes);
  const target = join(dir, 'U盘', '档案包2016');
  const progress: BagProgress[] = [];
  const files: BagPayloadFile[] = [
    { path: ITEM, bytes: pdfBytes },
    { path: '附件/活动照片 1.jpg', source: photo },
    { path: '100%完成.txt', bytes: Buffer.from(noteText) },
  ];
  const result = await writeBag({
    target,
    files,
    sourceOrganization: '幸福里社区妇联',
    baggingDate: '2027-03-15',
    fields: [
      ['全宗号', '0194'],
      ['年度', '2016'],
    ],
    onProgress: (p) => progress.push(p),
  });
  return { dir, target, result, progress };
}

/** The real CLI, as an IT helper runs it: JSON on stdout and the exit code. */
function verifyCli(dir: string): Promise<{ code: number; report: { ok: boolean; payload: { path: string; status: string }[]; tags: { path: string; status: string }[]; problems: string[] } }> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['--import', 'tsx', 'core/cli.ts', 'verify-archive', dir], { encoding: 'utf8' }, (err, stdout) => {
      const code = err ? Number((err as { code?: number }).code ?? 1) : 0;
      try {
        resolve({ code, report: JSON.parse(stdout) });
      } catch {
        reject(new Error(`verify-archive 的输出不是 JSON：${stdout}${err?.message ?? ''}`));
      }
    });
  });
}

const statusOf = (report: { payload: { path: string; status: string }[] }, path: string) => report.payload.find((f) => f.path === path)?.status;

describe('BagIt writer', () => {
  it('writes bagit.txt, bag-info.txt and both manifests in the exact RFC 8493 line formats', async () => {
    const { target, result, progress } = await sampleBag();
    const read = (name: string) => readFileSync(join(target, name), 'utf8');
    expect(read('bagit.txt')).toBe('BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n');
    const totalBytes = pdfBytes.length + photoBytes.length + Buffer.byteLength(noteText);
    expect(result).toMatchObject({ files: 3, bytes: totalBytes, payloadOxum: `${totalBytes}.3` });
    expect(read('bag-info.txt')).toBe(
      `Source-Organization: 幸福里社区妇联\nBagging-Date: 2027-03-15\nPayload-Oxum: ${totalBytes}.3\n全宗号: 0194\n年度: 2016\n`,
    );
    // Sorted by path, two spaces, LF only; the % in a file name is written %25.
    expect(read('manifest-sha256.txt')).toBe(
      [
        `${sha(pdfBytes)}  data/${ITEM}\n`,
        `${sha(noteText)}  data/100%25完成.txt\n`,
        `${sha(photoBytes)}  data/附件/活动照片 1.jpg\n`,
      ]
        .sort((a, b) => (a.split('  ')[1]! < b.split('  ')[1]! ? -1 : 1))
        .join(''),
    );
    const tagLines = read('tagmanifest-sha256.txt').split('\n').filter(Boolean);
    expect(tagLines.map((l) => l.split('  ')[1])).toEqual(['bag-info.txt', 'bagit.txt', 'manifest-sha256.txt']);
    for (const line of tagLines) {
      const [hash, name] = line.split('  ') as [string, string];
      expect(hash).toBe(sha(readFileSync(join(target, name))));
    }
    expect(readFileSync(join(target, 'data', ITEM))).toEqual(pdfBytes);
    expect(readFileSync(join(target, 'data', '附件', '活动照片 1.jpg'))).toEqual(photoBytes);
    expect(progress.map((p) => [p.files, p.totalFiles, p.totalBytes])).toEqual([
      [1, 3, totalBytes],
      [2, 3, totalBytes],
      [3, 3, totalBytes],
    ]);
    expect(progress.at(-1)!.bytes).toBe(totalBytes);
  });

  it('percent-encodes exactly CR, LF and % in manifest paths, and decodes them back', () => {
    expect(encodeManifestPath('data/a%b\r\nc.pdf')).toBe('data/a%25b%0D%0Ac.pdf');
    expect(decodeManifestPath('data/a%25b%0D%0Ac.pdf')).toBe('data/a%b\r\nc.pdf');
    expect(decodeManifestPath(encodeManifestPath('data/%0A.pdf'))).toBe('data/%0A.pdf');
  });

  it('refuses a folder that is not empty, and a file in its place, writing nothing', async () => {
    const dir = tempDir();
    const target = join(dir, '档案包');
    mkdirSync(target);
    writeFileSync(join(target, '旧文件.txt'), '不要覆盖');
    const files = [{ path: ITEM, bytes: pdfBytes }];
    await expect(writeBag({ target, files, sourceOrganization: '幸福里社区妇联' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining(`文件夹“${target}”不是空的`),
    });
    expect(readdirSync(target)).toEqual(['旧文件.txt']);
    expect(readdirSync(dir)).toEqual(['档案包']);
    writeFileSync(join(dir, '一个文件'), 'x');
    await expect(writeBag({ target: join(dir, '一个文件'), files, sourceOrganization: '幸福里社区妇联' })).rejects.toThrow('不是文件夹');
  });

  it('fills an existing empty folder (a freshly made folder on the stick)', async () => {
    const dir = tempDir();
    const target = join(dir, '空文件夹');
    mkdirSync(target);
    await writeBag({ target, files: [{ path: ITEM, bytes: pdfBytes }], sourceOrganization: '幸福里社区妇联' });
    expect((await verifyBag(target)).ok).toBe(true);
    expect(readdirSync(dir)).toEqual(['空文件夹']);
  });

  it('leaves no package (and no temporary folder) when writing fails midway', async () => {
    const dir = tempDir();
    const target = join(dir, '档案包');
    const doomed = join(dir, 'doomed.pdf');
    writeFileSync(doomed, pdfBytes);
    const files: BagPayloadFile[] = [
      { path: 'a.pdf', bytes: pdfBytes },
      { path: 'b.pdf', source: doomed },
    ];
    // The source disappears after the first file is written (a stick pulled out, a file deleted meanwhile).
    await expect(writeBag({ target, files, sourceOrganization: '幸福里社区妇联', onProgress: () => rmSync(doomed) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringContaining('档案包未生成'),
    });
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
    await expect(
      writeBag({
        target,
        files: [{ path: 'a.pdf', bytes: pdfBytes }],
        sourceOrganization: '幸福里社区妇联',
        onProgress: () => {
          throw new Error('用户取消');
        },
      }),
    ).rejects.toThrow('档案包未生成');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a target it may not write to in Chinese', async () => {
    // /sys refuses new folders even to root: the nearest thing to a write-protected stick a test can reach.
    await expect(writeBag({ target: '/sys/档案包2016', files: [{ path: ITEM, bytes: pdfBytes }], sourceOrganization: '幸福里社区妇联' })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('无法写入“/sys/档案包2016”：该位置是只读的或没有写入权限'),
    });
  });

  it('refuses file names a Windows stick cannot hold, names twice, and fields the writer owns', async () => {
    const target = join(tempDir(), '档案包');
    const write = (files: BagPayloadFile[], fields?: [string, string][]) => writeBag({ target, files, sourceOrganization: '幸福里社区妇联', fields });
    for (const path of ['../逃出.pdf', '/绝对.pdf', 'a\\b.pdf', '问题?.pdf', 'CON.pdf', '结尾点.', '']) {
      await expect(write([{ path, bytes: pdfBytes }]), path).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('文件名') });
    }
    await expect(
      write([
        { path: 'A.pdf', bytes: pdfBytes },
        { path: 'a.pdf', bytes: pdfBytes },
      ]),
    ).rejects.toThrow('两个同名文件：“A.pdf”和“a.pdf”');
    await expect(write([{ path: ITEM, bytes: pdfBytes }], [['Payload-Oxum', '1.1']])).rejects.toThrow('由程序自动填写');
    await expect(write([{ path: ITEM, bytes: pdfBytes }], [['全宗:号', '0194']])).rejects.toThrow('项目名“全宗:号”无效');
    expect(existsSync(target)).toBe(false);
  });
});

describe('verify-archive (the real CLI)', () => {
  it('finds a package intact: every file ok, exit code 0', { timeout: 60_000 }, async () => {
    const { target } = await sampleBag();
    const { code, report } = await verifyCli(target);
    expect(report.ok).toBe(true);
    expect(code).toBe(0);
    expect(report.payload.map((f) => f.status)).toEqual(['ok', 'ok', 'ok']);
    expect(report.tags.map((f) => f.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('detects an altered PDF, a deleted file and an extra file, each with exit code 1', { timeout: 90_000 }, async () => {
    const [altered, deleted, extra] = await Promise.all([sampleBag(), sampleBag(), sampleBag()]);
    appendFileSync(join(altered.target, 'data', ITEM), '% 改动');
    rmSync(join(deleted.target, 'data', '附件', '活动照片 1.jpg'));
    writeFileSync(join(extra.target, 'data', '附件', '多出来的.jpg'), photoBytes);

    const [a, d, e] = await Promise.all([verifyCli(altered.target), verifyCli(deleted.target), verifyCli(extra.target)]);
    expect([a.code, d.code, e.code]).toEqual([1, 1, 1]);
    expect(statusOf(a.report, `data/${ITEM}`)).toBe('changed');
    expect(a.report.payload.filter((f) => f.status !== 'ok')).toHaveLength(1);
    expect(a.report.problems.join('\n')).toContain(`data/${ITEM}：内容已被改动`);
    expect(statusOf(d.report, 'data/附件/活动照片 1.jpg')).toBe('missing');
    expect(d.report.problems.join('\n')).toMatch(/文件总量与 bag-info\.txt 记载的不符/);
    expect(statusOf(e.report, 'data/附件/多出来的.jpg')).toBe('untracked');
    expect(e.report.payload.filter((f) => f.status === 'ok')).toHaveLength(3);
  });

  it('notices an edited tag file, a folder that is not a package, and a manifest pointing outside the bag', { timeout: 60_000 }, async () => {
    const { target, dir } = await sampleBag();
    appendFileSync(join(target, 'bag-info.txt'), '备注: 后来加的\n');
    let report = await verifyBag(target);
    expect(report.ok).toBe(false);
    expect(report.tags.find((t) => t.path === 'bag-info.txt')?.status).toBe('changed');

    const empty = join(dir, '不是档案包');
    mkdirSync(empty);
    const cli = await verifyCli(empty);
    expect(cli.code).toBe(1);
    expect(cli.report.problems[0]).toContain('没有 bagit.txt');

    expect((await verifyBag(join(dir, '没有这个文件夹'))).problems).toEqual([`找不到文件夹“${join(dir, '没有这个文件夹')}”（路径不对，或U盘没有插好）。`]);

    writeFileSync(join(target, 'manifest-sha256.txt'), `${sha('x')}  data/../../etc/passwd\n`, { flag: 'a' });
    report = await verifyBag(target);
    expect(report.problems.join('\n')).toContain('“data/../../etc/passwd”不在 data 文件夹内');
    expect(report.payload.some((f) => f.path.includes('passwd'))).toBe(false);
  });
});
