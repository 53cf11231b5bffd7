/** The 操作日志 viewer's query and its .xlsx export. */
import ExcelJS from 'exceljs';
import dayjs from 'dayjs';
import { z } from 'zod';
import { isoDateSchema, userText } from '../api/schemas';
import { selectAuditPage, type AuditFilter } from '../../db/audit/queries';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../../db/schema';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { a4Setup, addTitleRows, freezeAbove, safeCell, workbookBase64 } from '../reports/xlsx';
import { describeChange } from './describe';
import { maskSensitive } from './mask';
import { recordEvent } from './record';
import { actionName, entityName } from './names';

export const auditFilterSchema = z.object({
  from: isoDateSchema('开始日期').optional(),
  to: isoDateSchema('结束日期').optional(),
  operator: userText('操作员', 30).optional(),
  action: userText('操作类型', 20).optional(),
  entityType: userText('对象类型', 30).optional(),
  text: userText('搜索内容', 50).optional(),
});

export const auditListSchema = auditFilterSchema.extend({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(50),
});

type Filter = z.output<typeof auditFilterSchema>;

/** Dates are the office's calendar days (UTC+8); the log stores UTC ISO times. */
const dayStart = (d: string) => dayjs(`${d}T00:00:00+08:00`).toISOString();

function toQuery(f: Filter): AuditFilter {
  if (f.from && f.to && f.from > f.to) throw new AppError('VALIDATION', '开始日期不能晚于结束日期', { field: 'from' });
  return {
    fromIso: f.from ? dayStart(f.from) : undefined,
    toIso: f.to ? dayjs(dayStart(f.to)).add(1, 'day').toISOString() : undefined,
    operator: f.operator || undefined,
    action: f.action || undefined,
    entityType: f.entityType || undefined,
    text: f.text || undefined,
  };
}

const parse = (text: string | null) => (text ? (JSON.parse(text) as Record<string, unknown>) : null);

/**
 * Masked again on the way out: rows written before today's rules (the 6+4 ID
 * mask, an ID typed with spaces into 备注) are shown and exported as today's.
 */
function present(r: Selectable<AuditLogTable>) {
  return maskSensitive({
    id: r.id,
    at: r.at,
    operator: r.operator_name,
    action: r.action,
    actionName: actionName(r.action),
    entityType: r.entity_type,
    entityName: entityName(r.entity_type),
    entityId: r.entity_id,
    label: r.label,
    before: parse(r.before_json),
    after: parse(r.after_json),
    detail: r.detail,
  }) as PresentedRow;
}

interface PresentedRow {
  id: number;
  at: string;
  operator: string;
  action: string;
  actionName: string;
  entityType: string;
  entityName: string;
  entityId: number | null;
  label: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  detail: string;
}

export type AuditRow = ReturnType<typeof present>;

export async function listAudit(ctx: AppContext, input: z.output<typeof auditListSchema>) {
  const { rows, total } = await selectAuditPage(ctx.db, toQuery(input), (input.page - 1) * input.pageSize, input.pageSize);
  return { total, rows: rows.map(present) };
}

const EXPORT_LIMIT = 50_000;

export async function exportAudit(ctx: AppContext, filter: Filter) {
  const { rows, total } = await selectAuditPage(ctx.db, toQuery(filter), 0, EXPORT_LIMIT);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '社区妇联工作台账';
  const sheet = workbook.addWorksheet('操作日志');
  const columns = [
    { header: '时间', width: 18 },
    { header: '操作员', width: 10 },
    { header: '操作', width: 12 },
    { header: '对象类型', width: 10 },
    { header: '对象', width: 16 },
    { header: '变更内容', width: 60 },
    { header: '说明', width: 24 },
  ];
  const range = filter.from || filter.to ? `${filter.from ?? '最早'} 至 ${filter.to ?? '今天'}` : '全部日期';
  const more = total > rows.length ? `（共${total}条，只导出最近${rows.length}条）` : `，共${total}条`;
  const headerRow = addTitleRows(sheet, {
    title: '操作日志',
    lines: [`范围：${range}${more}；导出时间：${dayjs(ctx.now()).format('YYYY-MM-DD HH:mm')}；身份证号、电话已隐去中间数字`],
    columnCount: columns.length,
  });
  sheet.getRow(headerRow).values = columns.map((c) => c.header);
  sheet.getRow(headerRow).font = { bold: true };
  columns.forEach((c, i) => (sheet.getColumn(i + 1).width = c.width));
  rows.map(present).forEach((r, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    row.values = [
      dayjs(r.at).format('YYYY-MM-DD HH:mm:ss'),
      r.operator,
      r.actionName,
      r.entityName,
      r.label,
      describeChange(r).join('\n'),
      r.detail,
    ].map(safeCell);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  freezeAbove(sheet, headerRow + 1);
  a4Setup(sheet, { landscape: true, printTitlesRow: `${headerRow}:${headerRow}` });
  await recordEvent(ctx, { action: 'export', entity: 'audit_log', label: '操作日志', detail: `导出${rows.length}条，${range}` });
  const stamp = dayjs(ctx.now()).format('YYYYMMDD');
  return { fileName: `操作日志_${stamp}.xlsx`, base64: await workbookBase64(workbook), count: rows.length };
}
