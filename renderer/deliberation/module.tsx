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
    { path: '/deliberation/items', element: <ItemsPage />, needs: 'deliberation.list', help: '议题：妇女群众提出的事情，从收集、研判、上议事会、交办、落实到反馈、回访、办结，超期的标出。' },
    { path: '/deliberation/items/:id', element: <ItemPage />, needs: 'deliberation.get', help: '议题详情：这个议题办理到哪一步，每一步的时间线；按顺序办理下一步，打印办理反馈单。' },
    { path: '/deliberation/board', element: <BoardPage />, needs: 'deliberation.board', help: '看板：各环节的议题一目了然，哪些待研判、待回访、超期。' },
    { path: '/deliberation/sessions', element: <SessionsPage />, needs: 'deliberation.sessions', help: '议事会：每季度召开的妇女议事会，打印议程和议事结果公示。' },
    { path: '/deliberation/figures', element: <FiguresPage />, needs: 'deliberation.figures', help: '统计：按季度和年度统计议题的提出、办结和满意情况，附口径说明，可打印。' },
    { path: '/deliberation/units', element: <UnitsPage />, needs: 'deliberation.units', help: '承办单位：交办议题的单位和联系人，交办时从这里选。' },
  ],
  search: [{ group: 'deliberation', label: '妇女议事会 · 议题', icon: <TeamOutlined /> }],
  home: { deliberation: { label: '妇女议事会', icon: <CommentOutlined />, kinds: { 'overdue-items': <ClockCircleOutlined />, 'quarter-without-session': <CalendarOutlined />, 'stale-drafts': <EditOutlined /> } } },
};
