import { BookOutlined, CalendarOutlined, EditOutlined, UserSwitchOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { MaterialsPage } from './MaterialsPage';
import { PlanPage } from './PlanPage';
import { SessionEditPage } from './SessionEditPage';
import { StudyListPage } from './StudyListPage';

export const studyModule: UiModule = {
  name: 'study',
  nav: {
    key: 'study',
    icon: <BookOutlined />,
    label: '学习记录',
    children: [
      { key: '/study', label: '学习记录' },
      { key: '/study/plan', label: '年度学习计划' },
      { key: '/study/materials', label: '学习材料' },
    ],
  },
  pages: [
    { path: '/study', element: <StudyListPage /> },
    { path: '/study/plan', element: <PlanPage /> },
    { path: '/study/materials', element: <MaterialsPage /> },
    { path: '/study/:id', element: <SessionEditPage /> },
  ],
  home: { study: { label: '学习记录', icon: <BookOutlined />, kinds: { 'study-due': <CalendarOutlined />, 'makeup-owed': <UserSwitchOutlined />, 'stale-drafts': <EditOutlined /> } } },
};
