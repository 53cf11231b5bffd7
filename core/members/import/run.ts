/**
 * Importing a file end to end: read, plan, and (unless a dry run) write the plan
 * in ONE transaction that re-checks the database it writes to. Used by the API,
 * the CLI and the benchmark.
 */
import { memberSnapshots } from '../../audit/member';
import { recordAudit } from '../../audit/record';
import type { AppContext } from '../../context';
import { today } from '../service';
import type { MappingOverride } from './fields';
import { planImport, type ImportPlan, type OnExisting } from './plan';
import { readSheetsCheckingAhead } from './read-parallel';
import type { Sheet } from './read-sheet';
import type { Problem } from './rows';
import { writePlan } from './write';

export interface ImportOptions {
  onExisting?: OnExisting;
  mapping?: MappingOverride;
  /** Keys of 需确认 rows ticked (duplicates, male IDs); none from the CLI. */
  confirm?: readonly string[];
  /** Sheet names as 片区 where no column gives one (default: yes). */
  zoneFromSheet?: boolean;
  dryRun?: boolean;
  /** Named in the audit log. */
  fileName?: string;
}

export interface ImportSummary {
  rows: number;
  imported: number;
  updated: number;
  skipped: number;
  /** Rows not imported because of errors. */
  errorRows: number;
  errors: Problem[];
  warnings: Problem[];
  notes: Problem[];
  /** Totals, signatures and blank rows (已跳过), by sheet and row. */
  skippedRows: Problem[];
  /** 需确认 rows (duplicates in the file, male IDs): not imported unless ticked. */
  pending: { sheet: string; row: number; kind: string; message: string; confirmed: boolean }[];
  /** Per roster sheet: rows, imported, updated, skipped, errors. */
  sheets: { name: string; rows: number; imported: number; updated: number; skipped: number; notMembers: number; errorRows: number; pending: number }[];
  ignoredSheets: string[];
  newZones: string[];
  dryRun: boolean;
}

export async function importMembersFromFile(ctx: AppContext, buffer: Buffer, fileName: string, options: ImportOptions = {}) {
  const sheets = await readSheetsCheckingAhead(buffer, fileName, { mapping: options.mapping, asOf: today(ctx) });
  return importSheets(ctx, sheets, { ...options, fileName });
}

const planOptionsOf = (ctx: AppContext, options: ImportOptions) => ({
  mapping: options.mapping,
  onExisting: options.onExisting ?? 'skip',
  asOf: today(ctx),
  confirm: options.confirm,
  zoneFromSheet: options.zoneFromSheet,
});

export function previewSheets(ctx: AppContext, sheets: readonly Sheet[], options: ImportOptions = {}): Promise<ImportPlan> {
  return planImport(ctx.db, sheets, planOptionsOf(ctx, options));
}

/** Rows with errors are left out; the rest are written together or not at all. */
export async function importSheets(ctx: AppContext, sheets: readonly Sheet[], options: ImportOptions = {}): Promise<ImportSummary> {
  const planOptions = planOptionsOf(ctx, options);
  if (options.dryRun) return summarize(await planImport(ctx.db, sheets, planOptions), true);
  const plan = await ctx.db.transaction().execute(async (trx) => {
    const checked = await planImport(trx, sheets, planOptions);
    if (checked.missingFields.length) return checked; // nothing can be read without 姓名 and 身份证号
    const updatedIds = checked.update.map((p) => p.memberId);
    const before = await memberSnapshots(trx, updatedIds);
    await writePlan(trx, checked, ctx.now().toISOString(), planOptions.asOf);
    await auditImport(trx, ctx, checked, options.fileName ?? '', before, await memberSnapshots(trx, updatedIds));
    return checked;
  });
  return summarize(plan, false);
}

/** One row for the import as a whole, and one per member it changed (with what changed). */
async function auditImport(
  trx: Parameters<typeof recordAudit>[0],
  ctx: AppContext,
  plan: ImportPlan,
  fileName: string,
  before: Map<number, Record<string, unknown>>,
  after: Map<number, Record<string, unknown>>,
) {
  const zones = plan.newZones.length ? `，新建片区${plan.newZones.join('、')}` : '';
  await recordAudit(trx, ctx, {
    action: 'import',
    entity: 'member',
    label: fileName || '导入花名册',
    after: { 新增: plan.create.length, 更新: plan.update.length, 跳过: plan.skipped, 有错未导入: plan.errorRows },
    detail: `导入花名册${fileName ? `“${fileName}”` : ''}${zones}`,
  });
  for (const planned of plan.update) {
    const label = String(after.get(planned.memberId)?.['姓名'] ?? '');
    const entry = { before: before.get(planned.memberId), after: after.get(planned.memberId) };
    await recordAudit(trx, ctx, { action: 'update', entity: 'member', entityId: planned.memberId, label, ...entry, detail: '导入时更新' });
  }
}

function summarize(plan: ImportPlan, dryRun: boolean): ImportSummary {
  return {
    rows: plan.rows,
    imported: plan.create.length,
    updated: plan.update.length,
    skipped: plan.skipped,
    errorRows: plan.errorRows,
    errors: plan.errors,
    warnings: plan.warnings,
    notes: plan.notes,
    skippedRows: plan.skippedRows,
    pending: plan.pending.map(({ sheet, row, kind, message, confirmed }) => ({ sheet, row, kind, message, confirmed })),
    sheets: plan.sheets.map((s) => ({
      name: s.name, rows: s.rows, imported: s.created, updated: s.updated, skipped: s.skipped, notMembers: s.notMembers, errorRows: s.errorRows, pending: s.pending,
    })),
    ignoredSheets: plan.ignoredSheets,
    newZones: plan.newZones,
    dryRun,
  };
}
