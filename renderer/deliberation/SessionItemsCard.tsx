/**
 * On a 妇女议事会's meeting page: the 议题 put on this session, each with its vote and
 * 决议 as the deliberation module holds them (one source of truth: the meeting keeps
 * no copy), and the 议程 / 公示 prints.
 */
import { Button, Card, Space, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { printRoute } from '../print/registry';
import { StillActive } from '../records/read-only';
import { StateTag } from './tags';

type Session = Awaited<ReturnType<typeof api.deliberation.sessionItems>>;

export function SessionItemsCard({ meetingId }: { meetingId: number }) {
  const navigate = useNavigate();
  const [session, setSession] = useState<Session>();
  useEffect(() => {
    let current = true;
    void api.deliberation.sessionItems({ meetingId }).then((s) => current && setSession(s), () => undefined);
    return () => {
      current = false;
    };
  }, [meetingId]);
  if (!session) return null;
  return (
    <Card
      title={`本次议事会的议题（${session.items.length} 项）`}
      data-testid="session-items"
      extra={
        <StillActive>
          <Space>
            <Button onClick={() => navigate(printRoute('deliberation-agenda', { meetingId: String(meetingId) }))}>打印议程</Button>
            <Button onClick={() => navigate(printRoute('deliberation-gongshi', { meetingId: String(meetingId) }))}>打印议事结果公示</Button>
          </Space>
        </StillActive>
      }
    >
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={session.items}
        locale={{ emptyText: '还没有议题列入本次议事会：在议题页面点“列入议事会”' }}
        onRow={(i) => ({ onClick: () => navigate(`/deliberation/items/${i.id}`), style: { cursor: 'pointer' } })}
        columns={[
          { title: '编号', dataIndex: 'code', width: 120 },
          { title: '议题', dataIndex: 'title' },
          {
            title: '表决',
            width: 300,
            render: (_v, i) =>
              i.vote ? (
                <span>
                  实到{i.vote.present}人：同意{i.vote.yes}，反对{i.vote.no}，弃权{i.vote.abstain} <Tag color={i.vote.passed ? 'green' : 'red'}>{i.vote.passed ? '通过' : '未通过'}</Tag>
                </span>
              ) : (
                '尚未表决'
              ),
          },
          { title: '决议', render: (_v, i) => i.vote?.resolution ?? '' },
          { title: '状态', width: 110, render: (_v, i) => <StateTag state={i.state} /> },
        ]}
      />
    </Card>
  );
}
