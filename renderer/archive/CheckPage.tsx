/**
 * 年度检查: what is still to do before the inspector comes — records not filed or
 * still drafts, 件号 gaps, items without 题名 / 页数, files missing or changed,
 * items not in a box, boxes that mix categories, 更正 after filing. Each finding
 * links to the record, item or box where it is fixed.
 */
import { Alert, Button, Card, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { FindingKind } from '../../core/archive/check';
import { api } from '../api';
import { errorText } from '../records/run';
import { recordRoute } from './links';
import { yearOptions } from './options';
import { useArchiveYear } from './useArchiveYear';

type Check = Awaited<ReturnType<typeof api.archive.check>>;

export function CheckPage() {
  const navigate = useNavigate();
  const { year, years, setYear } = useArchiveYear();
  const [runs, setRuns] = useState(0);
  // The answer to which run (year + 重新检查): an older one is not shown as the current year's.
  const [answer, setAnswer] = useState<{ run: string; check?: Check; error?: string }>();
  const run = `${year}/${runs}`;
  const check = answer?.run === run ? answer.check : undefined;
  const error = answer?.run === run ? answer.error : undefined;

  useEffect(() => {
    let current = true;
    api.archive.check({ year }).then(
      (c) => current && setAnswer({ run: `${year}/${runs}`, check: c }),
      (err: unknown) => current && setAnswer({ run: `${year}/${runs}`, error: errorText(err) }),
    );
    return () => {
      current = false;
    };
  }, [year, runs]);

  const kinds = check ? (Object.keys(check.titles) as FindingKind[]).filter((k) => check.counts[k] > 0) : [];

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          年度归档检查
        </Typography.Title>
        <Space>
          <Select aria-label="年度" style={{ width: 120 }} value={year} options={yearOptions(years)} onChange={(y: number) => setYear(y)} />
          <Button size="large" onClick={() => setRuns((n) => n + 1)} loading={!check && !error}>
            重新检查
          </Button>
        </Space>
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {check && (
        <Alert
          type={check.ok ? 'success' : 'warning'}
          showIcon
          data-testid="check-summary"
          message={check.ok ? `${year}年的归档检查通过：共${check.itemCount}件，没有发现问题。` : `${year}年共${check.itemCount}件，发现${check.findings.length}个问题：`}
          description={
            !check.ok && (
              <Space wrap>
                {kinds.map((k) => (
                  <Tag key={k} color="orange" style={{ fontSize: 15, padding: '2px 8px' }}>
                    {check.titles[k]} {check.counts[k]}
                  </Tag>
                ))}
              </Space>
            )
          }
        />
      )}
      {kinds.map((k) => (
        <Card key={k} size="small" title={`${check!.titles[k]}（${check!.counts[k]}）`} data-testid={`check-${k}`}>
          <List
            size="small"
            dataSource={check!.findings.filter((f) => f.kind === k)}
            renderItem={(f) => {
              const route = recordRoute(f.target);
              return (
                <List.Item actions={route ? [<a key="open" onClick={() => navigate(route)}>去处理</a>] : []}>
                  <span style={{ fontSize: 15 }}>{f.message}</span>
                </List.Item>
              );
            }}
          />
        </Card>
      ))}
    </Space>
  );
}
