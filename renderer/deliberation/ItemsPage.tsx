/** 议题 list: filters (类别, 来源, 方式, 年度/季度, 提出人, 主办, 时限), search over 编号/标题/诉求内容, 新建, .xlsx 议事台账. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Input, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { CATEGORIES, METHODS, SOURCES } from '../../core/deliberation/codes';
import { STATES } from '../../core/deliberation/lifecycle';
import type { ListFilters } from '../../core/deliberation/schema';
import { api } from '../api';
import { saveFile } from '../files';
import { useAccess } from '../operators/access';
import { useLinkedFilters } from '../home/links';
import { printRoute } from '../print/registry';
import { errorText } from '../records/run';
import { DueTag, StateTag } from './tags';
import { RepresentativeSelect } from './RepresentativeSelect';

export type ItemRow = Awaited<ReturnType<typeof api.deliberation.list>>['items'][number];

const opts = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));

export function ItemsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { may } = useAccess();
  const thisYear = dayjs().year();
  // Opened from the 首页 or the 年度检查表: the filter in the URL (no year unless it names one).
  const linked = useLinkedFilters();
  const [filters, setFilters] = useState<ListFilters>(() =>
    linked.linked
      ? { year: linked.number('year'), quarter: linked.number('quarter'), state: linked.text('state'), due: linked.text('due') as ListFilters['due'], query: '' }
      : { year: thisYear, query: '' },
  );
  const [rows, setRows] = useState<ItemRow[]>();
  const [units, setUnits] = useState<Array<{ id: number; name: string }>>([]);
  const [error, setError] = useState<string>();
  const set = (patch: Partial<ListFilters>) => setFilters((f) => ({ ...f, ...patch }));

  useEffect(() => {
    void api.deliberation.units().then(setUnits, () => undefined);
  }, []);
  useEffect(() => {
    let current = true;
    api.deliberation.list(filters).then(
      (r) => current && (setRows(r.items), setError(undefined)),
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [filters]);

  const year = filters.year ?? thisYear;
  const exportLedger = async () => {
    try {
      const file = await api.deliberation.exportLedger({ year });
      const result = await saveFile(file.fileName, file.base64);
      if (result.saved) message.success(`已导出：${file.fileName}`);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          议题
        </Typography.Title>
        <Space wrap>
          <Button size="large" onClick={() => navigate(printRoute('deliberation-ledger', { year: String(year) }))}>
            打印{year}年议事台账
          </Button>
          {may('deliberation.exportLedger') && (
            <Button size="large" onClick={() => void exportLedger()}>
              导出议事台账（Excel）
            </Button>
          )}
          {may('deliberation.create') && (
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => navigate('/deliberation/items/new')}>
              登记议题
            </Button>
          )}
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <Space wrap>
        <Select aria-label="年度" allowClear placeholder="全部年度" style={{ width: 120 }} value={filters.year} options={Array.from({ length: 6 }, (_x, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} onChange={(y?: number) => set({ year: y, quarter: y ? filters.quarter : undefined })} />
        <Select aria-label="季度" allowClear placeholder="全年" style={{ width: 110 }} value={filters.quarter} disabled={!filters.year} options={[1, 2, 3, 4].map((q) => ({ value: q, label: `第${'一二三四'[q - 1]}季度` }))} onChange={(q?: number) => set({ quarter: q })} />
        <Select aria-label="状态" allowClear placeholder="全部状态" style={{ width: 130 }} value={filters.state} options={opts(STATES)} onChange={(s?: ListFilters['state']) => set({ state: s })} />
        <Select aria-label="类别" allowClear placeholder="全部类别" style={{ width: 130 }} value={filters.category} options={opts(CATEGORIES)} onChange={(c?: ListFilters['category']) => set({ category: c })} />
        <Select aria-label="来源" allowClear placeholder="全部来源" style={{ width: 130 }} value={filters.source} options={opts(SOURCES)} onChange={(s?: ListFilters['source']) => set({ source: s })} />
        <Select aria-label="议事方式" allowClear placeholder="全部方式" style={{ width: 130 }} value={filters.method} options={opts(METHODS)} onChange={(m?: ListFilters['method']) => set({ method: m })} />
        <RepresentativeSelect aria-label="提出人" placeholder="全部提出人" style={{ width: 140 }} value={filters.proposerMemberId} onChange={(id) => set({ proposerMemberId: id })} />
        <Select aria-label="主办单位" allowClear placeholder="全部主办" style={{ width: 140 }} value={filters.mainUnitId} options={units.map((u) => ({ value: u.id, label: u.name }))} onChange={(id?: number) => set({ mainUnitId: id })} />
        <Select
          aria-label="时限"
          allowClear
          placeholder="全部时限"
          style={{ width: 150 }}
          value={filters.due}
          options={[
            { value: 'overdue', label: '已超期' },
            { value: 'due', label: '已超期或即将到期' },
          ]}
          onChange={(d?: ListFilters['due']) => set({ due: d })}
        />
        <Input.Search aria-label="搜索议题" allowClear placeholder="搜索编号、标题、诉求内容" style={{ width: 300 }} onSearch={(q) => set({ query: q.trim() })} enterButton="搜索" />
      </Space>
      <ItemsTable rows={rows} loading={!rows && !error} />
    </Space>
  );
}

/** The 议题 table any page lists them with (list, member detail): click a row to open it. */
export function ItemsTable({ rows, loading, size }: { rows?: ItemRow[]; loading?: boolean; size?: 'small' }) {
  const navigate = useNavigate();
  return (
    <Table
      rowKey="id"
      size={size}
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      locale={{ emptyText: '没有议题' }}
      onRow={(r) => ({ onClick: () => navigate(`/deliberation/items/${r.id}`), style: { cursor: 'pointer' } })}
      columns={[
        { title: '编号', dataIndex: 'code', width: 120 },
        { title: '议题', dataIndex: 'title' },
        { title: '类别', dataIndex: 'category', width: 100 },
        { title: '来源', dataIndex: 'source', width: 100 },
        { title: '提出人', width: 90, render: (_v, r) => r.proposer.name },
        { title: '提出日期', dataIndex: 'raisedOn', width: 110 },
        { title: '主办单位', width: 110, render: (_v, r) => r.mainUnit?.name ?? '' },
        {
          title: '状态',
          width: 210,
          render: (_v, r) => (
            <Space size={2} wrap>
              <StateTag state={r.state} round={r.round} />
              <DueTag due={r.due} dueOn={r.dueOn} />
            </Space>
          ),
        },
      ]}
    />
  );
}
