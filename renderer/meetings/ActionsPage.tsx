/** 行动事项 across meetings; overdue ones (完成时限 before today, not 已完成) in red. */
import { Alert, Input, Segmented, Select, Space, Table, Tag, Typography, App } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { ACTION_STATUSES, type ActionStatus } from '../../core/meetings/schema';
import { api } from '../api';
import { useLinkedFilters } from '../home/links';
import { Permitted } from '../operators/access';

type Scope = 'open' | 'overdue' | 'all';
type Row = Awaited<ReturnType<typeof api.meetings.actions>>[number];

export function ActionsPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const linked = useLinkedFilters();
  const [scope, setScope] = useState<Scope>(() => (['open', 'overdue', 'all'].includes(linked.text('scope') ?? '') ? (linked.text('scope') as Scope) : 'open'));
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<Row[]>();
  const [error, setError] = useState<string>();

  const load = useCallback(() => {
    api.meetings.actions({ scope, query }).then(setRows, (err: unknown) => setError(err instanceof Error ? err.message : '读取失败'));
  }, [scope, query]);
  useEffect(load, [load]);

  const setStatus = async (row: Row, status: ActionStatus) => {
    try {
      await api.meetings.setActionStatus({ actionId: row.id, status });
      message.success(`“${row.content}”已改为${status}`);
      load();
    } catch (err) {
      message.error(err instanceof Error ? err.message : '保存失败');
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        行动事项
      </Typography.Title>
      <Space wrap>
        <Segmented<Scope>
          size="large"
          value={scope}
          onChange={setScope}
          options={[
            { value: 'open', label: '未完成' },
            { value: 'overdue', label: '已逾期' },
            { value: 'all', label: '全部' },
          ]}
        />
        <Input.Search aria-label="搜索行动事项" placeholder="搜索事项或责任人" allowClear style={{ width: 300 }} onSearch={setQuery} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <Table
        rowKey="id"
        loading={!rows}
        dataSource={rows}
        rowClassName={(r) => (r.overdue ? 'meeting-action-overdue' : '')}
        onRow={(r) => ({ style: r.overdue ? { background: '#fff1f0' } : undefined })}
        locale={{ emptyText: scope === 'overdue' ? '没有逾期的行动事项' : '没有行动事项' }}
        columns={[
          { title: '事项', dataIndex: 'content' },
          { title: '责任人', dataIndex: 'owner', width: 100 },
          {
            title: '完成时限',
            dataIndex: 'dueDate',
            width: 210,
            render: (d: string | null, r) => (
              <Space>
                <span style={{ whiteSpace: 'nowrap', ...(r.overdue ? { color: '#cf1322', fontWeight: 600 } : {}) }}>{d ?? '未定'}</span>
                {r.overdue && <Tag color="red">已逾期</Tag>}
              </Space>
            ),
          },
          {
            title: '状态',
            dataIndex: 'status',
            width: 130,
            render: (s: ActionStatus, r) => (
              <Permitted method="meetings.setActionStatus" otherwise="disable">
                <Select aria-label={`${r.content}的状态`} value={s} style={{ width: 110 }} options={ACTION_STATUSES.map((v) => ({ value: v, label: v }))} onChange={(v: ActionStatus) => void setStatus(r, v)} />
              </Permitted>
            ),
          },
          {
            title: '来自会议',
            width: 300,
            render: (_v, r) => (
              <a onClick={() => navigate(`/meetings/${r.meetingId}`)}>
                {r.meetingDate} {r.meetingTitle}
              </a>
            ),
          },
        ]}
      />
    </Space>
  );
}
