/** Branch side: the 上报包 for a date, from the same counts the 基本情况统计 page shows. */
import { createHmac, sign } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { selectBranchInfo } from '../../db/settings/queries';
import { selectReportIdentity } from '../../db/reporting/queries';
import type { AppContext } from '../context';
import { onRollOn, selectStatsCounts } from '../members/stats-query';
import { APP_VERSION } from '../version';
import { canonicalJson, KOUJING_VERSION, PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, type CountRow, type PackageBody } from './format';
import { loadOrCreateSigningKey, publicKeyDer } from './keys';
import { keyFiguresOf } from './figures';

export interface PackageSigners {
  filledBy: string;
  reviewedBy: string;
  reportedOn: string;
}

/** Every grouped count but the zones (a branch's own 片区 mean nothing to the 街道). */
export async function packageCounts(db: Kysely<Database>, asOf: string): Promise<CountRow[]> {
  const rows = await selectStatsCounts(db, asOf);
  return rows
    .filter((row) => row.dim !== 'zone')
    .map((row) => ({ dim: row.dim as CountRow['dim'], value: row.value, n: row.n }))
    .sort((a, b) => (a.dim + '\u0000' + (a.value ?? '')).localeCompare(b.dim + '\u0000' + (b.value ?? '')));
}

/** HMAC-SHA256 of each counted woman's 身份证号 under the 街道 key, sorted so the order tells nothing. */
export async function idHashes(db: Kysely<Database>, asOf: string, districtKey: string): Promise<string[]> {
  if (!districtKey) return [];
  const rows = await sql<{ id_number: string }>`select m.id_number from member m where m.sex = '女' and ${onRollOn(asOf)}`.execute(db);
  return rows.rows.map((r) => createHmac('sha256', districtKey).update(r.id_number).digest('hex')).sort();
}

export async function buildPackageBody(ctx: AppContext, asOf: string, signers: PackageSigners): Promise<PackageBody> {
  const [branch, identity, counts] = await Promise.all([selectBranchInfo(ctx.db), selectReportIdentity(ctx.db), packageCounts(ctx.db, asOf)]);
  return {
    branch: { name: branch.name, street: branch.street, code: identity.branchCode },
    asOf,
    koujing: KOUJING_VERSION,
    counts,
    keyFigures: keyFiguresOf(asOf, counts),
    filledBy: signers.filledBy,
    reviewedBy: signers.reviewedBy,
    reportedOn: signers.reportedOn,
    generatedAt: ctx.now().toISOString(),
    appVersion: APP_VERSION,
    idHashes: await idHashes(ctx.db, asOf, identity.districtKey),
  };
}

/** The file's text: the body signed with the branch key (created beside the data file on first use). */
export function signPackage(dbPath: string, body: PackageBody): string {
  const key = loadOrCreateSigningKey(dbPath);
  const signature = sign(null, Buffer.from(canonicalJson(body), 'utf8'), key);
  return JSON.stringify({
    format: PACKAGE_FORMAT,
    formatVersion: PACKAGE_FORMAT_VERSION,
    body,
    publicKey: publicKeyDer(key).toString('base64'),
    signature: signature.toString('base64'),
  });
}
