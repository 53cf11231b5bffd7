/** The yearly 议事台账 as .xlsx: 议题台账 (one row per 议题), 季度统计 (figures with their 口径), 议事会 (sessions). */
import ExcelJS from 'exceljs';
import { tableSheet, workbookBase64 } from '../reports/xlsx';
import type { Figures } from './figures';
import type { LedgerData } from './prints';

const rate = (f: Figures) => (f.satisfaction.rate === null ? '—' : `${f.satisfaction.rate}%（${f.satisfaction.satisfied}/${f.satisfaction.visited}）`);
const medianText = (f: Figures) => (f.medianDays.value === null ? '—' : `${f.medianDays.value}天（${f.medianDays.n}件）`);

export async function ledgerWorkbook(ledger: LedgerData): Promise<{ fileName: string; base64: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const branch = ledger.branch.name;
  tableSheet(
    workbook,
    '议题台账',
    ledger.title,
    branch,
    [
      ['序号', 6], ['编号', 13], ['标题', 24], ['类别', 10], ['来源', 10], ['议事方式', 10], ['提出人', 16], ['联系方式', 14], ['附议人', 16], ['提出日期', 12], ['状态', 10],
      ['议事会', 20], ['表决（同意/反对/弃权，实到/应到）', 18], ['表决结果', 10], ['决议', 30], ['主办', 12], ['协办', 14], ['办理时限', 12], ['办理情况', 30], ['回访', 22], ['办结等级', 12], ['办理结果', 30], ['办结日期', 12], ['不予立项/撤回理由', 20],
    ],
    ledger.items.map((i, n) => [
      n + 1,
      i.code,
      i.title,
      i.category,
      i.source,
      i.method,
      i.proposer.kind === '代表' ? i.proposer.name : `${i.proposer.name}（经${i.proposer.via?.name ?? ''}）`,
      i.proposer.contact,
      i.seconders.map((s) => s.name).join('、'),
      i.raisedOn,
      i.redo && i.state === '落实' ? '落实（二次办理）' : i.state,
      i.meeting ? `${i.meeting.date} ${i.meeting.title}` : '',
      i.vote ? `${i.vote.yes}/${i.vote.no}/${i.vote.abstain}，${i.vote.present}/${i.vote.expected}` : '',
      i.vote ? `${i.vote.passed ? '通过' : '未通过'}（${i.vote.ruleText}）` : '',
      i.vote?.resolution ?? '',
      i.mainUnit?.name ?? '',
      i.coUnits.map((u) => u.name).join('、'),
      i.rounds.map((r) => (r.round > 1 ? `第${r.round}轮 ${r.dueOn}` : r.dueOn)).join('\n'),
      i.rounds.filter((r) => r.feedbackOn).map((r) => `${r.feedbackOn}：${r.feedbackText}`).join('\n'),
      i.visits.map((v) => `${v.date} ${v.result}（${v.method}，${v.visitor}）`).join('\n'),
      i.outcome ? i.outcome.label : '',
      i.outcome ? `${i.outcome.text}${i.outcome.reason ? `（理由：${i.outcome.reason}）` : ''}` : '',
      i.outcome?.closedOn ?? '',
      i.endReason,
    ]),
  );
  const f = ledger.figures;
  const periods = [...f.quarters.map((q) => ({ name: `第${q.quarter}季度`, figures: q.figures })), { name: '全年', figures: f.yearly }];
  const stats = tableSheet(
    workbook,
    '季度统计',
    `${ledger.year}年度妇女议事会议题办理情况统计`,
    branch,
    [['期间', 12], ['提出', 8], ['立项', 8], ['不予立项', 10], ['办结', 8], ['未办结（期末）', 12], ['超期', 8], ['提出至办结天数（中位数）', 18], ['满意率（满意+基本满意/回访数）', 24]],
    periods.map((p) => [p.name, p.figures.raised, p.figures.accepted, p.figures.rejected, p.figures.closed, p.figures.open, p.figures.overdue, medianText(p.figures), rate(p.figures)]),
  );
  const after = stats.rowCount + 2;
  stats.mergeCells(after, 1, after, 9);
  stats.getCell(after, 1).value = `口径：${f.koujing}本年度已撤回 ${f.withdrawnExcluded} 件，未计入。统计截至 ${f.asOf}。`;
  stats.getCell(after, 1).alignment = { wrapText: true, vertical: 'top' };
  stats.getRow(after).height = 90;
  tableSheet(
    workbook,
    '按类别',
    `${ledger.year}年度议题按类别统计`,
    branch,
    [['类别', 12], ['提出', 8], ['立项', 8], ['不予立项', 10], ['办结', 8], ['未办结', 10], ['超期', 8], ['满意率', 20]],
    f.byCategory.map((c) => [c.category, c.yearly.raised, c.yearly.accepted, c.yearly.rejected, c.yearly.closed, c.yearly.open, c.yearly.overdue, rate(c.yearly)]),
    false,
  );
  tableSheet(
    workbook,
    '议事会',
    `${ledger.year}年度妇女议事会会议`,
    branch,
    [['日期', 12], ['会议名称', 30], ['地点', 24], ['议题数', 8]],
    ledger.sessions.map((s) => [s.date, s.title, s.place, s.itemCount]),
    false,
  );
  return { fileName: `${ledger.year}年度议事台账.xlsx`, base64: await workbookBase64(workbook) };
}
