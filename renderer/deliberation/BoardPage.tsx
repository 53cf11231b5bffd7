/** 看板: this year's 议题 grouped by state, in the lifecycle's order; overdue ones flagged. */
import { Alert, Card, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { errorText } from '../records/run';
import { DueTag } from './tags';
import './deliberation.css';

type Board = Awaited<ReturnType<typeof api.deliberation.board>>;

export function BoardPage() {
  const navigate = useNavigate();
  const thisYear = dayjs().year();
  const [year, setYear] = useState<number | undefined>(thisYear);
  const [board, setBoard] = useState<Board>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    api.deliberation.board({ year, query: '' }).then(
      (b) => current && setBoard(b),
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
          议题看板
        </Typography.Title>
        <Select aria-label="年度" allowClear placeholder="全部年度" style={{ width: 120 }} value={year} options={Array.from({ length: 6 }, (_x, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} onChange={(y?: number) => setYear(y)} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      <div className="delib-board" data-testid="delib-board">
        {board?.columns.map((c) => (
          <Card key={c.state} size="small" className="delib-board-column" title={`${c.state}（${c.items.length}）`} data-testid={`board-${c.state}`}>
            {c.items.map((i) => (
              <Card key={i.id} size="small" hoverable className="delib-board-card" onClick={() => navigate(`/deliberation/items/${i.id}`)}>
                <div className="delib-board-code">{i.code}</div>
                <div className="delib-board-title">{i.title}</div>
                <div className="delib-board-meta">
                  {i.category} · {i.proposer.name}
                  {i.mainUnit ? ` · ${i.mainUnit.name}` : ''}
                </div>
                <DueTag due={i.due} dueOn={i.dueOn} />
              </Card>
            ))}
          </Card>
        ))}
      </div>
    </Space>
  );
}
