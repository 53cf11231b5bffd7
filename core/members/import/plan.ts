/**
 * The whole file → a plan: which rows will be created, updated or skipped, and
 * every problem. Reads the database (existing IDs, zones) in batches; writes nothing.
 */
import type { Kysely } from 'kysely';
import { membersByIdNumber } from '../../../db/members/queries';
import type { Database } from '../../../db/schema';
import { AppError } from '../../errors';
import type { MemberFields } from '../schema';
import { cellText } from './cells';
import { IMPORT_FIELDS, missingRequiredFields, type ColumnMapping, type MappingOverride } from './fields';
import { findHeaderRow, mapColumns } from './header';
import type { Sheet } from './read-sheet';
import { checkKey, indexColumns, takeMemberRow, type Problem } from './rows';

export type OnExisting = 'skip' | 'update';

export interface PlannedRow {
  row: number;
  fields: MemberFields;
  zoneName: string;
}

export interface ImportPlan {
  sheetName: string;
  headerRow: number;
  columns: ColumnMapping[];
  unmappedHeaders: string[];
  /** Labels of required fields no column fills (the user must map them). */
  missingFields: string[];
  /** Data rows below the header (blank rows not counted). */
  rows: number;
  errorRows: number;
  errors: Problem[];
  warnings: Problem[];
  /** Rows whose ID is already on file: what happens to them. */
  notes: Problem[];
  create: PlannedRow[];
  update: (PlannedRow & { memberId: number })[];
  skipped: number;
  /** 片区 names not yet in the list: created when the import is written. */
  newZones: string[];
}

export interface PlanOptions {
  mapping?: MappingOverride;
  onExisting: OnExisting;
  /** 'YYYY-MM-DD': what "today" is for future dates and ages. */
  asOf: string;
}

export async function planImport(db: Kysely<Database>, sheets: readonly Sheet[], options: PlanOptions): Promise<ImportPlan> {
  const { sheet, header } = pickSheet(sheets);
  const columns = mapColumns(header, options.mapping);
  const dataRows = sheet.rows.filter((r) => r.number > header.number);
  const plan: ImportPlan = {
    sheetName: sheet.name,
    headerRow: header.number,
    columns,
    unmappedHeaders: columns.filter((c) => !c.field).map((c) => c.header),
    missingFields: missingRequiredFields(columns).map((f) => IMPORT_FIELDS[f].label),
    rows: 0,
    errorRows: 0,
    errors: [],
    warnings: [],
    notes: [],
    create: [],
    update: [],
    skipped: 0,
    newZones: [],
  };
  if (plan.missingFields.length) {
    plan.rows = dataRows.length;
    const names = plan.missingFields.map((f) => `“${f}”`).join('、');
    plan.errors.push({ row: header.number, column: '', message: `表头中没有找到${names}列，请在“核对列”一步指定哪一列是${names}` });
    return plan;
  }

  const index = indexColumns(columns);
  const nameCol = index.get('name')!.index;
  const idCol = index.get('idNumber')!.index;
  // Template rows with only a 序号 filled in are not people.
  const people = dataRows.filter((r) => cellText(r.cells[nameCol] ?? null) || cellText(r.cells[idCol] ?? null));
  plan.rows = people.length;

  const valid: PlannedRow[] = [];
  const firstRowOfId = new Map<string, number>();
  const key = checkKey(index, options.asOf);
  for (const sheetRow of people) {
    const read = takeMemberRow(sheetRow, index, options.asOf, key);
    if (read.fields) {
      const first = firstRowOfId.get(read.fields.idNumber);
      if (first === undefined) firstRowOfId.set(read.fields.idNumber, read.row);
      else read.errors.push({ row: read.row, column: index.get('idNumber')!.header, message: `身份证号与第${first}行重复，同一人只能导入一次` });
    }
    plan.errors.push(...read.errors);
    plan.warnings.push(...read.warnings);
    if (read.errors.length) plan.errorRows++;
    else valid.push({ row: read.row, fields: read.fields!, zoneName: read.zoneName });
  }

  await sortByExisting(db, valid, plan, options.onExisting, index.get('idNumber')!.header);

  const zones = new Set((await db.selectFrom('zone').select('name').execute()).map((z) => z.name));
  const wanted = [...plan.create, ...plan.update].map((r) => r.zoneName).filter(Boolean);
  plan.newZones = [...new Set(wanted)].filter((z) => !zones.has(z));
  return plan;
}

function pickSheet(sheets: readonly Sheet[]) {
  for (const sheet of sheets) {
    const header = findHeaderRow(sheet);
    if (header) return { sheet, header };
  }
  if (sheets.every((s) => s.rows.length === 0)) throw new AppError('VALIDATION', '表格是空的，没有可导入的内容');
  throw new AppError(
    'VALIDATION',
    '在表格前10行中没有找到表头：表头应有“姓名”“身份证号”等列名。请确认选择的是花名册，且表头在前10行内。',
  );
}

/** One batched lookup of IDs already on file, then skip or update as the user chose. */
async function sortByExisting(db: Kysely<Database>, valid: PlannedRow[], plan: ImportPlan, onExisting: OnExisting, idHeader: string) {
  const holders = await membersByIdNumber(db, valid.map((r) => r.fields.idNumber));
  for (const planned of valid) {
    const holder = holders.get(planned.fields.idNumber);
    if (!holder) {
      plan.create.push(planned);
      continue;
    }
    const who = `身份证号已登记为“${holder.name}”（编号 ${holder.id}）`;
    const note = (message: string) => plan.notes.push({ row: planned.row, column: idHeader, message });
    if (holder.deleted_at) {
      plan.skipped++;
      note(`${who}，该记录在回收站中，本行跳过；如需导入请先从回收站恢复`);
    } else if (onExisting === 'update') {
      plan.update.push({ ...planned, memberId: holder.id });
      note(`${who}，将用本行内容更新`);
    } else {
      plan.skipped++;
      note(`${who}，按选择跳过本行`);
    }
  }
}
