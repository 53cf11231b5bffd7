/** The statistics as antd tables: every figure with its count, denominator and share. */
import { Table, Typography } from 'antd';
import type { Breakdown, StatsRow, ZoneStats } from '../../core/members/stats';

type Line = StatsRow & { key: string; kind: 'row' | 'total' | 'aggregate' };

export function BreakdownTable({ block, testId }: { block: Breakdown; testId?: string }) {
  const lines: Line[] = [
    ...block.rows.map((r) => ({ ...r, key: r.label, kind: 'row' as const })),
    ...(block.total ? [{ ...block.total, key: '合计', kind: 'total' as const }] : []),
    ...block.aggregates.map((r) => ({ ...r, key: `其中${r.label}`, label: `其中：${r.label}`, kind: 'aggregate' as const })),
  ];
  return (
    <Table<Line>
      data-testid={testId}
      size="small"
      bordered
      pagination={false}
      dataSource={lines}
      rowClassName={(line) => (line.kind === 'total' ? 'stats-total-row' : '')}
      columns={[
        {
          title: '项目',
          dataIndex: 'label',
          render: (label: string, line) => (line.kind === 'total' ? <Typography.Text strong>{label}</Typography.Text> : label),
        },
        { title: '人数', dataIndex: 'count', align: 'right', width: 90 },
        { title: '总人数', dataIndex: 'denominator', align: 'right', width: 90 },
        { title: '占比（%）', dataIndex: 'percent', align: 'right', width: 100 },
      ]}
      footer={block.total ? undefined : () => '一人可有多项，各项分别除以总人数，不作合计。'}
    />
  );
}

export function ZoneTable({ zones, total }: { zones: ZoneStats[]; total: ZoneStats }) {
  const rows = [...zones, total].map((z) => ({ ...z, key: `${z.zoneId}-${z.label}` }));
  return (
    <Table
      data-testid="stats-zones"
      size="small"
      bordered
      pagination={false}
      dataSource={rows}
      columns={[
        { title: '片区', dataIndex: 'label' },
        {
          title: '在册妇女',
          children: [
            { title: '人数', key: 'n', align: 'right', render: (_, z: ZoneStats) => z.members.count },
            { title: '占全部（%）', key: 'p', align: 'right', render: (_, z: ZoneStats) => z.members.percent },
          ],
        },
        {
          title: '45周岁及以上',
          children: [
            { title: '人数', key: 'n45', align: 'right', render: (_, z: ZoneStats) => z.age45plus.count },
            { title: '占本片区（%）', key: 'p45', align: 'right', render: (_, z: ZoneStats) => z.age45plus.percent },
          ],
        },
        {
          title: '大专及以上',
          children: [
            { title: '人数', key: 'nc', align: 'right', render: (_, z: ZoneStats) => z.collegePlus.count },
            { title: '占本片区（%）', key: 'pc', align: 'right', render: (_, z: ZoneStats) => z.collegePlus.percent },
          ],
        },
      ]}
    />
  );
}
