import { TeamOutlined } from '@ant-design/icons';
import { lazy } from 'react';
import type { UiModule } from '../modules/types';
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
    { path: '/members', element: <RosterPage /> },
    { path: '/members/import', element: <ImportPage />, needs: 'members.importCommit' },
    { path: '/members/stats', element: <StatsPage /> },
  ],
  home: { members: { label: '妇女花名册', icon: <TeamOutlined /> } },
};
