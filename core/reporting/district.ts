/**
 * 街道 side service: the round, the expected 社区, importing packages (each file in
 * its own transaction: a refused file changes nothing), and the merged report.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { selectCurrentPackages, selectDistrictBranches, selectPackageBySha, selectRoundAsOf } from '../../db/reporting/queries';
import { recordAudit } from '../audit/record';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { mergePackages, type MergedReport } from './merge';
import { packageBodySchema } from './format';
import { verifyPackage, type RegisteredBranch } from './verify';

export interface ImportResult {
  fileName: string;
  status: '已导入' | '已替换' | '未导入';
  message: string;
}

export async function requireRound(db: Kysely<Database>): Promise<string> {
  const asOf = await selectRoundAsOf(db);
  if (!asOf) throw new AppError('VALIDATION', '请先设置本轮汇总的统计截止日期', { field: 'asOf' });
  return asOf;
}

export async function importOnePackage(ctx: AppContext, fileName: string, bytes: Buffer): Promise<ImportResult> {
  return ctx.db.transaction().execute(async (trx) => {
    const asOf = await requireRound(trx);
    const registry = await selectDistrictBranches(trx);
    const checked = verifyPackage(fileName, bytes, registry, asOf);
    if (!checked.ok) return { fileName, status: '未导入', message: checked.reason };
    const again = await selectPackageBySha(trx, checked.sha256);
    if (again) return { fileName, status: '未导入', message: `“${fileName}”未导入：同一个上报包已于 ${again.received_at.slice(0, 10)} 导入过（${again.file_name}）` };
    const { body } = checked;
    const branch = registry.find((b) => b.code === body.branch.code)!;
    const current = (await selectCurrentPackages(trx, asOf)).find((p) => p.branch_code === branch.code);
    if (current && current.generated_at >= body.generatedAt) {
      return { fileName, status: '未导入', message: `“${fileName}”未导入：${branch.name}已有一份更新的上报包（${current.file_name}），保留那一份` };
    }
    const inserted = await trx
      .insertInto('district_package')
      .values({ branch_code: branch.code, as_of: asOf, file_name: fileName, sha256: checked.sha256, generated_at: body.generatedAt, body_json: JSON.stringify(body), received_at: ctx.now().toISOString(), replaced_by: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (current) await trx.updateTable('district_package').set({ replaced_by: inserted.id }).where('id', '=', current.id).execute();
    await recordAudit(trx, ctx, {
      action: current ? 'update' : 'import',
      entity: 'district_package',
      entityId: inserted.id,
      label: `${branch.name} 上报包 ${fileName}`,
      ...(current ? { before: { 上报包: current.file_name }, after: { 上报包: fileName } } : {}),
    });
    return current
      ? { fileName, status: '已替换', message: `${branch.name}：新的上报包“${fileName}”替换了“${current.file_name}”（旧的一份仍保留）` }
      : { fileName, status: '已导入', message: `${branch.name}：已导入` };
  });
}

export async function mergedReport(db: Kysely<Database>): Promise<MergedReport & { branches: RegisteredBranch[] }> {
  const asOf = await requireRound(db);
  const registry = await selectDistrictBranches(db);
  const packages = (await selectCurrentPackages(db, asOf)).map((p) => ({ fileName: p.file_name, body: packageBodySchema.parse(JSON.parse(p.body_json)) }));
  return { ...mergePackages(asOf, registry, packages), branches: registry };
}
