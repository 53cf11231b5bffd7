/** 妇女基本情况统计表 as .xlsx: the same figures as the screen and the printout, one block per breakdown. */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { a4Setup, addTitleRows, borderBlock, freezeAbove, safeCell, workbookBase64 } from '../reports/xlsx';
import { chineseDate, type Breakdown, type MemberStats, type StatsRow, type ZoneStats } from './stats';

export const STATS_TITLE = '妇女基本情况统计表';
const COLUMNS = 7;

export async function statsWorkbook(stats: MemberStats, branchName: string): Promise<{ fileName: string; base64: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const sheet = workbook.addWorksheet('基本情况统计');
  sheet.columns = [{ width: 22 }, { width: 10 }, { width: 10 }, { width: 11 }, { width: 14 }, { width: 12 }, { width: 14 }];

  let row = addTitleRows(sheet, {
    title: STATS_TITLE,
    lines: [
      `单位：${branchName || '（未填写社区妇联名称）'}`,
      `统计截止日期：${chineseDate(stats.asOf)}\u3000\u3000在册妇女总数：${stats.total}人`,
    ],
    columnCount: COLUMNS,
  });
  freezeAbove(sheet, row);
  a4Setup(sheet, { landscape: false, printTitlesRow: '1:3' });

  const summary: Breakdown = {
    title: '主要指标',
    rows: [stats.age45plus, stats.collegePlus],
    total: null,
    aggregates: [],
  };
  for (const block of [summary, stats.age, stats.education, stats.political, stats.ethnicity, stats.ethnicGroups, stats.marital, stats.roles, stats.tags]) {
    row = writeBreakdown(sheet, row, block);
  }
  row = writeZones(sheet, row, stats.zones, stats.zonesTotal);

  for (const line of [stats.basis, ...(stats.excludedMen > 0 ? [`另有男性记录${stats.excludedMen}条，未计入统计，请核对花名册。`] : [])]) {
    sheet.mergeCells(row, 1, row, COLUMNS);
    const cell = sheet.getCell(row, 1);
    cell.value = safeCell(line);
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = 48;
    row += 1;
  }
  sheet.getCell(row + 1, 1).value = '填表人：';
  sheet.getCell(row + 1, 5).value = '填表日期：';

  return { fileName: `${STATS_TITLE}_${stats.asOf}.xlsx`, base64: await workbookBase64(workbook) };
}

function blockTitle(sheet: Worksheet, row: number, title: string) {
  sheet.mergeCells(row, 1, row, COLUMNS);
  const cell = sheet.getCell(row, 1);
  cell.value = title;
  cell.font = { bold: true, size: 12 };
}

function header(sheet: Worksheet, row: number, labels: string[]) {
  labels.forEach((label, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
}

/** A share as a number shown with one decimal (the same rounding as the screen), or '—'. */
function share(sheet: Worksheet, row: number, col: number, stat: StatsRow) {
  const cell = sheet.getCell(row, col);
  cell.value = stat.percent === '—' ? '—' : Number(stat.percent);
  cell.numFmt = '0.0';
  cell.alignment = { horizontal: 'right' };
}

function statLine(sheet: Worksheet, row: number, stat: StatsRow, bold = false) {
  sheet.getCell(row, 1).value = safeCell(stat.label);
  sheet.getCell(row, 2).value = stat.count;
  sheet.getCell(row, 3).value = stat.denominator;
  share(sheet, row, 4, stat);
  if (bold) for (let c = 1; c <= 4; c++) sheet.getCell(row, c).font = { bold: true };
}

function writeBreakdown(sheet: Worksheet, start: number, block: Breakdown): number {
  let row = start + 1;
  blockTitle(sheet, row, block.total ? block.title : `${block.title}（一人可有多项，不作合计）`);
  header(sheet, ++row, ['项目', '人数', '总人数', '占比(%)']);
  const first = row;
  for (const stat of block.rows) statLine(sheet, ++row, stat);
  if (block.total) statLine(sheet, ++row, block.total, true);
  for (const stat of block.aggregates) statLine(sheet, ++row, { ...stat, label: `其中：${stat.label}` });
  borderBlock(sheet, first, row, 4);
  return row + 1;
}

function writeZones(sheet: Worksheet, start: number, zones: ZoneStats[], total: ZoneStats): number {
  let row = start + 1;
  blockTitle(sheet, row, '分片区情况');
  header(sheet, ++row, ['片区', '人数', '占全部(%)', '45周岁及以上', '占本片区(%)', '大专及以上', '占本片区(%)']);
  const first = row;
  for (const zone of [...zones, total]) {
    row += 1;
    sheet.getCell(row, 1).value = safeCell(zone.label);
    sheet.getCell(row, 2).value = zone.members.count;
    share(sheet, row, 3, zone.members);
    sheet.getCell(row, 4).value = zone.age45plus.count;
    share(sheet, row, 5, zone.age45plus);
    sheet.getCell(row, 6).value = zone.collegePlus.count;
    share(sheet, row, 7, zone.collegePlus);
  }
  for (let c = 1; c <= COLUMNS; c++) sheet.getCell(row, c).font = { bold: true };
  borderBlock(sheet, first, row, COLUMNS);
  return row + 1;
}
