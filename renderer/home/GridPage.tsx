/**
 * 年度检查表: for a chosen year, each module's rows by quarter — planned / held,
 * gaps in red — the view an inspector's checklist asks for. A cell opens the
 * list filtered to that row's type and quarter.
 */
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { GridCell, GridRow } from '../../core/home/entry';
import { api } from '../api';
import { errorText } from '../records/run';
import { hrefOf } from './links';

const COLUMNS = ['第一季度', '第二季度', '第三季度', '第四季度', '全年'];

export function GridPage() {
  const navigate = useNavigate();
  const [search, setSearch] = useSearchParams();
  const thisYear = dayjs().year();
  const year = Number(search.get('year')) || thisYear;
  const [rows, setRows] = useState<GridRow[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    api.home.yearGrid({ year }).then(
      (g) => current && (setRows(g.rows), setError(undefined)),
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [year]);

  const cell = (c: GridCell, row: GridRow, column: string) => {
    const text = c.planned === null ? `${c.held}` : `${c.held} / ${c.planned}`;
    return (
      <Button
        type="link"
        onClick={() => navigate(hrefOf(c.link))}
        aria-label={`${row.label} ${column}：${c.planned === null ? `${c.held}` : `应${c.planned} 实${c.held}`}${c.gap ? '，未完成' : ''}`}
        style={{ fontSize: 16, padding: '0 8px', color: c.gap ? '#cf1322' : undefined, fontWeight: c.gap ? 600 : undefined }}
      >
        {text}
        {c.gap ? ' 缺' : ''}
      </Button>
    );
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between' }}>
        <Space>
          <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/')}>
            返回首页
          </Button>
          <Typography.Title level={3} style={{ margin: 0 }}>
            年度检查表
          </Typography.Title>
        </Space>
        <Select
          aria-label="年度"
          value={year}
          style={{ width: 120 }}
          options={Array.from({ length: 8 }, (_, i) => thisYear - i).map((y) => ({ value: y, label: `${y}年` }))}
          onChange={(y: number) => setSearch({ year: String(y) }, { replace: true })}
        />
      </Space>
      <Typography.Text type="secondary">每格为“实际 / 应有”（议题只计数量）；红色“缺”表示该季度已过而未达到应有次数。点击数字可查看对应记录。</Typography.Text>
      {error && <Alert type="error" showIcon message={error} />}
      <Table<GridRow>
        rowKey={(r) => `${r.module}-${r.label}`}
        loading={!rows && !error}
        dataSource={rows}
        pagination={false}
        bordered
        size="middle"
        columns={[
          {
            title: '项目',
            key: 'label',
            width: 130,
            // One cell per group, spanning its rows.
            onCell: (r, i = 0) => ({ rowSpan: i > 0 && rows?.[i - 1]?.group === r.group ? 0 : (rows ?? []).slice(i).filter((x) => x.group === r.group).length }),
            render: (_, r) => <Typography.Text strong>{r.group}</Typography.Text>,
          },
          { title: '内容', key: 'row', render: (_, r) => r.label },
          ...COLUMNS.map((column, i) => ({ title: column, key: column, align: 'center' as const, width: 120, render: (_: unknown, r: GridRow) => cell(r.cells[i]!, r, column) })),
        ]}
      />
    </Space>
  );
}
