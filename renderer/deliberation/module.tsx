import { CalendarOutlined, ClockCircleOutlined, CommentOutlined, EditOutlined, TeamOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { BoardPage } from './BoardPage';
import { FiguresPage } from './FiguresPage';
import { ItemPage } from './ItemPage';
import { ItemsPage } from './ItemsPage';
import { SessionsPage } from './SessionsPage';
import { UnitsPage } from './UnitsPage';

export const deliberationModule: UiModule = {
  name: 'deliberation',
  nav: {
    key: 'deliberation',
    icon: <TeamOutlined />,
    label: '妇女议事会',
    children: [
      { key: '/deliberation/items', label: '议题' },
      { key: '/deliberation/board', label: '看板' },
      { key: '/deliberation/sessions', label: '议事会' },
      { key: '/deliberation/figures', label: '统计' },
      { key: '/deliberation/units', label: '承办单位' },
    ],
  },
  pages: [
    { path: '/deliberation/items', element: <ItemsPage />, needs: 'deliberation.list' },
    { path: '/deliberation/items/:id', element: <ItemPage />, needs: 'deliberation.get' },
    { path: '/deliberation/board', element: <BoardPage />, needs: 'deliberation.board' },
    { path: '/deliberation/sessions', element: <SessionsPage />, needs: 'deliberation.sessions' },
    { path: '/deliberation/figures', element: <FiguresPage />, needs: 'deliberation.figures' },
    { path: '/deliberation/units', element: <UnitsPage />, needs: 'deliberation.units' },
  ],
  home: { deliberation: { label: '妇女议事会', icon: <CommentOutlined />, kinds: { 'overdue-items': <ClockCircleOutlined />, 'quarter-without-session': <CalendarOutlined />, 'stale-drafts': <EditOutlined /> } } },
};
