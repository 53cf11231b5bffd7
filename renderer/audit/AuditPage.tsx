/** 设置 → 操作日志: who changed, exported, printed or looked at what, with filters, pages and export to Excel. */
import { Alert, App, Button, Card, DatePicker, Input, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import type { ApiInput, ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';
import { api } from '../api';
import { saveFile } from '../files';
import { describeRow } from '../../core/audit/describe';

type Page = ApiOutput<ApiTable, 'audit', 'list'>;
type Row = Page['rows'][number];
type Options = ApiOutput<ApiTable, 'audit', 'filterOptions'>;
type Filter = NonNullable<ApiInput<ApiTable, 'audit', 'export'>>;

const PAGE_SIZE = 50;
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function AuditPage() {
  const [filter, setFilter] = useState<Filter>({});
  const [text, setText] = useState('');
  const [page, setPage] = useState(1);
  /** The page shown, with the query it answers: loading while that is not the current one. */
  const [result, setResult] = useState<{ key: string; page: Page } | null>(null);
  const [options, setOptions] = useState<Options | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const { message } = App.useApp();

  useEffect(() => {
    api.audit.filterOptions().then(setOptions, (err: unknown) => setError(errorText(err)));
  }, []);

  const key = JSON.stringify({ filter, page });
  useEffect(() => {
    let current = true;
    api.audit.list({ ...filter, page, pageSize: PAGE_SIZE }).then(
      (loaded) => {
        if (!current) return;
        setResult({ key, page: loaded });
        setError(null);
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [filter, page, key]);
  const data = result?.page ?? null;
  const loading = result?.key !== key && !error;

  const change = (next: Partial<Filter>) => {
    setFilter((f) => ({ ...f, ...next }));
    setPage(1);
  };

  const exportXlsx = async () => {
    setExporting(true);
    try {
      const file = await api.audit.export(filter);
      const saved = await saveFile(file.fileName, file.base64);
      if (saved.saved) message.success(`已导出${file.count}条操作日志`);
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setExporting(false);
    }
  };

  const range: [Dayjs, Dayjs] | null = filter.from && filter.to ? [dayjs(filter.from), dayjs(filter.to)] : null;

  return (
    <Card
      title="操作日志"
      extra={
        <Button onClick={exportXlsx} loading={exporting} size="large">
          导出为 Excel
        </Button>
      }
    >
      <Space wrap size="middle" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          value={range}
          onChange={(dates) =>
            change({ from: dates?.[0]?.format('YYYY-MM-DD') ?? undefined, to: dates?.[1]?.format('YYYY-MM-DD') ?? undefined })
          }
          placeholder={['开始日期', '结束日期']}
          aria-label="日期范围"
        />
        <Select
          allowClear
          placeholder="全部操作员"
          style={{ width: 150 }}
          value={filter.operator}
          onChange={(operator) => change({ operator })}
          options={(options?.operators ?? []).map((o) => ({ label: o, value: o }))}
          aria-label="操作员"
        />
        <Select
          allowClear
          placeholder="全部操作"
          style={{ width: 150 }}
          value={filter.action}
          onChange={(action) => change({ action })}
          options={(options?.actions ?? []).map((a) => ({ label: a.label, value: a.value }))}
          aria-label="操作"
        />
        <Select
          allowClear
          placeholder="全部对象"
          style={{ width: 140 }}
          value={filter.entityType}
          onChange={(entityType) => change({ entityType })}
          options={(options?.entityTypes ?? []).map((e) => ({ label: e.label, value: e.value }))}
          aria-label="对象类型"
        />
        <Input.Search
          allowClear
          placeholder="搜索姓名、内容"
          style={{ width: 220 }}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(value) => change({ text: value.trim() || undefined })}
          aria-label="搜索"
          enterButton="搜索"
        />
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      <Table<Row>
        rowKey="id"
        size="middle"
        loading={loading}
        dataSource={data?.rows ?? []}
        locale={{ emptyText: '没有符合条件的记录' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 条`,
          onChange: setPage,
        }}
        columns={[
          { title: '时间', dataIndex: 'at', width: 160, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
          { title: '操作员', dataIndex: 'operator', width: 100 },
          { title: '操作', dataIndex: 'actionName', width: 110 },
          { title: '对象', width: 180, render: (_v, r) => <>{r.entityName}{r.label ? `：${r.label}` : ''}</> },
          {
            title: '内容',
            render: (_v, r) => {
              const lines = describeRow(r);
              return lines.length ? (
                <div style={{ whiteSpace: 'pre-line' }}>{lines.join('\n')}</div>
              ) : (
                <Typography.Text type="secondary">—</Typography.Text>
              );
            },
          },
        ]}
      />
    </Card>
  );
}
