/** 统计: the quarterly and yearly figures of issue 13 item 8, each rate with both of its numbers, the 口径 line; printable. */
import { Alert, Button, Select, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { printRoute } from '../print/registry';
import { FiguresTables } from '../print/documents/deliberation-figures-tables';
import { errorText } from '../records/run';
import './deliberation-print.css';

type Figures = Awaited<ReturnType<typeof api.deliberation.figures>>;

export function FiguresPage() {
  const navigate = useNavigate();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [figures, setFigures] = useState<Figures>();
  const [missing, setMissing] = useState<number[]>([]);
  const [error, setError] = useState<string>();
  useEffect(() => {
    let current = true;
    Promise.all([api.deliberation.figures({ year }), api.deliberation.sessionQuarters({ year })]).then(
      ([f, q]) => current && (setFigures(f), setMissing(q.filter((x) => x.missing).map((x) => x.quarter)), setError(undefined)),
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [year]);

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            议事统计
          </Typography.Title>
          <Select aria-label="年度" style={{ width: 120 }} value={year} options={Array.from({ length: 6 }, (_x, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} onChange={(y: number) => setYear(y)} />
        </Space>
        <Space wrap>
          <Button size="large" onClick={() => navigate(printRoute('deliberation-figures', { year: String(year) }))}>
            打印统计表
          </Button>
          <Button size="large" onClick={() => navigate(printRoute('deliberation-opinions', { from: `${year}-01-01`, to: `${year}-12-31` }))}>
            打印{year}年妇女舆情汇总表
          </Button>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {missing.length > 0 && <Alert type="warning" showIcon data-testid="quarters-without-session" message={`${year}年第${missing.map((q) => '一二三四'[q - 1]).join('、')}季度没有召开妇女议事会（一季一议）。`} />}
      {figures && (
        <div className="delib-figures-screen">
          <FiguresTables figures={figures} />
        </div>
      )}
    </Space>
  );
}
