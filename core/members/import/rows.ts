/**
 * One spreadsheet row → the member fields the form would save, plus every
 * problem found, named by the row number and header text the user sees.
 * Errors block the row; warnings do not.
 */
import { EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS, ROLES, findCode, type CodeTable, type Role } from '../codes';
import { ageOn, checkIdNumber } from '../idcard';
import { memberInputSchema, type MemberFields } from '../schema';
import { cellText, idCellText, parseDateCell, splitList } from './cells';
import { IMPORT_FIELDS, type ColumnMapping, type ImportField } from './fields';
import type { RawCell, SheetRow } from './read-sheet';

export interface Problem {
  /** The worksheet (set by planImport; a CSV's is the file name without extension). */
  sheet?: string;
  /** Row number as Excel/WPS shows it. */
  row: number;
  /** Header text as it appears in the file ('' for the whole row or file). */
  column: string;
  message: string;
}

export interface ReadRow {
  row: number;
  /** Present when the row has no errors. */
  fields?: MemberFields;
  /** Optional fields left empty because their cell could not be read (on update they keep the value on file). */
  dropped: (keyof MemberFields)[];
  /** From a valid 身份证号. */
  sex?: '女' | '男';
  zoneName: string;
  errors: Problem[];
  warnings: Problem[];
}

/** Said after every optional cell that cannot be read: the person is imported all the same. */
const LEFT_EMPTY = '该项留空，其余信息照常导入（更新已登记的人时保留原有内容）';

/** The form's rules; the 身份证号 is checked separately so its date check uses the app's "today". */
const rowSchema = memberInputSchema.omit({ idNumber: true });

const CODE_FIELDS: [ImportField & keyof MemberFields, CodeTable][] = [
  ['ethnicity', ETHNICITY],
  ['education', EDUCATION],
  ['political', POLITICAL_STATUS],
  ['marital', MARITAL_STATUS],
];

const ROLE_ALIASES: Record<string, Role> = {
  主席: '妇联主席',
  妇联副主席: '副主席',
  妇联执委: '执委',
  小组长: '妇女小组长',
  组长: '妇女小组长',
  代表: '妇女代表',
  志愿者: '巾帼志愿者',
};

const roleFor = (text: string): Role | undefined =>
  (ROLES as readonly string[]).includes(text) ? (text as Role) : ROLE_ALIASES[text];

/** Which cell index and header text each mapped field reads from. */
export type ColumnIndex = Map<ImportField, { index: number; header: string }>;

export function indexColumns(columns: readonly ColumnMapping[]): ColumnIndex {
  return new Map(columns.filter((c) => c.field).map((c) => [c.field!, { index: c.column - 1, header: c.header }]));
}

/** A row already read by readMemberRow, and for which columns and date. */
export interface CheckedAhead {
  key: string;
  read: ReadRow;
}

/** What a row's reading depends on besides the row itself. */
export const checkKey = (columns: ColumnIndex, asOf: string) => JSON.stringify([[...columns], asOf]);

/** readMemberRow, or the reading done ahead for the same columns and date, which is used once (planImport adds to it). */
export function takeMemberRow(sheetRow: SheetRow, columns: ColumnIndex, asOf: string, key = checkKey(columns, asOf)): ReadRow {
  const ahead = sheetRow.checked;
  sheetRow.checked = undefined;
  return ahead?.key === key ? ahead.read : readMemberRow(sheetRow, columns, asOf);
}

export function readMemberRow(sheetRow: SheetRow, columns: ColumnIndex, asOf: string): ReadRow {
  const row = sheetRow.number;
  const errors: Problem[] = [];
  const warnings: Problem[] = [];
  const raw = (field: ImportField): RawCell => {
    const col = columns.get(field);
    return col ? (sheetRow.cells[col.index] ?? null) : null;
  };
  const text = (field: ImportField) => cellText(raw(field));
  const problem = (field: ImportField | string, message: string): Problem => ({
    row,
    column: columns.get(field as ImportField)?.header ?? '',
    message,
  });

  const idCell = idCellText(raw('idNumber'));
  const id = 'error' in idCell ? ({ ok: false, message: idCell.error } as const) : checkIdNumber(idCell.text, asOf);
  if (!id.ok) errors.push(problem('idNumber', id.message));
  // A male ID is not a reminder but a question planImport asks (需确认).
  else for (const w of id.warnings) if (!w.includes('表示男性')) warnings.push(problem('idNumber', w));
  const dropped: (keyof MemberFields)[] = [];

  const codes: Partial<Record<keyof MemberFields, string | null>> = {};
  for (const [field, table] of CODE_FIELDS) {
    const value = text(field);
    codes[field] = value ? (findCode(table, value) ?? null) : null;
    if (value && !codes[field]) {
      warnings.push(problem(field, `未识别的${IMPORT_FIELDS[field].label}“${value}”，该项留空，可导入后补填`));
      dropped.push(field);
    }
  }

  const roles: Role[] = [];
  for (const word of splitList(text('roles'))) {
    const role = roleFor(word);
    if (role) roles.push(role);
    else warnings.push(problem('roles', `身份“${word}”不在可选范围（${ROLES.join('、')}）内，未导入该身份`));
  }

  const joined = parseDateCell(raw('joinedOn'), '入册日期');
  if ('error' in joined) {
    warnings.push(problem('joinedOn', `${joined.error}；${LEFT_EMPTY}`));
    dropped.push('joinedOn');
  }

  const input: Record<string, unknown> = {
    name: text('name'),
    ...codes,
    phone: phoneText(text('phone')),
    householdAddress: text('householdAddress'),
    currentAddress: text('currentAddress'),
    building: text('building'),
    employment: text('employment'),
    workplace: text('workplace'),
    joinedOn: 'iso' in joined ? joined.iso : null,
    roles,
    tags: splitList(text('tags')),
    note: text('note'),
  };
  let parsed = rowSchema.safeParse(input);
  if (!parsed.success) {
    // Only 姓名 (with the ID) is required: any other cell the form would refuse is left empty, with a warning.
    let retry = false;
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (field === 'name' || !(field in input)) errors.push(problem(field, issue.message));
      else {
        warnings.push(problem(field, `${issue.message}；${LEFT_EMPTY}`));
        input[field] = Array.isArray(input[field]) ? [] : typeof input[field] === 'string' ? '' : null;
        dropped.push(field as keyof MemberFields);
        retry = true;
      }
    }
    if (retry && !errors.length) parsed = rowSchema.safeParse(input);
    if (!parsed.success && !errors.length) {
      for (const issue of parsed.error.issues) errors.push(problem(String(issue.path[0] ?? ''), issue.message));
    }
  }

  let zoneName = text('zone').replace(/\s+/g, '');
  if (zoneName.length > 30) {
    warnings.push(problem('zone', `片区名称不能超过30个字；${LEFT_EMPTY}`));
    zoneName = '';
  }

  if (id.ok) warnings.push(...crossChecks(raw, problem, id.birthDate, id.sex, asOf));

  // zod's output is this row's own object: the ID joins it rather than being copied with it.
  const fields = errors.length === 0 && parsed.success && id.ok ? Object.assign(parsed.data, { idNumber: id.id }) : undefined;
  const sex = id.ok ? id.sex : undefined;
  return { row, fields, dropped, sex, zoneName, errors: inColumnOrder(errors, columns), warnings: inColumnOrder(warnings, columns) };
}

/** Most rows have no problem or one: no order to put them in. */
function inColumnOrder(problems: Problem[], columns: ColumnIndex): Problem[] {
  if (problems.length < 2) return problems;
  return problems.sort((a, b) => columnOrder(columns, a.column) - columnOrder(columns, b.column));
}

function columnOrder(columns: ColumnIndex, header: string): number {
  for (const col of columns.values()) if (col.header === header) return col.index;
  return -1;
}

/** 138-1234-5678 → 13812345678; landlines keep their dash. */
function phoneText(value: string): string {
  const digits = value.replace(/[\s-]+/g, '');
  return /^1\d{10}$/.test(digits) ? digits : value;
}

const YEAR_MONTH = /^(\d{4})\s*[./\-年]\s*(\d{1,2})\s*月?$/;

/** 出生日期 / 性别 / 年龄 columns against the 身份证号: the ID wins, a mismatch is a warning. */
function crossChecks(
  raw: (field: ImportField) => RawCell,
  problem: (field: ImportField, message: string) => Problem,
  birthDate: string,
  sex: '女' | '男',
  asOf: string,
): Problem[] {
  const out: Problem[] = [];
  const birthText = cellText(raw('birthDate'));
  const yearMonth = YEAR_MONTH.exec(birthText);
  if (yearMonth) {
    const ym = `${yearMonth[1]}-${yearMonth[2]!.padStart(2, '0')}`;
    if (ym !== birthDate.slice(0, 7)) out.push(problem('birthDate', `出生年月${ym}与身份证号中的${birthDate}不一致，以身份证号为准`));
  } else if (birthText) {
    const birth = parseDateCell(raw('birthDate'), '出生日期');
    if ('error' in birth) out.push(problem('birthDate', `${birth.error}；以身份证号中的${birthDate}为准`));
    else if (birth.iso !== birthDate) {
      out.push(problem('birthDate', `出生日期${birth.iso}与身份证号中的${birthDate}不一致，以身份证号为准`));
    }
  }
  const sexText = cellText(raw('sex'));
  if ((sexText === '男' || sexText === '女') && sexText !== sex) {
    out.push(problem('sex', `性别“${sexText}”与身份证号（${sex}）不一致，以身份证号为准`));
  }
  const ageText = cellText(raw('age')).replace(/岁$/, '');
  if (/^\d{1,3}$/.test(ageText)) {
    const age = ageOn(birthDate, asOf);
    if (Math.abs(Number(ageText) - age) > 1) {
      out.push(problem('age', `年龄${ageText}岁与按身份证号计算的${age}岁不符，以身份证号为准`));
    }
  }
  return out;
}
