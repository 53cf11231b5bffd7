/**
 * 首页: what needs doing now (红 需要尽快处理, 橙 需要留意, 蓝 提醒), each entry a link
 * to the list or record; the last backup with 立即备份; this year's counts per
 * module; the way to the 年度检查表. One call (home.summary) builds it all.
 */
import { CheckCircleOutlined, TableOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, List, Row, Space, Statistic, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { HomeEntry, Severity } from '../../core/home/entry';
import type { HomeSummary } from '../../core/home/summary';
import { api } from '../api';
import { useBranch } from '../branch';
import { Permitted } from '../operators/access';
import { errorText } from '../records/run';
import { hrefOf } from './links';
import { iconOf, lookOf } from './look';

const GROUPS: Array<{ severity: Severity; title: string; color: string }> = [
  { severity: 'error', title: '需要尽快处理', color: 'red' },
  { severity: 'warning', title: '需要留意', color: 'orange' },
  { severity: 'info', title: '提醒', color: 'blue' },
];
const BACKUP_ALERT = { error: 'error', warning: 'warning', info: 'success' } as const;

export function HomePage() {
  const { info } = useBranch();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [summary, setSummary] = useState<HomeSummary>();
  const [error, setError] = useState<string>();
  const [backingUp, setBackingUp] = useState(false);
  const load = useCallback(() => {
    api.home.summary().then(
      (s) => (setSummary(s), setError(undefined)),
      (err: unknown) => setError(errorText(err)),
    );
  }, []);
  useEffect(load, [load]);

  const backup = async () => {
    setBackingUp(true);
    try {
      const made = await api.backup.create();
      message.success(`已备份：${made.name}`);
      load();
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBackingUp(false);
    }
  };

  const entriesOf = (severity: Severity) => summary?.entries.filter((e) => e.severity === severity) ?? [];
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      {info && !info.name && (
        <Alert
          type="info"
          showIcon
          message="尚未填写本社区妇联的名称：打印件和档号里会缺少单位信息。"
          action={<Button onClick={() => navigate('/settings/basic')}>填写基本信息</Button>}
        />
      )}
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {info?.name || '首页'}
          {summary && <Typography.Text type="secondary" style={{ fontSize: 16, marginLeft: 12, fontWeight: 'normal' }}>今天是{dayjs(summary.today).format('YYYY年M月D日')}</Typography.Text>}
        </Typography.Title>
        <Button icon={<TableOutlined />} size="large" onClick={() => navigate('/home/grid')}>
          年度检查表
        </Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {summary?.backup && (
        <Alert
          type={BACKUP_ALERT[summary.backup.severity]}
          showIcon
          message={`数据备份：${summary.backup.text}`}
          action={
            <Permitted method="backup.create">
              <Button type={summary.backup.severity === 'info' ? 'default' : 'primary'} loading={backingUp} onClick={() => void backup()}>
                立即备份
              </Button>
            </Permitted>
          }
        />
      )}
      {summary && !summary.entries.length && (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} message="目前没有需要处理的事项。" />
      )}
      {GROUPS.map(({ severity, title, color }) => {
        const entries = entriesOf(severity);
        if (!entries.length) return null;
        return (
          <Card key={severity} size="small" title={<Tag color={color} style={{ fontSize: 15, padding: '2px 10px' }}>{title}（{entries.length}）</Tag>} aria-label={title}>
            <List dataSource={entries} renderItem={(e) => <EntryItem entry={e} color={color} />} />
          </Card>
        );
      })}
      {summary && (
        <Card size="small" title={`${summary.year}年各项工作数量`}>
          <Row gutter={[16, 16]}>
            {summary.counts.map((c) => (
              <Col key={`${c.module}-${c.label}`} xs={12} md={8} lg={4}>
                <Link to={hrefOf(c.link)} aria-label={`${c.label} ${c.value}`}>
                  <Card hoverable size="small">
                    <Statistic title={<Space>{lookOf(c.module)?.icon}{c.label}</Space>} value={c.value} />
                  </Card>
                </Link>
              </Col>
            ))}
          </Row>
        </Card>
      )}
    </Space>
  );
}

function EntryItem({ entry, color }: { entry: HomeEntry; color: string }) {
  return (
    <List.Item>
      <Link to={hrefOf(entry.link)} style={{ fontSize: 16, display: 'flex', gap: 10, alignItems: 'center' }}>
        <span style={{ color, fontSize: 18 }} aria-hidden>
          {iconOf(entry.module, entry.kind)}
        </span>
        <span>{entry.text}</span>
      </Link>
      <Typography.Text type="secondary">{lookOf(entry.module)?.label}</Typography.Text>
    </List.Item>
  );
}
