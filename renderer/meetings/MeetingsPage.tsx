/** 会议记录 list: filters (类型, 年度, 状态), full-text search, this year's count per type, 新建, and 删除 of drafts (to the 回收站). */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Input, Modal, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { MeetingType } from '../../core/meetings/templates';
import { api } from '../api';
import { Permitted, useAccess } from '../operators/access';
import { DateRangeNote, useLinkedFilters } from '../home/links';
import { printRoute } from '../print/registry';

type ListResult = Awaited<ReturnType<typeof api.meetings.list>>;
type Row = ListResult['rows'][number];
interface Filters {
  typeId?: number;
  year?: number;
  status?: '草稿' | '已定稿';
  from?: string;
  to?: string;
  query: string;
}

export function MeetingsPage() {
  const navigate = useNavigate();
  const [types, setTypes] = useState<MeetingType[]>([]);
  const linked = useLinkedFilters();
  const [filters, setFilters] = useState<Filters>(() => ({
    typeId: linked.number('typeId'),
    year: linked.number('year'),
    status: linked.text('status') as Filters['status'],
    from: linked.text('from'),
    to: linked.text('to'),
    query: '',
  }));
  const [result, setResult] = useState<ListResult>();
  const [error, setError] = useState<string>();
  const [creating, setCreating] = useState(false);
  const [reloads, setReloads] = useState(0);
  const { message, modal } = App.useApp();
  const { may } = useAccess();
  const thisYear = dayjs().year();

  useEffect(() => {
    void api.meetings.listTypes().then(setTypes);
  }, []);
  useEffect(() => {
    let current = true;
    api.meetings.list(filters).then(
      (r) => current && setResult(r),
      (err: unknown) => current && setError(err instanceof Error ? err.message : '读取失败'),
    );
    return () => {
      current = false;
    };
  }, [filters, reloads]);

  const remove = (r: Row) => {
    let refusal: string | undefined;
    modal.confirm({
      title: `确定删除会议记录“${r.title}”？`,
      content: '删除后可在回收站中恢复（设置 → 回收站）。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.meetings.remove({ id: r.id });
          message.success(`已删除“${r.title}”，可在 设置 → 回收站 中恢复`);
        } catch (err) {
          refusal = err instanceof Error ? err.message : '删除失败';
        }
        setReloads((n) => n + 1);
      },
      // The reason stays on screen until read (e.g. someone 定稿 it meanwhile), once the question has closed.
      afterClose: () => refusal && modal.error({ title: '不能删除这条会议记录', content: refusal, okText: '知道了' }),
    });
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          会议记录
        </Typography.Title>
        <Permitted method="meetings.create">
          <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            新建会议记录
          </Button>
        </Permitted>
      </Space>
      {result && (
        <Card size="small" title={`${result.thisYear.year}年各类会议次数`} data-testid="year-counts">
          <Space wrap>
            {result.thisYear.byType.map((t) => (
              <Tag key={t.typeId} color={t.count ? 'magenta' : undefined} style={{ fontSize: 15, padding: '4px 10px' }}>
                {t.typeName}：{t.count} 次
              </Tag>
            ))}
          </Space>
        </Card>
      )}
      <Space wrap>
        <Select
          aria-label="会议类型"
          allowClear
          placeholder="全部类型"
          style={{ width: 180 }}
          value={filters.typeId}
          options={types.map((t) => ({ value: t.id, label: t.name }))}
          onChange={(typeId?: number) => setFilters({ ...filters, typeId })}
        />
        <Select
          aria-label="年度"
          allowClear
          placeholder="全部年度"
          style={{ width: 130 }}
          value={filters.year}
          options={Array.from({ length: 6 }, (_x, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))}
          onChange={(year?: number) => setFilters({ ...filters, year })}
        />
        <Select
          aria-label="状态"
          allowClear
          placeholder="全部状态"
          style={{ width: 130 }}
          value={filters.status}
          options={[
            { value: '草稿', label: '草稿' },
            { value: '已定稿', label: '已定稿' },
          ]}
          onChange={(status?: Filters['status']) => setFilters({ ...filters, status })}
        />
        <Input.Search aria-label="搜索会议" placeholder="搜索会议名称、议题、发言、决议……" allowClear enterButton="搜索" style={{ width: 380 }} onSearch={(query) => setFilters({ ...filters, query })} />
      </Space>
      <DateRangeNote from={filters.from} to={filters.to} onClear={() => setFilters({ ...filters, from: undefined, to: undefined })} />
      {error && <Alert type="error" showIcon message={error} />}
      <Table
        rowKey="id"
        loading={!result}
        dataSource={result?.rows}
        locale={{ emptyText: filters.query ? '没有找到符合条件的会议记录' : may('meetings.create') ? '还没有会议记录，点击右上角“新建会议记录”' : '还没有会议记录' }}
        onRow={(r) => ({ onDoubleClick: () => navigate(`/meetings/${r.id}`) })}
        columns={[
          { title: '日期', dataIndex: 'date', width: 120 },
          { title: '会议名称', dataIndex: 'title', render: (title: string, r) => <a onClick={() => navigate(`/meetings/${r.id}`)}>{title}</a> },
          { title: '类型', dataIndex: 'typeName', width: 140 },
          { title: '地点', dataIndex: 'place', ellipsis: true },
          { title: '主持人', dataIndex: 'host_name', width: 100 },
          { title: '应到/实到', width: 100, render: (_v, r) => `${r.expected}/${r.present}` },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <Tag color={s === '已定稿' ? 'green' : 'orange'}>{s}</Tag> },
          {
            title: '操作',
            width: 170,
            render: (_v, r) => (
              <Space>
                <a onClick={() => navigate(`/meetings/${r.id}`)}>打开</a>
                <a onClick={() => navigate(printRoute('meeting', { id: String(r.id) }))}>打印</a>
                {may('meetings.remove') && r.status === '草稿' && (
                  <Button type="link" danger size="small" style={{ padding: 0 }} aria-label={`删除${r.title}`} onClick={() => remove(r)}>
                    删除
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      <NewMeetingDialog open={creating} types={types} onCancel={() => setCreating(false)} onOk={(typeId, date) => navigate(`/meetings/new?type=${typeId}&date=${date}`)} />
    </Space>
  );
}

function NewMeetingDialog({ open, types, onCancel, onOk }: { open: boolean; types: MeetingType[]; onCancel(): void; onOk(typeId: number, date: string): void }) {
  const [typeId, setTypeId] = useState<number>();
  const [date, setDate] = useState<Dayjs>(dayjs());
  return (
    <Modal title="新建会议记录" open={open} onCancel={onCancel} okText="按模板新建" cancelText="取消" okButtonProps={{ disabled: !typeId }} onOk={() => typeId && onOk(typeId, date.format('YYYY-MM-DD'))}>
      <Typography.Paragraph>选择会议类型，将按该类型的模板带出默认议题和参会人员：</Typography.Paragraph>
      <Radio.Group aria-label="会议类型" value={typeId} onChange={(e) => setTypeId(e.target.value as number)} style={{ display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        {types.map((t) => (
          <Radio.Button key={t.id} value={t.id}>
            {t.name}
          </Radio.Button>
        ))}
      </Radio.Group>
      <div style={{ marginTop: 16 }}>
        会议日期：<DatePicker aria-label="会议日期" value={date} allowClear={false} onChange={(d) => d && setDate(d)} />
      </div>
    </Modal>
  );
}
