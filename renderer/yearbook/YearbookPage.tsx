/**
 * 年度工作台账: choose a year, see what each part will hold, then 打印预览 (the 目录's
 * page numbers are counted first, core/yearbook/pdf.ts) or 导出 Excel (one sheet per part).
 */
import { Alert, App, Button, Card, Col, Row, Select, Space, Spin, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Yearbook } from '../../core/yearbook/build';
import { partHeading, YEARBOOK_PARTS, type YearbookPartKey } from '../../core/yearbook/parts';
import { api } from '../api';
import { saveFile } from '../files';
import { useAccess } from '../operators/access';
import { printRoute } from '../print/registry';
import { errorText } from '../records/run';

/** What each part will show, in a line or two of figures. */
function partFigures(y: Yearbook): Record<YearbookPartKey, Array<[string, string | number]>> {
  const f = y.deliberation.figures.yearly;
  return {
    branch: [
      ['单位', y.branch.name || '（未填写）'],
      ['妇联班子成员', `${y.officers.length}人`],
    ],
    members: [
      ['在册妇女', `${y.members.total}人`],
      ['45周岁及以上', `${y.members.age45plus.count}人（${y.members.age45plus.percent}%）`],
    ],
    meetings: [
      ['会议', `${y.meetings.total}次`],
      ...y.meetings.byType.filter((t) => t.meetings.length).map((t): [string, string] => [t.typeName, `${t.meetings.length}次`]),
    ],
    study: [
      ['学习', `${y.study.summary.sessions}次`],
      ['累计学时', y.study.summary.hours],
      ['未补学', `${y.study.summary.makeupOwed}人次`],
    ],
    deliberation: [
      ['提出议题', `${f.raised}项`],
      ['办结', `${f.closed}项`],
      ['满意率', f.satisfaction.rate === null ? '—' : `${f.satisfaction.rate.toFixed(1)}%`],
    ],
    archive: [
      ['归档', `${y.archive.total}件`],
      ['页数', y.archive.pages],
    ],
  };
}

export function YearbookPage() {
  const navigate = useNavigate();
  const { message } = App.useApp();
  const { may } = useAccess();
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [loaded, setLoaded] = useState<Yearbook>();
  // While another year loads, the last one's figures are not shown as if they were its.
  const yearbook = loaded?.year === year ? loaded : undefined;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<'print' | 'xlsx' | null>(null);

  useEffect(() => {
    let current = true;
    api.yearbook.build({ year }).then(
      (y) => current && (setLoaded(y), setError(undefined)),
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [year]);

  const preview = async () => {
    setBusy('print');
    try {
      const { starts } = await api.yearbook.pages({ year });
      navigate(printRoute('yearbook', { year: String(year), pages: starts.join(',') }));
    } catch (err) {
      // The preview still works; only the 目录 lacks its page numbers.
      message.warning(`目录页码未能计算（${errorText(err)}），目录将只列出各部分。`);
      navigate(printRoute('yearbook', { year: String(year) }));
    } finally {
      setBusy(null);
    }
  };

  const exportXlsx = async () => {
    setBusy('xlsx');
    try {
      const file = await api.yearbook.exportXlsx({ year });
      const result = await saveFile(file.fileName, file.base64);
      if (result.saved) message.success(`已导出：${file.fileName}`);
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(null);
    }
  };

  const figures = yearbook && partFigures(yearbook);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Space wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            年度工作台账
          </Typography.Title>
          <Select aria-label="年度" style={{ width: 120 }} value={year} options={Array.from({ length: 8 }, (_x, i) => ({ value: thisYear - i, label: `${thisYear - i}年` }))} onChange={(y: number) => setYear(y)} />
        </Space>
        <Space wrap>
          <Button type="primary" size="large" loading={busy === 'print'} disabled={!yearbook || busy !== null} onClick={() => void preview()}>
            打印预览
          </Button>
          {may('yearbook.exportXlsx') && (
            <Button size="large" loading={busy === 'xlsx'} disabled={!yearbook || busy !== null} onClick={() => void exportXlsx()}>
              导出 Excel
            </Button>
          )}
        </Space>
      </Space>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        街道检查时要看的全年台账：封面、目录，以及下面六个部分，每部分另起一页；导出的 Excel 每部分一张工作表。身份证号和电话一律不出现。
        {busy === 'print' && '正在排版，计算目录页码……'}
      </Typography.Paragraph>
      {error && <Alert type="error" showIcon message={error} />}
      {!yearbook && !error && <Spin />}
      {yearbook && figures && (
        <Row gutter={[16, 16]} data-testid="yearbook-parts">
          {YEARBOOK_PARTS.map((p, i) => (
            <Col key={p.key} xs={24} md={12} xl={8}>
              <Card title={partHeading(i)} size="small" data-part={p.key}>
                <Space wrap size={24}>
                  {figures[p.key].map(([label, value]) => (
                    <Statistic key={label} title={label} value={value} valueStyle={{ fontSize: 20 }} />
                  ))}
                </Space>
              </Card>
            </Col>
          ))}
        </Row>
      )}
      {yearbook && (
        <Typography.Text type="secondary">
          统计截止日期 {yearbook.asOf}（往年为12月31日，本年为今天）；{yearbook.members.basis}
        </Typography.Text>
      )}
    </Space>
  );
}
