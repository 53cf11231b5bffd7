/**
 * members.importPreview / members.importCommit. The preview keeps the read file
 * for a while under a token, so changing the column mapping or the choice for
 * existing IDs, and then committing, does not send or parse the file again.
 * The commit re-checks everything inside its transaction.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { defineMethod } from '../../api/define';
import type { AppContext } from '../../context';
import { AppError } from '../../errors';
import { EDUCATION, codeName } from '../codes';
import { maskIdNumber, maskPhone } from '../idcard';
import { today, toMemberRow } from '../service';
import { IMPORT_FIELD_KEYS } from './fields';
import type { ImportPlan } from './plan';
import { readSheetsCheckingAhead } from './read-parallel';
import { MAX_FILE_BYTES, tooLarge, type Sheet } from './read-sheet';
import { importSheets, previewSheets } from './run';
import { mappingOffered, rememberMapping } from './saved-mapping';

const source = z
  .object({
    token: z.string().max(100).optional(),
    fileName: z.string().max(255).optional(),
    base64: z.string().optional(),
    mapping: z.record(z.string(), z.enum(IMPORT_FIELD_KEYS).or(z.literal('')).nullable()).optional(),
    onExisting: z.enum(['skip', 'update'], { error: '已登记的身份证号只能选择“跳过”或“更新”' }).default('skip'),
    confirm: z.array(z.string().max(300)).max(20_000, '一次最多确认 20,000 行').optional(),
    zoneFromSheet: z.boolean().optional(),
  })
  .refine((v) => v.token || (v.fileName && v.base64), '请先选择要导入的文件');

type Source = z.output<typeof source>;

/** Read files kept between preview and commit; only the latest few. */
const kept = new Map<string, { fileName: string; sheets: Sheet[] }>();
const KEEP = 2;

async function sheetsFor(ctx: AppContext, input: Source): Promise<{ token: string; fileName: string; sheets: Sheet[] }> {
  if (input.base64 && input.fileName) {
    const bytes = Math.floor((input.base64.length * 3) / 4);
    if (bytes > MAX_FILE_BYTES + 3) throw tooLarge(bytes);
    const sheets = await readSheetsCheckingAhead(Buffer.from(input.base64, 'base64'), input.fileName, { mapping: input.mapping, asOf: today(ctx) });
    const token = randomUUID();
    kept.set(token, { fileName: input.fileName, sheets });
    while (kept.size > KEEP) kept.delete(kept.keys().next().value!);
    return { token, fileName: input.fileName, sheets };
  }
  const found = kept.get(input.token ?? '');
  if (!found) throw new AppError('NOT_FOUND', '导入的文件已失效（程序重启过或又导入了别的文件），请重新选择文件');
  return { token: input.token!, ...found };
}

/** The first rows that will be written, with IDs and phones masked. */
function sample(plan: ImportPlan) {
  const sheetOrder = plan.sheets.map((s) => s.name);
  return [...plan.create, ...plan.update]
    .sort((a, b) => sheetOrder.indexOf(a.sheet) - sheetOrder.indexOf(b.sheet) || a.row - b.row)
    .slice(0, 20)
    .map((p) => {
      const row = toMemberRow(p.fields);
      return {
        row: p.row,
        name: row.name,
        idNumber: maskIdNumber(row.id_number),
        birthDate: row.birth_date,
        phone: row.phone ? maskPhone(row.phone) : '',
        education: codeName(EDUCATION, row.education),
        zone: p.zoneName,
        sheet: p.sheet,
      };
    });
}

/** Problems sent to the screen: the first ones of each list, with the full counts beside them. */
export const PREVIEW_PROBLEMS = 1000;
const firstOf = <T,>(list: readonly T[]) => list.slice(0, PREVIEW_PROBLEMS);

export async function importPreview(ctx: AppContext, input: Source) {
  const { token, fileName, sheets } = await sheetsFor(ctx, input);
  // A new file without a mapping of its own: the one last chosen for the same header, if any.
  const savedMapping = input.base64 && !input.mapping ? ((await mappingOffered(ctx, sheets)) ?? null) : null;
  const plan = await previewSheets(ctx, sheets, savedMapping ? { ...input, mapping: savedMapping } : input);
  return {
    token,
    fileName,
    savedMapping,
    sheetName: plan.sheetName,
    headerRow: plan.headerRow,
    rows: plan.rows,
    mapping: plan.columns,
    unmappedHeaders: plan.unmappedHeaders,
    missingFields: plan.missingFields,
    sheets: plan.sheets,
    ignoredSheets: plan.ignoredSheets,
    errors: firstOf(plan.errors),
    warnings: firstOf(plan.warnings),
    notes: firstOf(plan.notes),
    skippedRows: firstOf(plan.skippedRows),
    pending: firstOf(plan.pending).map((p) => ({ ...p, idNumber: maskIdNumber(p.idNumber) })),
    counts: {
      errors: plan.errors.length,
      warnings: plan.warnings.length,
      notes: plan.notes.length,
      skippedRows: plan.skippedRows.length,
      pending: plan.pending.length,
    },
    errorRows: plan.errorRows,
    toCreate: plan.create.length,
    toUpdate: plan.update.length,
    toSkip: plan.skipped,
    newZones: plan.newZones,
    sample: sample(plan),
  };
}

export async function importCommit(ctx: AppContext, input: Source) {
  const { token, fileName, sheets } = await sheetsFor(ctx, input);
  const summary = await importSheets(ctx, sheets, { ...input, fileName });
  if (summary.imported + summary.updated > 0) await rememberMapping(ctx, sheets, input.mapping);
  kept.delete(token);
  return summary;
}

export const importApi = {
  importPreview: defineMethod(source, importPreview),
  importCommit: defineMethod(source, importCommit),
};
