import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { UiModule } from '../modules/types';
import { HitView } from '../search/HitView';
import { ImportPage } from './ImportPage';
import { RosterPage } from './RosterPage';

// Loaded when first opened: the statistics page brings ECharts, which nothing else needs.
const StatsPage = lazy(() => import('./StatsPage').then((m) => ({ default: m.StatsPage })));

export const membersModule: UiModule = {
  name: 'members',
  nav: {
    key: 'members',
    icon: <TeamOutlined />,
    label: '妇女花名册',
    children: [
      { key: '/members', label: '花名册' },
      { key: '/members/import', label: '导入花名册' },
      { key: '/members/stats', label: '基本情况统计' },
    ],
  },
  pages: [
    { path: '/members', element: <RosterPage />, help: '花名册：查找、新增和修改妇女成员。按姓名、拼音首字母（如 zhl）、证件或电话尾号搜索，按片区、身份、标签筛选；身份证号和电话默认打码。可导出 Excel、打印花名册。' },
    { path: '/members/import', element: <ImportPage />, needs: 'members.importCommit', help: '导入花名册：选择现有的 Excel / WPS 表格，先逐条列出有问题的行（行号与表格一致），确认后一次写入。' },
    { path: '/members/stats', element: <StatsPage />, help: '基本情况统计：按统计截止日期计算年龄、文化程度、政治面貌等各项人数和占比，可打印、导出 Excel，年底统计和上报时用。' },
  ],
  search: [
    {
      group: 'members',
      label: '妇女花名册',
      icon: <TeamOutlined />,
      // The masked 身份证号 in a fixed-width font, so the stars read as a mask.
      renderHit: (hit) => <HitView hit={hit} subtitle={<span className="search-mono">{hit.subtitle}</span>} />,
    },
  ],
  home: { members: { label: '妇女花名册', icon: <TeamOutlined /> } },
};
