/** The 核对列 step: each header in the file and the roster field it fills; unknown ones are chosen here. */
import { Select, Table, Tag } from 'antd';
import { IMPORT_FIELDS, IMPORT_FIELD_KEYS, type ColumnMapping, type ImportField } from '../../core/members/import/fields';

const OPTIONS = [
  { value: '', label: '（不导入）' },
  ...IMPORT_FIELD_KEYS.filter((f) => f !== 'skip').map((f) => ({ value: f, label: IMPORT_FIELDS[f].label })),
];

const columnLetter = (n: number): string => (n > 26 ? columnLetter(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));

interface ImportColumnsProps {
  columns: ColumnMapping[];
  onChange(header: string, field: ImportField | ''): void;
  /** Names the table for screen readers when a file has several sheets. */
  sheetName?: string;
}

export function ImportColumns({ columns, onChange, sheetName }: ImportColumnsProps) {
  return (
    <Table<ColumnMapping>
      size="small"
      rowKey="column"
      dataSource={columns}
      pagination={false}
      aria-label={sheetName ? `工作表“${sheetName}”的列` : undefined}
      columns={[
        { title: '列', dataIndex: 'column', width: 60, render: columnLetter },
        {
          title: '表格中的列名',
          dataIndex: 'header',
          width: 260,
          // A multi-row header shows where the name came from (基本信息/姓名).
          render: (header: string, col) => (col.path && col.path !== header ? <span title={col.path}>{header}<span style={{ color: '#888' }}>（{col.path}）</span></span> : header),
        },
        {
          title: '导入为',
          dataIndex: 'field',
          render: (field: ImportField | null, col) => (
            <Select
              aria-label={`“${col.header}”导入为`}
              style={{ width: 220 }}
              value={field && field !== 'skip' ? field : ''}
              options={OPTIONS}
              onChange={(value: ImportField | '') => onChange(col.header, value)}
            />
          ),
        },
        {
          title: '',
          width: 120,
          render: (_, col) => (col.field && col.field !== 'skip' ? <Tag color="green">已对应</Tag> : <Tag>不导入</Tag>),
        },
      ]}
    />
  );
}
