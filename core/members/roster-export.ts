/**
 * The roster as a whole (not paged): rows for the printed 花名册 and the .xlsx
 * export. ID numbers are masked unless the operator chose full numbers and
 * confirmed; phones are always masked here, and so are ID- or phone-shaped
 * runs typed into the free-text columns.
 */
import ExcelJS from 'exceljs';
import { z } from 'zod';
import { rosterPageIds, rosterRowsByIds } from '../../db/members/roster-queries';
import { selectBranchInfo } from '../../db/settings/queries';
import { boundedArray } from '../api/schemas';
import { maskFreeText } from '../audit/mask';
import type { AppContext } from '../context';
import { a4Setup, addTitleRows, freezeAbove, safeCell, workbookBase64 } from '../reports/xlsx';
import { codeName, EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS } from './codes';
import { ageOn, maskIdNumber, maskPhone } from './idcard';
import { rosterSelectionSchema, type RosterSelection } from './roster-schema';
import { memberLinks, rosterWhere } from './search';
import { today } from './service';

/** Every member the selection finds, in its order, with names for codes. */
export async function rosterSheet(ctx: AppContext, selection: RosterSelection, fullIdNumbers = false) {
  const asOf = selection.asOf ?? today(ctx);
  const { ids } = await rosterPageIds(ctx.db, rosterWhere(selection, asOf), selection.sort);
  const rows = await rosterRowsByIds(ctx.db, ids);
  const { roles, tags } = await memberLinks(ctx.db, ids);
  return {
    asOf,
    rows: rows.map((r) => ({
      id: r.id,
      name: r.name,
      idNumber: fullIdNumbers ? r.id_number : maskIdNumber(r.id_number),
      sex: r.sex,
      birthDate: r.birth_date,
      age: ageOn(r.birth_date, asOf),
      ethnicity: codeName(ETHNICITY, r.ethnicity),
      education: codeName(EDUCATION, r.education),
      political: codeName(POLITICAL_STATUS, r.political),
      marital: codeName(MARITAL_STATUS, r.marital),
      zoneName: r.zone_name ?? '',
      building: maskFreeText(r.building),
      phoneMasked: maskPhone(r.phone),
      currentAddress: maskFreeText(r.current_address),
      roles: roles.get(r.id) ?? [],
      tags: tags.get(r.id) ?? [],
      joinedOn: r.joined_on ?? '',
      status: r.status,
    })),
  };
}

export type RosterSheetRow = Awaited<ReturnType<typeof rosterSheet>>['rows'][number];

type Column = { key: string; header: string; width: number; value(r: RosterSheetRow, index: number): string | number };

export const EXPORT_COLUMNS: readonly Column[] = [
  { key: 'seq', header: '序号', width: 6, value: (_r, i) => i + 1 },
  { key: 'name', header: '姓名', width: 10, value: (r) => r.name },
  { key: 'idNumber', header: '身份证号', width: 21, value: (r) => r.idNumber },
  { key: 'sex', header: '性别', width: 6, value: (r) => r.sex },
  { key: 'birthDate', header: '出生日期', width: 12, value: (r) => r.birthDate },
  { key: 'age', header: '年龄', width: 6, value: (r) => r.age },
  { key: 'ethnicity', header: '民族', width: 8, value: (r) => r.ethnicity },
  { key: 'education', header: '文化程度', width: 12, value: (r) => r.education },
  { key: 'political', header: '政治面貌', width: 12, value: (r) => r.political },
  { key: 'marital', header: '婚姻状况', width: 9, value: (r) => r.marital },
  { key: 'zone', header: '片区', width: 10, value: (r) => r.zoneName },
  { key: 'building', header: '楼栋', width: 8, value: (r) => r.building },
  { key: 'phone', header: '联系电话', width: 14, value: (r) => r.phoneMasked },
  { key: 'address', header: '现住址', width: 24, value: (r) => r.currentAddress },
  { key: 'roles', header: '身份', width: 14, value: (r) => r.roles.join('、') },
  { key: 'tags', header: '关爱标签', width: 14, value: (r) => r.tags.join('、') },
  { key: 'joinedOn', header: '入册日期', width: 12, value: (r) => r.joinedOn },
  { key: 'status', header: '状态', width: 6, value: (r) => r.status },
];

export const exportRosterSchema = rosterSelectionSchema.extend({
  columns: boundedArray(z.enum(EXPORT_COLUMNS.map((c) => c.key) as [string, ...string[]], { error: '导出列不在可选范围内' }), EXPORT_COLUMNS.length, '导出列')
    .min(1, '请至少选择一列')
    .optional(),
  /** Full 身份证号 only when the operator chose it and confirmed. */
  fullIdNumbers: z.boolean().default(false),
});

export async function exportRoster(ctx: AppContext, input: z.output<typeof exportRosterSchema>) {
  const branch = (await selectBranchInfo(ctx.db)).name;
  const { asOf, rows } = await rosterSheet(ctx, input, input.fullIdNumbers);
  const columns = input.columns ? EXPORT_COLUMNS.filter((c) => input.columns!.includes(c.key)) : EXPORT_COLUMNS;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const sheet = workbook.addWorksheet('花名册');
  const title = `${branch || ''}妇女花名册`;
  const masked = input.fullIdNumbers ? '身份证号为完整号码，请妥善保管' : '身份证号、联系电话已隐去中间数字';
  const headerRow = addTitleRows(sheet, {
    title,
    lines: [`导出日期：${asOf}，共${rows.length}人（${input.filters.status === '全部' ? '全部状态' : input.filters.status}），${masked}`],
    columnCount: columns.length,
  });
  sheet.getRow(headerRow).values = columns.map((c) => c.header);
  sheet.getRow(headerRow).font = { bold: true };
  sheet.getRow(headerRow).alignment = { horizontal: 'center', vertical: 'middle' };
  columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    // Text format so WPS/Excel never turn an 18-digit number into 1.1E+17 or round it.
    if (c.key === 'idNumber' || c.key === 'phone') column.numFmt = '@';
  });
  rows.forEach((row, index) => {
    const values = columns.map((c) => {
      const value = c.value(row, index);
      return typeof value === 'number' ? value : safeCell(value);
    });
    sheet.getRow(headerRow + 1 + index).values = values;
  });
  freezeAbove(sheet, headerRow + 1);
  a4Setup(sheet, { landscape: true, printTitlesRow: `${headerRow}:${headerRow}` });
  return { fileName: `${title}_${asOf}.xlsx`, base64: await workbookBase64(workbook), count: rows.length };
}
