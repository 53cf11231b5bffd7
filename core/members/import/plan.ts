/**
 * The whole file → a plan: for every roster sheet, which rows will be created,
 * updated or skipped, which wait for the user (需确认), and every problem by
 * (sheet, row, column). Reads the database (existing IDs, zones) in batches;
 * writes nothing.
 */
import type { Kysely } from 'kysely';
import { membersByIdNumber } from '../../../db/members/queries';
import type { Database } from '../../../db/schema';
import { AppError } from '../../errors';
import type { MemberFields } from '../schema';
import { cellText } from './cells';
import { IMPORT_FIELDS, missingRequiredFields, type ColumnMapping, type MappingOverride } from './fields';
import { findHeader, mapColumns, type Header } from './header';
import { columnLetters, type Sheet, type SheetRow } from './read-sheet';
import { checkKey, indexColumns, takeMemberRow, type Problem, type ReadRow } from './rows';

export type OnExisting = 'skip' | 'update';

export interface PlannedRow {
  sheet: string;
  row: number;
  fields: MemberFields;
  /** Optional fields whose cell could not be read: left empty, or on update kept as on file. */
  dropped: (keyof MemberFields)[];
  zoneName: string;
}

/** A row that waits for the user: a 身份证号 twice in the file, or a man's. */
export interface PendingRow {
  /** `${sheet}!${row}`: what the user ticks (PlanOptions.confirm). */
  key: string;
  sheet: string;
  row: number;
  name: string;
  idNumber: string;
  kind: 'duplicate' | 'male';
  message: string;
  confirmed: boolean;
}

export interface SheetPlan {
  name: string;
  headerRow: number;
  headerLastRow: number;
  columns: ColumnMapping[];
  unmappedHeaders: string[];
  missingFields: string[];
  /** No column gives the 片区 and the sheet is named like one: offered as each member's 片区. */
  zoneOffered: boolean;
  /** The sheet name is used as the 片区 (offered, and not turned off). */
  zoneFromSheet: boolean;
  /** People rows below the header (skipped rows not counted). */
  rows: number;
  created: number;
  updated: number;
  /** Already on file and skipped, or not ticked in 需确认. */
  skipped: number;
  /** Totals, signatures and blank rows (已跳过). */
  notMembers: number;
  errorRows: number;
  pending: number;
}

export interface ImportPlan {
  sheets: SheetPlan[];
  /** Sheets without a recognisable header (填表说明, 统计). */
  ignoredSheets: string[];
  /** The first roster sheet's header, for one-sheet callers. */
  sheetName: string;
  headerRow: number;
  columns: ColumnMapping[];
  unmappedHeaders: string[];
  /** Labels of required fields no column fills in some sheet (the user must map them). */
  missingFields: string[];
  rows: number;
  errorRows: number;
  errors: Problem[];
  warnings: Problem[];
  /** Rows whose ID is already on file: what happens to them. */
  notes: Problem[];
  /** Rows that are not people: 合计, 填表人 …, blank rows. */
  skippedRows: Problem[];
  pending: PendingRow[];
  create: PlannedRow[];
  update: (PlannedRow & { memberId: number })[];
  /** Already on file (skipped by choice or in the 回收站) and pending rows not ticked. */
  skipped: number;
  /** 片区 names not yet in the list: created when the import is written. */
  newZones: string[];
}

export interface PlanOptions {
  mapping?: MappingOverride;
  onExisting: OnExisting;
  /** 'YYYY-MM-DD': what "today" is for future dates and ages. */
  asOf: string;
  /** Keys of 需确认 rows the user ticked. */
  confirm?: readonly string[];
  /** Use sheet names as 片区 where offered (default: yes). */
  zoneFromSheet?: boolean;
}

/** Words that start a totals or signature row (合计 8人, 填表人：张三). */
const NOT_A_MEMBER = /^(合计|小计|总计|共计|总数|总人数|填表人|填报人|审核人|审批人|制表人|统计人|经办人|负责人|单位负责人|主管领导|填表日期|填报日期|制表日期|审核日期|统计日期|报送日期|签字|盖章)/;

/** Excel/WPS default sheet names: never a 片区. */
const DEFAULT_SHEET_NAME = /^(sheet|工作表|表)\s*\d*$/i;

const rowKey = (sheet: string, row: number) => `${sheet}!${row}`;

export async function planImport(db: Kysely<Database>, sheets: readonly Sheet[], options: PlanOptions): Promise<ImportPlan> {
  const found = rosterSheets(sheets);
  const plan: ImportPlan = {
    sheets: [],
    ignoredSheets: sheets.filter((s) => !found.some((f) => f.sheet === s)).map((s) => s.name),
    sheetName: found[0]!.sheet.name,
    headerRow: found[0]!.header.first,
    columns: [],
    unmappedHeaders: [],
    missingFields: [],
    rows: 0,
    errorRows: 0,
    errors: [],
    warnings: [],
    notes: [],
    skippedRows: [],
    pending: [],
    create: [],
    update: [],
    skipped: 0,
    newZones: [],
  };
  const confirm = new Set(options.confirm ?? []);
  const valid: (PlannedRow & { sex?: '女' | '男'; idHeader: string; sheetPlan: SheetPlan })[] = [];
  for (const { sheet, header } of found) {
    const sheetPlan = planSheet(sheet, header, options, plan, (read, zoneName, idHeader, sheetPlan) => {
      valid.push({ sheet: sheet.name, row: read.row, fields: read.fields!, dropped: read.dropped, zoneName, sex: read.sex, idHeader, sheetPlan });
    });
    plan.sheets.push(sheetPlan);
  }
  plan.rows = plan.sheets.reduce((n, s) => n + s.rows, 0);
  plan.errorRows = plan.sheets.reduce((n, s) => n + s.errorRows, 0);
  const first = plan.sheets[0]!;
  plan.columns = first.columns;
  plan.unmappedHeaders = first.unmappedHeaders;
  plan.missingFields = [...new Set(plan.sheets.flatMap((s) => s.missingFields))];
  if (plan.missingFields.length) return plan;

  const ready = holdForConfirmation(valid, confirm, plan);
  await sortByExisting(db, ready, plan, options.onExisting);

  const zones = new Set((await db.selectFrom('zone').select('name').execute()).map((z) => z.name));
  const wanted = [...plan.create, ...plan.update].map((r) => r.zoneName).filter(Boolean);
  plan.newZones = [...new Set(wanted)].filter((z) => !zones.has(z));
  return plan;
}

/** Every sheet with a recognisable header; refuses a file with none. */
function rosterSheets(sheets: readonly Sheet[]): { sheet: Sheet; header: Header }[] {
  const found: { sheet: Sheet; header: Header }[] = [];
  for (const sheet of sheets) {
    const header = findHeader(sheet);
    if (header) found.push({ sheet, header });
  }
  if (found.length) return found;
  if (sheets.every((s) => s.rows.length === 0)) throw new AppError('VALIDATION', '表格是空的，没有可导入的内容');
  throw new AppError(
    'VALIDATION',
    '在表格前10行中没有找到表头：表头应有“姓名”“身份证号”等列名。请确认选择的是花名册，且表头在前10行内。',
  );
}

function planSheet(
  sheet: Sheet,
  header: Header,
  options: PlanOptions,
  plan: ImportPlan,
  onValid: (read: ReadRow, zoneName: string, idHeader: string, sheetPlan: SheetPlan) => void,
): SheetPlan {
  const columns = mapColumns(header, options.mapping);
  const missing = missingRequiredFields(columns).map((f) => IMPORT_FIELDS[f].label);
  const zoneOffered = !sheet.csv && !columns.some((c) => c.field === 'zone') && !DEFAULT_SHEET_NAME.test(sheet.name.trim()) && sheet.name.trim().length <= 30;
  const sheetPlan: SheetPlan = {
    name: sheet.name,
    headerRow: header.first,
    headerLastRow: header.last,
    columns,
    unmappedHeaders: columns.filter((c) => !c.field).map((c) => c.header),
    missingFields: missing,
    zoneOffered,
    zoneFromSheet: zoneOffered && options.zoneFromSheet !== false,
    rows: 0,
    created: 0,
    updated: 0,
    skipped: 0,
    notMembers: 0,
    errorRows: 0,
    pending: 0,
  };
  const at = (p: Problem): Problem => ({ sheet: sheet.name, ...p });
  const dataRows = sheet.rows.filter((r) => r.number > header.last);
  if (missing.length) {
    sheetPlan.rows = dataRows.length;
    const names = missing.map((f) => `“${f}”`).join('、');
    plan.errors.push(at({ row: header.first, column: '', message: `表头中没有找到${names}列，请在“核对列”一步指定哪一列是${names}` }));
    return sheetPlan;
  }

  const index = indexColumns(columns);
  const nameCol = index.get('name')!.index;
  const idCol = index.get('idNumber')!.index;
  const idHeader = index.get('idNumber')!.header;
  const headers = new Map(columns.map((c) => [c.column - 1, c.header]));
  const key = checkKey(index, options.asOf);
  const skip = (row: number, message: string) => {
    sheetPlan.notMembers++;
    plan.skippedRows.push(at({ row, column: '', message }));
  };
  let previous = header.last;
  for (const sheetRow of dataRows) {
    for (let blank = previous + 1; blank < sheetRow.number; blank++) skip(blank, '空行，已跳过');
    previous = sheetRow.number;
    const reason = notAMember(sheetRow, nameCol, idCol);
    if (reason) {
      skip(sheetRow.number, reason);
      continue;
    }
    sheetPlan.rows++;
    const read = takeMemberRow(sheetRow, index, options.asOf, key);
    read.errors.push(...garbled(sheetRow, headers));
    plan.errors.push(...read.errors.map(at));
    plan.warnings.push(...read.warnings.map(at));
    if (read.errors.length || !read.fields) {
      sheetPlan.errorRows++;
      continue;
    }
    const zoneName = read.zoneName || (sheetPlan.zoneFromSheet ? sheet.name.trim() : '');
    onValid(read, zoneName, idHeader, sheetPlan);
  }
  return sheetPlan;
}

/** Why a row is not a person (合计, 填表人 …, only a 序号), or undefined for a person's row. */
function notAMember(row: SheetRow, nameCol: number, idCol: number): string | undefined {
  const name = cellText(row.cells[nameCol] ?? null);
  const id = cellText(row.cells[idCol] ?? null);
  if (/\d{15}/.test(id.replace(/\s+/g, ''))) return undefined;
  for (const cell of row.cells) {
    const text = cellText(cell).replace(/[\s:：]+/g, '');
    const word = NOT_A_MEMBER.exec(text)?.[1];
    if (word) return /计|总数|总人数/.test(word) ? `“${word}”行，不是成员，已跳过` : `签名栏（“${word}”），不是成员，已跳过`;
  }
  if (!name && !id) return '没有姓名和身份证号（空行），已跳过';
  return undefined;
}

/** A cell that decoded to U+FFFD lost its text somewhere before it reached us: never imported silently. */
function garbled(row: SheetRow, headers: Map<number, string>): Problem[] {
  const out: Problem[] = [];
  row.cells.forEach((cell, i) => {
    if (typeof cell === 'string' && cell.includes('\uFFFD')) {
      out.push({
        row: row.number,
        column: headers.get(i) ?? `${columnLetters(i)}列`,
        message: `这一格含有无法识别的字符（\uFFFD），文字可能已损坏，请在 Excel/WPS 中核对这一格后重新导入`,
      });
    }
  });
  return out;
}

/**
 * Rows that wait for the user: every row whose 身份证号 appears twice in the
 * file (each naming the others) until exactly one of them is ticked, and a
 * man's row until it is ticked. The rest go on.
 */
function holdForConfirmation<T extends PlannedRow & { sex?: '女' | '男'; idHeader: string; sheetPlan: SheetPlan }>(
  valid: T[],
  confirm: Set<string>,
  plan: ImportPlan,
): T[] {
  const byId = new Map<string, T[]>();
  for (const v of valid) {
    const same = byId.get(v.fields.idNumber);
    if (same) same.push(v);
    else byId.set(v.fields.idNumber, [v]);
  }
  const ready: T[] = [];
  const hold = (v: T, kind: PendingRow['kind'], message: string) => {
    const key = rowKey(v.sheet, v.row);
    plan.pending.push({ key, sheet: v.sheet, row: v.row, name: v.fields.name, idNumber: v.fields.idNumber, kind, message, confirmed: confirm.has(key) });
  };
  for (const v of valid) {
    const same = byId.get(v.fields.idNumber)!;
    const key = rowKey(v.sheet, v.row);
    if (same.length > 1) {
      const others = same.filter((o) => o !== v).map((o) => `“${o.sheet}”第${o.row}行（${o.fields.name}）`).join('、');
      const chosen = same.filter((o) => confirm.has(rowKey(o.sheet, o.row)));
      hold(v, 'duplicate', `身份证号与${others}相同，同一人只能导入一次：请勾选要导入的一行`);
      if (chosen.length !== 1 || chosen[0] !== v) {
        v.sheetPlan.pending++;
        plan.skipped++;
        continue;
      }
    }
    if (v.sex === '男') {
      hold(v, 'male', '身份证号第17位为奇数，表示男性；妇女花名册一般只登记女性，确需登记请勾选');
      if (!confirm.has(key)) {
        v.sheetPlan.pending++;
        plan.skipped++;
        continue;
      }
    }
    ready.push(v);
  }
  // One entry per row in the list: a ticked man who was also a duplicate shows once, as a duplicate.
  const seen = new Set<string>();
  plan.pending = plan.pending.filter((p) => !seen.has(p.key) && seen.add(p.key));
  return ready;
}

/** One batched lookup of IDs already on file, then skip or update as the user chose. */
async function sortByExisting(
  db: Kysely<Database>,
  valid: (PlannedRow & { idHeader: string; sheetPlan: SheetPlan })[],
  plan: ImportPlan,
  onExisting: OnExisting,
) {
  const holders = await membersByIdNumber(db, valid.map((r) => r.fields.idNumber));
  for (const { idHeader, sheetPlan, sheet, row: rowNumber, fields, dropped, zoneName } of valid) {
    const row: PlannedRow = { sheet, row: rowNumber, fields, dropped, zoneName };
    const holder = holders.get(row.fields.idNumber);
    if (!holder) {
      plan.create.push(row);
      sheetPlan.created++;
      continue;
    }
    const who = `身份证号已登记为“${holder.name}”（编号 ${holder.id}）`;
    const note = (message: string) => plan.notes.push({ sheet: row.sheet, row: row.row, column: idHeader, message });
    if (holder.deleted_at) {
      plan.skipped++;
      sheetPlan.skipped++;
      note(`${who}，该记录在回收站中，本行跳过；如需导入请先从回收站恢复`);
    } else if (onExisting === 'update') {
      plan.update.push({ ...row, memberId: holder.id });
      sheetPlan.updated++;
      note(`${who}，将用本行内容更新`);
    } else {
      plan.skipped++;
      sheetPlan.skipped++;
      note(`${who}，按选择跳过本行`);
    }
  }
}
