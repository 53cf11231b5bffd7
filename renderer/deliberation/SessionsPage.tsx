/**
 * 议事会: the 妇女议事会 sessions (meetings of that type) of a year with their 议题,
 * a quarter without any session flagged, and the 议程 / 公示 prints of each.
 * A session is created from a 议题 (列入议事会) or here; its record is the meeting's page.
 */
import { Alert, Button, Select, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { printRoute } from '../print/registry';
import { errorText } from '../records/run';

type Session = Awaited<ReturnType<typeof api.deliberation.sessions>>[number];

export function SessionsPage() {
  const navigate = useNavigate();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [sessions, setSessions] = useState<Session[]>();
  const [missing, setMissing] = useState<number[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    Promise.all([api.deliberation.sessions({ year }), api.deliberation.sessionQuarters({ year })]).then(
      ([s, q]) => {
        if (!current) return;
        setSessions(s);
        setMissing(q.filter((x) => x.missing).map((x) => x.quarter));
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [year]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          妇女议事会
        </Typography.Title>
        <Select aria-label="年度" style={{ width: 120 }} value={year} options={Array.from({ length: 6 }, (_x, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} onChange={(y: number) => setYear(y)} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {missing.length > 0 && <Alert type="warning" showIcon data-testid="quarters-without-session" message={`${year}年第${missing.map((q) => '一二三四'[q - 1]).join('、')}季度没有召开妇女议事会（一季一议）。`} />}
      <Table
        rowKey="id"
        dataSource={sessions}
        loading={!sessions && !error}
        pagination={false}
        locale={{ emptyText: `${year}年还没有妇女议事会：在议题页面“列入议事会”时可新建` }}
        columns={[
          { title: '日期', dataIndex: 'date', width: 120 },
          { title: '议事会', dataIndex: 'title', render: (t: string, s) => <a onClick={() => navigate(`/meetings/${s.id}`)}>{t}</a> },
          { title: '议题数', dataIndex: 'itemCount', width: 90 },
          {
            title: '打印',
            width: 260,
            render: (_v, s) => (
              <Space>
                <Button onClick={() => navigate(printRoute('deliberation-agenda', { meetingId: String(s.id) }))}>议程</Button>
                <Button onClick={() => navigate(printRoute('deliberation-gongshi', { meetingId: String(s.id) }))}>议事结果公示</Button>
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
