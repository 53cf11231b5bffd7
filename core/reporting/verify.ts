/**
 * 街道 side: reading one 上报包 and every reason to refuse it. Each refusal is a
 * Chinese sentence that names the file; nothing here writes.
 */
import { createHash, createPublicKey, verify } from 'node:crypto';
import { canonicalJson, KOUJING_VERSION, PACKAGE_FORMAT_VERSION, packageBodySchema, packageFileSchema, SINGLE_VALUED, type PackageBody } from './format';
import { breakdownSums, keyFiguresOf } from './figures';
import { fingerprintOf } from './keys';

export interface RegisteredBranch {
  code: string;
  name: string;
  fingerprint: string;
}

export type Verified = { ok: true; fileName: string; sha256: string; body: PackageBody } | { ok: false; fileName: string; reason: string };

const DIM_TITLES: Record<(typeof SINGLE_VALUED)[number], string> = { age: '年龄结构', education: '文化程度', political: '政治面貌', ethnicity: '民族', marital: '婚姻状况' };

export function verifyPackage(fileName: string, bytes: Buffer, registry: readonly RegisteredBranch[], roundAsOf: string): Verified {
  const refuse = (why: string): Verified => ({ ok: false, fileName, reason: `“${fileName}”未导入：${why}` });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    return refuse('不是完整的上报包文件（文件可能不完整、已损坏，或只是改了扩展名）');
  }
  const file = packageFileSchema.safeParse(parsed);
  if (!file.success) return refuse('不是本软件生成的上报包文件');
  if (file.data.formatVersion > PACKAGE_FORMAT_VERSION) return refuse('由更新版本的软件生成，请先升级本软件');
  const rawBody = file.data.body as { koujing?: unknown } | null;
  if (rawBody && typeof rawBody === 'object' && typeof rawBody.koujing === 'string' && rawBody.koujing !== KOUJING_VERSION) {
    return refuse(`统计口径版本为“${rawBody.koujing}”，本轮汇总使用“${KOUJING_VERSION}”；口径不同的数字不能相加，请该社区用与本软件相同的版本重新生成`);
  }
  const bodyResult = packageBodySchema.safeParse(file.data.body);
  if (!bodyResult.success) return refuse('内容不完整或格式不对（文件可能已被修改）');
  const body = bodyResult.data;

  const sums = breakdownSums(body.counts);
  for (const dim of SINGLE_VALUED) {
    if (sums[dim] !== body.keyFigures.total) {
      return refuse(`“${DIM_TITLES[dim]}”各项之和 ${sums[dim]} 人不等于总人数 ${body.keyFigures.total} 人，文件已被修改`);
    }
  }
  if (canonicalJson(keyFiguresOf(body.asOf, body.counts)) !== canonicalJson(body.keyFigures)) return refuse('主要指标与分项人数不符，文件已被修改');

  const branch = registry.find((b) => b.code === body.branch.code);
  if (!branch) {
    return refuse(body.branch.code ? `社区编码“${body.branch.code}”（${body.branch.name}）未登记，请先在“应报社区”中登记` : `“${body.branch.name}”没有填写社区编码（在基本信息中填写街道分配的编码后重新生成）`);
  }
  let keyDer: Buffer;
  try {
    keyDer = Buffer.from(file.data.publicKey, 'base64');
    const key = createPublicKey({ key: keyDer, format: 'der', type: 'spki' });
    if (fingerprintOf(keyDer) !== branch.fingerprint) {
      return refuse(`签名密钥指纹 ${fingerprintOf(keyDer)} 与“${branch.name}”登记的 ${branch.fingerprint} 不一致，不是该社区生成的，或该社区换了电脑；请电话核对`);
    }
    if (!verify(null, Buffer.from(canonicalJson(file.data.body), 'utf8'), key, Buffer.from(file.data.signature, 'base64'))) {
      return refuse('签名验证不通过，文件在生成后被修改过');
    }
  } catch {
    return refuse('签名无法读取，文件已损坏或被修改');
  }
  if (body.asOf !== roundAsOf) return refuse(`统计截止日期为 ${body.asOf}，本轮汇总的统计截止日期为 ${roundAsOf}，请该社区按 ${roundAsOf} 重新生成`);
  return { ok: true, fileName, sha256, body };
}
