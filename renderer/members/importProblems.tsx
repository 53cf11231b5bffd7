/** The 预览与问题 step's table: every problem by sheet, Excel row and column, sortable, filterable, downloadable. */
import { DownloadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo } from 'react';
import type { Problem } from '../../core/members/import/rows';

export type Severity = '错误' | '提醒' | '说明' | '已跳过';
export interface ProblemRow extends Problem {
  key: number;
  severity: Severity;
}

const COLORS: Record<Severity, string> = { 错误: 'red', 提醒: 'orange', 说明: 'blue', 已跳过: 'default' };
const SEVERITIES: Severity[] = ['错误', '提醒', '说明', '已跳过'];

export function problemRows(errors: Problem[], warnings: Problem[], notes: Problem[], skipped: Problem[] = [], sheetOrder: string[] = []): ProblemRow[] {
  const tagged = [
    ...errors.map((p) => ({ ...p, severity: '错误' as const })),
    ...warnings.map((p) => ({ ...p, severity: '提醒' as const })),
    ...notes.map((p) => ({ ...p, severity: '说明' as const })),
    ...skipped.map((p) => ({ ...p, severity: '已跳过' as const })),
  ];
  const sheetIndex = (p: Problem) => sheetOrder.indexOf(p.sheet ?? '');
  return tagged.sort((a, b) => sheetIndex(a) - sheetIndex(b) || a.row - b.row).map((p, key) => ({ ...p, key }));
}

/** A CSV (UTF-8 with BOM, so Excel/WPS open it in Chinese) of the problem list. */
function downloadProblems(rows: ProblemRow[], fileName: string) {
  const quote = (s: string | number) => `"${String(s).replace(/"/g, '""')}"`;
  const lines = [['工作表', '行号', '列', '类型', '问题'], ...rows.map((r) => [r.sheet ?? '', r.row, r.column, r.severity, r.message])];
  const blob = new Blob(['\uFEFF' + lines.map((l) => l.map(quote).join(',')).join('\r\n')], { type: 'text/csv' });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = `${fileName.replace(/\.[^.]+$/, '')}-问题清单.csv`;
  link.click();
  URL.revokeObjectURL(link.href);
}

interface ImportProblemsProps {
  rows: ProblemRow[];
  fileName: string;
  /** Several roster sheets: a 工作表 column groups the problems. */
  showSheet?: boolean;
  /** More problems than were sent to the screen. */
  truncatedNote?: string;
}

export function ImportProblems({ rows, fileName, showSheet = false, truncatedNote }: ImportProblemsProps) {
  const columnFilters = useMemo(
    () => [...new Set(rows.map((r) => r.column))].map((c) => ({ text: c || '（整行）', value: c })),
    [rows],
  );
  const sheetFilters = useMemo(() => [...new Set(rows.map((r) => r.sheet ?? ''))].map((s) => ({ text: s, value: s })), [rows]);
  const columns: ColumnsType<ProblemRow> = [
    ...(showSheet
      ? [{ title: '工作表', dataIndex: 'sheet', width: 110, filters: sheetFilters, onFilter: (v: unknown, r: ProblemRow) => r.sheet === v }]
      : []),
    { title: '行号', dataIndex: 'row', width: 90, sorter: (a, b) => a.row - b.row },
    { title: '列', dataIndex: 'column', width: 140, filters: columnFilters, onFilter: (v, r) => r.column === v, render: (c: string) => c || '（整行）' },
    {
      title: '类型',
      dataIndex: 'severity',
      width: 90,
      filters: SEVERITIES.map((s) => ({ text: s, value: s })),
      onFilter: (v, r) => r.severity === v,
      render: (s: Severity) => <Tag color={COLORS[s]}>{s}</Tag>,
    },
    { title: '问题', dataIndex: 'message' },
  ];
  return (
    <Table<ProblemRow>
      size="small"
      rowKey="key"
      dataSource={rows}
      pagination={{ pageSize: 50, showSizeChanger: false, showTotal: (n) => `共 ${n} 条` }}
      title={() => (
        <Space>
          <Button icon={<DownloadOutlined />} onClick={() => downloadProblems(rows, fileName)} disabled={!rows.length}>
            下载问题清单
          </Button>
          {truncatedNote && <Typography.Text type="secondary">{truncatedNote}</Typography.Text>}
        </Space>
      )}
      locale={{ emptyText: '没有发现问题' }}
      columns={columns}
    />
  );
}
