/**
 * 妇女花名册 → 基本情况统计: figures as of 统计截止日期 (default today), charts, a table
 * for every breakdown with its denominator, 导出Excel and 打印统计表.
 */
import { Alert, App, Button, Card, Col, DatePicker, Row, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { MemberStats, StatsRow } from '../../core/members/stats';
import { api } from '../api';
import { Permitted } from '../operators/access';
import { EChart } from '../charts/EChart';
import { saveFile } from '../files';
import { printRoute } from '../print/registry';
import { barOption, pieOption } from './stats-charts';
import { BreakdownTable, ZoneTable } from './stats-tables';
import { ExportPackageButton } from '../reporting/ExportPackageButton';

const ISO = 'YYYY-MM-DD';

export function StatsPage() {
  const [search, setSearch] = useSearchParams();
  // Without ?asOf the core picks today: its clock decides, so page and core never disagree about the date.
  const requested = search.get('asOf') ?? '';
  const [loaded, setLoaded] = useState<{ requested: string; stats: MemberStats } | null>(null);
  const [failure, setFailure] = useState<{ requested: string; message: string } | null>(null);
  const [exporting, setExporting] = useState(false);
  const navigate = useNavigate();
  const { message } = App.useApp();

  useEffect(() => {
    let current = true;
    api.members.stats({ asOf: requested || undefined }).then(
      (stats) => current && setLoaded({ requested, stats }),
      (err: unknown) => current && setFailure({ requested, message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      current = false;
    };
  }, [requested]);

  const stats = loaded?.stats ?? null;
  const loading = !loaded || loaded.requested !== requested;
  const error = failure?.requested === requested ? failure.message : null;
  const asOf = requested || stats?.asOf || dayjs().format(ISO);

  const pickDate = (date: Dayjs | null) => date && setSearch({ asOf: date.format(ISO) }, { replace: true });

  const exportExcel = async () => {
    setExporting(true);
    try {
      const file = await api.members.exportStats({ asOf });
      const saved = await saveFile(file.fileName, file.base64);
      if (saved.saved) message.success(`已导出：${saved.path ?? file.fileName}`);
    } catch (err) {
      message.error(err instanceof Error ? err.message : '导出失败');
    } finally {
      setExporting(false);
    }
  };

  return (
    <Card
      title="妇女基本情况统计"
      extra={
        <Space wrap>
          <label htmlFor="stats-as-of">统计截止日期：</label>
          <DatePicker
            id="stats-as-of"
            value={dayjs(asOf, ISO)}
            onChange={pickDate}
            allowClear={false}
            format="YYYY年M月D日"
            disabledDate={(d) => d.isAfter(dayjs(), 'day')}
            size="large"
            style={{ width: 190 }}
          />
          <Permitted method="members.exportStats">
            <Button size="large" onClick={exportExcel} loading={exporting} disabled={loading}>
              导出Excel
            </Button>
          </Permitted>
          <Permitted method="reporting.exportPackage">
            <ExportPackageButton asOf={asOf} disabled={loading} />
          </Permitted>
          <Button type="primary" size="large" onClick={() => navigate(printRoute('members-stats', { asOf }))} disabled={loading}>
            打印统计表
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
      {stats ? <StatsBody stats={stats} stale={loading} /> : !error && <Spin tip="正在统计……" />}
    </Card>
  );
}

function StatsBody({ stats, stale }: { stats: MemberStats; stale: boolean }) {
  const charts = useMemo(
    () => ({
      age: barOption('年龄结构', stats.age),
      education: barOption('文化程度', stats.education),
      political: pieOption('政治面貌', stats.political),
    }),
    [stats],
  );
  return (
    <Spin spinning={stale} tip="正在统计……">
      <Space direction="vertical" size="large" style={{ width: '100%' }}>
        <Row gutter={16}>
          <Col span={8}>
            <Figure title="在册妇女总数" testId="stats-total" value={`${stats.total}人`} note={`截至${dayjs(stats.asOf).format('YYYY年M月D日')}`} />
          </Col>
          <Col span={8}>
            <ShareFigure testId="stats-age45" row={stats.age45plus} />
          </Col>
          <Col span={8}>
            <ShareFigure testId="stats-college" row={stats.collegePlus} />
          </Col>
        </Row>
        {stats.excludedMen > 0 && (
          <Alert
            type="warning"
            showIcon
            message={`花名册中有${stats.excludedMen}条男性记录，未计入统计，请核对。`}
          />
        )}
        <Row gutter={16}>
          <Col span={8}>
            <EChart option={charts.age} label="年龄结构柱状图" />
          </Col>
          <Col span={8}>
            <EChart option={charts.education} label="文化程度柱状图" />
          </Col>
          <Col span={8}>
            <EChart option={charts.political} label="政治面貌饼图" />
          </Col>
        </Row>
        <Row gutter={[24, 24]}>
          {[stats.age, stats.education, stats.political, stats.ethnicity, stats.marital, stats.ethnicGroups, stats.roles, stats.tags].map((block) => (
            <Col key={block.title} xs={24} xl={12}>
              <Typography.Title level={5}>{block.title}</Typography.Title>
              <BreakdownTable block={block} testId={`stats-table-${block.title}`} />
            </Col>
          ))}
        </Row>
        <div>
          <Typography.Title level={5}>分片区情况</Typography.Title>
          <ZoneTable zones={stats.zones} total={stats.zonesTotal} />
        </div>
        <Typography.Paragraph type="secondary" data-testid="stats-basis">
          {stats.basis}
        </Typography.Paragraph>
      </Space>
    </Spin>
  );
}

function Figure({ title, value, note, testId }: { title: string; value: string; note: string; testId: string }) {
  return (
    <Card size="small" data-testid={testId}>
      <Typography.Text type="secondary">{title}</Typography.Text>
      <div style={{ fontSize: 28, fontWeight: 600, margin: '4px 0' }}>{value}</div>
      <Typography.Text type="secondary">{note}</Typography.Text>
    </Card>
  );
}

/** “45周岁及以上 6 / 13 = 46.2%”: the share never without its count and denominator. */
function ShareFigure({ row, testId }: { row: StatsRow; testId: string }) {
  return <Figure title={row.label} testId={testId} value={`${row.percent}%`} note={`${row.count}人 / ${row.denominator}人 = ${row.percent}%`} />;
}
