/** The annual 学习台账 as .xlsx: sheets 年度计划, 学习记录 (one row per session), 个人学时 (one row per person), 补学. */
import ExcelJS from 'exceljs';
import { tableSheet as table, workbookBase64 } from '../reports/xlsx';
import { materialText } from './format';
import type { StudyLedger } from './ledger';

export const LEDGER_TITLE = '学习台账';

export async function ledgerWorkbook(ledger: StudyLedger, branch: string): Promise<{ fileName: string; base64: string }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const y = ledger.year;

  table(
    workbook,
    '年度计划',
    `${y}年度学习计划`,
    branch,
    [['月份', 8], ['计划学习主题', 36], ['计划形式', 12], ['计划主讲人', 12], ['实际学习', 40], ['情况', 14]],
    ledger.plan.months.flatMap((m) => {
      const held = m.held.map((s) => `${s.date} ${s.title}`).join('\n');
      if (!m.planned.length) return [[`${m.month}月`, '（未列计划）', '', '', held, m.empty ? '本月未开展学习' : '计划外学习']];
      return m.planned.map((p) => [`${m.month}月`, p.topic, p.form, p.speaker, p.sessions.map((s) => `${s.date} ${s.title}`).join('\n') || held, p.sessions.length ? '已完成' : m.empty ? '未开展（本月无学习）' : '未按计划开展']);
    }),
  );

  table(
    workbook,
    '学习记录',
    `${y}年度学习记录`,
    branch,
    [['序号', 6], ['日期', 12], ['形式', 10], ['主题', 28], ['学习内容/材料', 44], ['主持/主讲', 16], ['应到', 6], ['实到', 6], ['学时', 6], ['状态', 8]],
    ledger.sessions.map((s, i) => [
      i + 1,
      s.date,
      s.form,
      s.title,
      [s.content, ...s.materials.map(materialText)].filter(Boolean).join('\n'),
      `${s.host.name || '—'}/${s.speaker.name || '—'}`,
      s.figures.expected,
      s.figures.present,
      s.hours,
      s.status,
    ]),
  );

  table(
    workbook,
    '个人学时',
    `${y}年度个人学时统计`,
    branch,
    [['序号', 6], ['姓名', 14], ['应参加', 8], ['参加', 8], ['缺席/请假', 10], ['已补学', 8], ['未补学', 8], ['学时', 8]],
    ledger.people.map((p, i) => [i + 1, p.name, p.sessions, p.attended, p.missed, p.madeUp, p.owing, p.hours]),
    false,
  );

  table(
    workbook,
    '补学',
    `${y}年度补学情况`,
    branch,
    [['序号', 6], ['姓名', 12], ['学习日期', 12], ['学习主题', 28], ['缺席/请假原因', 20], ['补学日期', 12], ['补学方式', 18], ['补学心得', 36], ['学时', 6]],
    ledger.makeups.map((m, i) => [
      i + 1,
      m.name,
      m.sessionDate,
      m.sessionTitle,
      `${m.attendance}${m.reason ? `：${m.reason}` : ''}`,
      m.makeup?.date ?? '未补学',
      m.makeup?.method ?? '',
      m.makeup?.reflection ?? '',
      m.makeup ? m.makeup.hours : 0,
    ]),
  );

  return { fileName: `${LEDGER_TITLE}_${y}.xlsx`, base64: await workbookBase64(workbook) };
}
