/**
 * The 年度工作台账 as .xlsx: one sheet per part (./build.ts YEARBOOK_PARTS), each a
 * titled table with its header row (core/reports/xlsx.ts tableSheet), from the same
 * masked data the print shows.
 */
import ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import { safeCell, tableSheet as table, workbookBase64 } from '../reports/xlsx';
import type { Breakdown, StatsRow } from '../members/stats';
import type { Yearbook } from './build';
import { YEARBOOK_PARTS } from './parts';

const pct = (rate: string | null) => (rate === null ? '—' : `${rate}%`);

/** A line of text under a sheet's table (a 口径, a total), across its columns. */
function noteBelow(sheet: Worksheet, columns: number, lines: string[]) {
  let row = sheet.rowCount + 2;
  for (const line of lines) {
    sheet.mergeCells(row, 1, row, columns);
    const cell = sheet.getCell(row, 1);
    cell.value = safeCell(line);
    cell.alignment = { wrapText: true, vertical: 'top' };
    sheet.getRow(row).height = Math.min(120, 15 * Math.ceil(line.length / (columns * 7)) + 6);
    row += 1;
  }
}

export async function yearbookWorkbook(y: Yearbook): Promise<{ fileName: string; base64: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const branch = y.branch.name;
  const sheetName = (i: number) => YEARBOOK_PARTS[i]!.title;
  const title = (i: number) => `${y.year}年度${YEARBOOK_PARTS[i]!.title}`;

  table(
    workbook,
    sheetName(0),
    `${y.title}·${YEARBOOK_PARTS[0].title}`,
    branch,
    [['项目', 16], ['内容', 40]],
    [
      ['社区妇联名称', y.branch.name || '（未填写）'],
      ['所属街道', y.branch.street || '（未填写）'],
      ['全宗号', y.branch.fondsCode || '（未填写）'],
      ['编制日期', y.compiledOn],
      ['统计截止日期', y.asOf],
      ...y.officers.map((o, i): [string, string] => [i === 0 ? '妇联班子成员' : '', `${o.name}（${o.role}）`]),
      ...(y.officers.length ? [] : [['妇联班子成员', '（花名册中没有登记妇联主席、副主席或执委）']]),
    ],
    false,
  );

  const m = y.members;
  // As the print: 其中 rows after a breakdown's own, 主要指标 first.
  const sub = (b: Breakdown) => [...b.rows, ...b.aggregates.map((r) => ({ ...r, label: `其中：${r.label}` }))];
  const blocks: Array<[string, StatsRow[]]> = [
    ['主要指标', [m.age45plus, ...m.education.aggregates]],
    ['年龄结构', sub(m.age)],
    ['文化程度', sub(m.education)],
    ['政治面貌', sub(m.political)],
    ['民族', sub(m.ethnicity)],
    ['婚姻状况', sub(m.marital)],
    ['担任职务（一人可有多项）', m.roles.rows],
    ['关爱对象（一人可有多项）', m.tags.rows],
  ];
  const members = table(
    workbook,
    sheetName(1),
    `${title(1)}（截至${y.asOf}）`,
    branch,
    [['分项', 22], ['项目', 18], ['人数', 8], ['总人数', 8], ['占比（%）', 10]],
    [['在册妇女', '合计', m.total, m.total, m.total ? '100.0' : '—'], ...blocks.flatMap(([name, rows]) => rows.map((r, i) => [i === 0 ? name : '', r.label, r.count, r.denominator, r.percent]))],
    false,
  );
  noteBelow(members, 5, [m.basis]);

  const meetingRows = y.meetings.byType.flatMap((t) => t.meetings.map((x) => [x.typeName, x.date, x.title + (x.session ? `（${x.session}）` : ''), x.host, x.expected, x.present, pct(x.rate), x.status]));
  const meetings = table(
    workbook,
    sheetName(2),
    title(2),
    branch,
    [['会议类型', 14], ['日期', 12], ['会议名称', 34], ['主持人', 10], ['应到', 6], ['实到', 6], ['出席率', 8], ['状态', 8]],
    meetingRows,
  );
  noteBelow(meetings, 8, [`全年会议${y.meetings.total}次：${y.meetings.byType.map((t) => `${t.typeName}${t.meetings.length}次`).join('，')}。出席率＝出席人数÷应到人数（列席不计）。`]);

  const s = y.study;
  const study = table(
    workbook,
    sheetName(3),
    title(3),
    branch,
    [['日期', 12], ['形式', 10], ['主题', 30], ['学时', 6], ['应到', 6], ['实到', 6], ['出席率', 8], ['缺席/请假', 9], ['已补学', 8], ['未补学', 8]],
    s.sessions.map((x) => [x.date, x.form, x.title, x.hours, x.expected, x.present, pct(x.rate), x.away, x.madeUp, x.owing]),
  );
  noteBelow(study, 10, [
    `全年学习${s.summary.sessions}次，${s.summary.people}人参加，共${s.summary.hours}学时；已补学${s.summary.makeupsDone}人次，未补学${s.summary.makeupOwed}人次。`,
    ...s.makeups.map((x) => `补学：${x.name}，${x.sessionDate}《${x.sessionTitle}》${x.attendance}${x.reason ? `（${x.reason}）` : ''}，${x.makeupDate ? `${x.makeupDate}${x.makeupMethod}补学` : '未补学'}`),
  ]);

  const d = y.deliberation;
  const f = d.figures.yearly;
  const delib = table(
    workbook,
    sheetName(4),
    title(4),
    branch,
    [['编号', 14], ['议题', 34], ['类别', 10], ['提出日期', 12], ['状态', 16], ['办结日期', 12], ['回访结果', 10]],
    d.items.map((i) => [i.code, i.title, i.category, i.raisedOn, i.state, i.closedOn ?? '', i.visit]),
  );
  noteBelow(delib, 7, [
    `全年召开妇女议事会${d.sessions.length}次；提出议题${f.raised}项，立项${f.accepted}项，办结${f.closed}项，未办结${f.open}项，超期${f.overdue}项；` +
      `满意率${f.satisfaction.rate === null ? '—' : `${f.satisfaction.rate.toFixed(1)}%`}（满意和基本满意${f.satisfaction.satisfied}项÷回访${f.satisfaction.visited}项）。`,
    `口径（截至${d.figures.asOf}）：${d.figures.koujing}`,
  ]);

  const a = y.archive;
  const archive = table(
    workbook,
    sheetName(5),
    title(5),
    branch,
    [['序号', 6], ['档号', 24], ['题名', 36], ['日期', 10], ['保管期限', 10], ['页数', 6], ['备注', 16]],
    a.rows.map((r) => [r.序号, r.档号, r.题名, r.日期, r.retention, r.页数 ?? '', r.备注]),
  );
  noteBelow(archive, 7, [`本年度归档${a.total}件，共${a.pages}页${a.voided ? `；作废${a.voided}件（保留档号）` : ''}。`]);

  return { fileName: `${y.title}.xlsx`, base64: await workbookBase64(workbook) };
}
