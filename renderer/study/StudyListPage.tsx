/** 学习记录 list: 年度 / 状态 filters, full-text search over sessions, who still owes 补学, 新建, 导出学习台账. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { saveFile } from '../files';
import { DateRangeNote, useLinkedFilters } from '../home/links';
import { printRoute } from '../print/registry';

type Row = Awaited<ReturnType<typeof api.study.list>>[number];
type Owing = Awaited<ReturnType<typeof api.study.owing>>;

export function StudyListPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { may } = useAccess();
  const mayWrite = may('study.create');
  const thisYear = dayjs().year();
  // Opened from the 首页 or the 年度检查表: the filter in the URL (no year unless it names one).
  const linked = useLinkedFilters();
  const [year, setYear] = useState<number | undefined>(linked.linked ? linked.number('year') : thisYear);
  const [status, setStatus] = useState<'草稿' | '已定稿' | undefined>(linked.text('status') as '草稿' | '已定稿' | undefined);
  const [range, setRange] = useState({ from: linked.text('from'), to: linked.text('to') });
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<Row[]>();
  const [owing, setOwing] = useState<Owing>([]);
  const [error, setError] = useState<string>();

  useEffect(() => {
    let current = true;
    Promise.all([api.study.list({ year, status, query, ...range }), api.study.owing({ year })]).then(
      ([r, o]) => {
        if (!current) return;
        setRows(r);
        setOwing(o);
      },
      (err: unknown) => current && setError(err instanceof Error ? err.message : '读取失败'),
    );
    return () => {
      current = false;
    };
  }, [year, status, query, range]);

  const exportLedger = async () => {
    try {
      const file = await api.study.exportLedger({ year: year ?? thisYear });
      const result = await saveFile(file.fileName, file.base64);
      if (result.saved) message.success(`已导出：${file.fileName}`);
    } catch (err) {
      message.error(err instanceof Error ? err.message : '导出失败');
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          学习记录
        </Typography.Title>
        <Space wrap>
          <Button size="large" onClick={() => navigate(printRoute('study-ledger', { year: String(year ?? thisYear) }))}>
            打印学习台账
          </Button>
          {may('study.exportLedger') && (
            <Button size="large" onClick={() => void exportLedger()}>
              导出学习台账（Excel）
            </Button>
          )}
          {mayWrite && (
            <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => navigate('/study/new')}>
              新建学习记录
            </Button>
          )}
        </Space>
      </Space>
      <DateRangeNote from={range.from} to={range.to} onClear={() => setRange({ from: undefined, to: undefined })} />
      {error && <Alert type="error" showIcon message={error} />}
      <Space wrap>
        <Select
          aria-label="年度"
          allowClear
          placeholder="全部年度"
          style={{ width: 130 }}
          value={year}
          options={Array.from({ length: 6 }, (_x, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))}
          onChange={(y?: number) => setYear(y)}
        />
        <Select
          aria-label="状态"
          allowClear
          placeholder="全部状态"
          style={{ width: 130 }}
          value={status}
          options={[
            { value: '草稿', label: '草稿' },
            { value: '已定稿', label: '已定稿' },
          ]}
          onChange={(s?: '草稿' | '已定稿') => setStatus(s)}
        />
        <Input.Search aria-label="搜索学习记录" allowClear placeholder="搜索主题、内容、材料、人员" style={{ width: 320 }} onSearch={(q) => setQuery(q.trim())} enterButton="搜索" />
      </Space>
      <Table
        rowKey="id"
        dataSource={rows}
        loading={!rows && !error}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有学习记录' }}
        onRow={(r) => ({ onClick: () => navigate(`/study/${r.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '日期', dataIndex: 'date', width: 120 },
          { title: '形式', dataIndex: 'form', width: 100 },
          { title: '学习主题', dataIndex: 'title' },
          { title: '主讲人', dataIndex: 'speakerName', width: 100 },
          { title: '应到/实到', width: 110, render: (_v, r) => `${r.expected} / ${r.present}` },
          { title: '学时', dataIndex: 'hours', width: 70 },
          { title: '未补学', dataIndex: 'owing', width: 80, render: (n: number) => (n ? <Tag color="orange">{n} 人</Tag> : '') },
          { title: '状态', dataIndex: 'status', width: 90, render: (s: string) => <Tag color={s === '已定稿' ? 'green' : 'orange'}>{s}</Tag> },
        ]}
      />
      <Card title={`尚未补学（${owing.length} 人次）`} size="small" data-testid="owing-list">
        {owing.length ? (
          <Table
            size="small"
            rowKey="attendeeId"
            dataSource={owing}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            onRow={(r) => ({ onClick: () => navigate(`/study/${r.sessionId}`), style: { cursor: 'pointer' } })}
            columns={[
              { title: '姓名', dataIndex: 'name', width: 120 },
              { title: '缺席/请假', width: 200, render: (_v, r) => (r.reason ? `${r.attendance}（${r.reason}）` : r.attendance) },
              { title: '学习日期', dataIndex: 'date', width: 120 },
              { title: '学习主题', dataIndex: 'title' },
              { title: '应补学时', dataIndex: 'sessionHours', width: 90 },
            ]}
          />
        ) : (
          <Typography.Text type="secondary">所有缺席、请假人员都已补学。</Typography.Text>
        )}
      </Card>
    </Space>
  );
}
