import { CalendarOutlined, ClockCircleOutlined, EditOutlined, FileTextOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { ActionsPage } from './ActionsPage';
import { MeetingEditPage } from './MeetingEditPage';
import { MeetingsPage } from './MeetingsPage';
import { TypesPage } from './TypesPage';

export const meetingsModule: UiModule = {
  name: 'meetings',
  nav: {
    key: 'meetings',
    icon: <FileTextOutlined />,
    label: '会议记录',
    children: [
      { key: '/meetings', label: '会议记录' },
      { key: '/meetings/actions', label: '行动事项' },
      { key: '/meetings/types', label: '会议类型' },
    ],
  },
  pages: [
    { path: '/meetings', element: <MeetingsPage /> },
    { path: '/meetings/actions', element: <ActionsPage /> },
    { path: '/meetings/types', element: <TypesPage /> },
    { path: '/meetings/:id', element: <MeetingEditPage /> },
  ],
  home: { meetings: { label: '会议记录', icon: <FileTextOutlined />, kinds: { 'overdue-actions': <ClockCircleOutlined />, 'meeting-due': <CalendarOutlined />, 'stale-drafts': <EditOutlined /> } } },
};
