/** 分社区汇总表 as .xlsx (A4 landscape): one row per 社区 received, then 合计; counts with their shares. */
import ExcelJS from 'exceljs';
import { a4Setup, addTitleRows, borderBlock, freezeAbove, safeCell, workbookBase64 } from '../reports/xlsx';
import { chineseDate } from '../members/stats';
import type { MergedReport } from './merge';
import { SUMMARY_COLUMNS } from './summary-columns';

export const SUMMARY_TITLE = '分社区妇女基本情况汇总表';

export async function summaryWorkbook(report: MergedReport): Promise<{ fileName: string; base64: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const sheet = workbook.addWorksheet('分社区汇总');
  const columnCount = 3 + SUMMARY_COLUMNS.length * 2;
  sheet.columns = [{ width: 10 }, { width: 18 }, { width: 10 }, ...SUMMARY_COLUMNS.flatMap(() => [{ width: 12 }, { width: 9 }])];
  let row = addTitleRows(sheet, {
    title: SUMMARY_TITLE,
    lines: [`统计截止日期：${chineseDate(report.asOf)}\u3000\u3000已报 ${report.received.length} / 应报 ${report.expected} 个社区`],
    columnCount,
  });
  const headers = ['社区编码', '社区', '妇女总数', ...SUMMARY_COLUMNS.flatMap((c) => [c.label, '占比(%)'])];
  headers.forEach((label, i) => {
    const cell = sheet.getCell(row, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', wrapText: true };
  });
  const first = row;
  freezeAbove(sheet, row + 1);
  a4Setup(sheet, { landscape: true, printTitlesRow: `${row}:${row}` });
  for (const line of [...report.summary, report.summaryTotalRow]) {
    row += 1;
    sheet.getCell(row, 1).value = safeCell(line.code);
    sheet.getCell(row, 2).value = safeCell(line.name);
    sheet.getCell(row, 3).value = line.figures.total;
    SUMMARY_COLUMNS.forEach((c, i) => {
      sheet.getCell(row, 4 + i * 2).value = line.figures[c.key];
      const pct = line.shares[c.key];
      const cell = sheet.getCell(row, 5 + i * 2);
      cell.value = pct === '—' ? '—' : Number(pct);
      cell.numFmt = '0.0';
    });
  }
  for (let c = 1; c <= columnCount; c++) sheet.getCell(row, c).font = { bold: true };
  borderBlock(sheet, first, row, columnCount);
  row += 2;
  const notes = [
    ...(report.missing.length ? [`未报社区：${report.missing.map((m) => `${m.name}（${m.code}）`).join('、')}`] : []),
    ...report.duplicates.map((d) => `${d.count}人同时登记在${d.names[0]}和${d.names[1]}`),
    report.basis,
  ];
  for (const line of notes) {
    sheet.mergeCells(row, 1, row, columnCount);
    const cell = sheet.getCell(row, 1);
    cell.value = safeCell(line);
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = line.length > 80 ? 48 : 18;
    row += 1;
  }
  return { fileName: `${SUMMARY_TITLE}_${report.asOf}.xlsx`, base64: await workbookBase64(workbook) };
}
