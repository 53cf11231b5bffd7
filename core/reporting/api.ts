/** reporting.* methods: 上报包 (branch side) and 街道汇总 (district side). */
import { selectDistrictBranches, selectReportIdentity, selectRoundAsOf, upsertDistrictBranch, upsertReportIdentity, upsertRound } from '../../db/reporting/queries';
import { selectBranchInfo } from '../../db/settings/queries';
import { recordAudit } from '../audit/record';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { AppError } from '../errors';
import { today } from '../members/service';
import { buildPackageBody, signPackage } from './build';
import { importOnePackage, mergedReport } from './district';
import { packageFileName } from './format';
import { existingSigningKey, fingerprintOf, loadOrCreateSigningKey, publicKeyDer } from './keys';
import { exportPackageSchema, importPackagesSchema, registerBranchSchema, reportIdentitySchema, roundSchema } from './schema';
import { summaryWorkbook } from './xlsx';

export const reportingApi = {
  /** 社区编码, whether a 街道 key is set (never the key itself), and the signing key's fingerprint once it exists. */
  identity: defineQuery(noInput, async (ctx) => {
    const identity = await selectReportIdentity(ctx.db);
    const key = existingSigningKey(ctx.dbPath);
    return { branchCode: identity.branchCode, hasDistrictKey: identity.districtKey !== '', fingerprint: key ? fingerprintOf(publicKeyDer(key)) : null };
  }),

  saveIdentity: defineMethod(
    reportIdentitySchema,
    async (ctx, input) => {
      await ctx.db.transaction().execute(async (trx) => {
        const districtKey = input.districtKey ?? (await selectReportIdentity(trx)).districtKey;
        await upsertReportIdentity(trx, { branchCode: input.branchCode, districtKey }, ctx.now().toISOString());
        await recordAudit(trx, ctx, { action: 'update', entity: 'report_identity', label: '社区编码与街道密钥', after: { 社区编码: input.branchCode, 街道密钥: districtKey ? '已设置' : '未设置' } });
      });
      return { ok: true };
    },
    { access: 'admin' },
  ),

  exportPackage: defineMethod(exportPackageSchema, async (ctx, input) => {
    if (input.asOf > today(ctx)) throw new AppError('VALIDATION', '统计截止日期不能晚于今天', { field: 'asOf' });
    const [branch, body] = [await selectBranchInfo(ctx.db), await buildPackageBody(ctx, input.asOf, { ...input, reportedOn: input.reportedOn ?? today(ctx) })];
    if (!body.branch.code) throw new AppError('VALIDATION', '请先在基本信息中填写街道分配的社区编码', { field: 'branchCode' });
    const text = signPackage(ctx.dbPath, body);
    await recordAudit(ctx.db, ctx, { action: 'export', entity: 'statistics', label: `上报包 ${input.asOf}`, detail: `在册妇女${body.keyFigures.total}人` });
    return {
      fileName: packageFileName(branch.name, input.asOf),
      base64: Buffer.from(text, 'utf8').toString('base64'),
      fingerprint: fingerprintOf(publicKeyDer(loadOrCreateSigningKey(ctx.dbPath))),
      total: body.keyFigures.total,
      hashed: body.idHashes.length,
    };
  }),

  branches: defineQuery(noInput, (ctx) => selectDistrictBranches(ctx.db)),

  registerBranch: defineMethod(
    registerBranchSchema,
    async (ctx, input) => {
      await ctx.db.transaction().execute(async (trx) => {
        await upsertDistrictBranch(trx, input, ctx.now().toISOString());
        await recordAudit(trx, ctx, { action: 'update', entity: 'district_branch', label: `${input.name}（${input.code}）`, after: { 社区编码: input.code, 社区名称: input.name, 密钥指纹: input.fingerprint } });
      });
      return selectDistrictBranches(ctx.db);
    },
    { access: 'admin' },
  ),

  setRound: defineMethod(roundSchema, async (ctx, { asOf }) => {
    await upsertRound(ctx.db, asOf, ctx.now().toISOString());
    return { asOf };
  }),

  importPackages: defineMethod(importPackagesSchema, async (ctx, { files }) => {
    const results = [];
    for (const file of files) results.push(await importOnePackage(ctx, file.fileName, Buffer.from(file.base64, 'base64')));
    return results;
  }),

  /** null until the round's 统计截止日期 is set. */
  merged: defineQuery(noInput, async (ctx) => ((await selectRoundAsOf(ctx.db)) ? mergedReport(ctx.db) : null)),

  exportSummary: defineQuery(noInput, async (ctx) => summaryWorkbook(await mergedReport(ctx.db))),
};
