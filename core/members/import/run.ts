/**
 * Importing a file end to end: read, plan, and (unless a dry run) write the plan
 * in ONE transaction that re-checks the database it writes to. Used by the API,
 * the CLI and the benchmark.
 */
import type { AppContext } from '../../context';
import { today } from '../service';
import type { MappingOverride } from './fields';
import { planImport, type ImportPlan, type OnExisting } from './plan';
import { readSheets, type Sheet } from './read-sheet';
import type { Problem } from './rows';
import { writePlan } from './write';

export interface ImportOptions {
  onExisting?: OnExisting;
  mapping?: MappingOverride;
  dryRun?: boolean;
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
  newZones: string[];
  dryRun: boolean;
}

export async function importMembersFromFile(ctx: AppContext, buffer: Buffer, fileName: string, options: ImportOptions = {}) {
  return importSheets(ctx, await readSheets(buffer, fileName), options);
}

export function previewSheets(ctx: AppContext, sheets: readonly Sheet[], options: ImportOptions = {}): Promise<ImportPlan> {
  return planImport(ctx.db, sheets, { mapping: options.mapping, onExisting: options.onExisting ?? 'skip', asOf: today(ctx) });
}

/** Rows with errors are left out; the rest are written together or not at all. */
export async function importSheets(ctx: AppContext, sheets: readonly Sheet[], options: ImportOptions = {}): Promise<ImportSummary> {
  const planOptions = { mapping: options.mapping, onExisting: options.onExisting ?? 'skip', asOf: today(ctx) };
  if (options.dryRun) return summarize(await planImport(ctx.db, sheets, planOptions), true);
  const plan = await ctx.db.transaction().execute(async (trx) => {
    const checked = await planImport(trx, sheets, planOptions);
    if (checked.missingFields.length) return checked; // nothing can be read without 姓名 and 身份证号
    await writePlan(trx, checked, ctx.now().toISOString(), planOptions.asOf);
    return checked;
  });
  return summarize(plan, false);
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
    newZones: plan.newZones,
    dryRun,
  };
}
