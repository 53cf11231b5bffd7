/** ECharts options for the statistics page, built from the same rows the tables show. */
import type { Breakdown } from '../../core/members/stats';
import type { ChartOption } from '../charts/echarts';

const FONT = { fontSize: 14 };

export function barOption(title: string, block: Breakdown): ChartOption {
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
    tooltip: { trigger: 'axis', formatter: tooltip(block) },
    grid: { left: 48, right: 16, top: 48, bottom: 56 },
    xAxis: { type: 'category', data: block.rows.map((r) => r.label), axisLabel: { ...FONT, interval: 0, rotate: block.rows.length > 5 ? 30 : 0 } },
    yAxis: { type: 'value', minInterval: 1, name: '人数' },
    series: [
      {
        type: 'bar',
        data: block.rows.map((r) => r.count),
        itemStyle: { color: '#c2185b' },
        label: { show: true, position: 'top', ...FONT, formatter: (p: { dataIndex: number }) => `${block.rows[p.dataIndex]!.count}人` },
      },
    ],
  };
}

export function pieOption(title: string, block: Breakdown): ChartOption {
  return {
    title: { text: title, left: 'center', textStyle: { fontSize: 16 } },
    tooltip: { trigger: 'item', formatter: (p: { name: string }) => line(block, block.rows.findIndex((r) => r.label === p.name)) },
    legend: { bottom: 0, textStyle: FONT },
    series: [
      {
        type: 'pie',
        radius: ['25%', '50%'],
        top: 24,
        bottom: 40,
        data: block.rows.filter((r) => r.count > 0).map((r) => ({ name: r.label, value: r.count })),
        label: { ...FONT, formatter: (p: { name: string; value: number }) => `${p.name}\n${p.value}人` },
        center: ['50%', '48%'],
      },
    ],
  };
}

function line(block: Breakdown, index: number): string {
  const row = block.rows[index];
  return row ? `${row.label}：${row.count} / ${row.denominator} = ${row.percent}%` : '';
}

function tooltip(block: Breakdown) {
  return (params: Array<{ dataIndex: number }>) => line(block, params[0]?.dataIndex ?? -1);
}
