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
    { path: '/meetings', element: <MeetingsPage />, help: '会议记录列表：按年份查看执委会议、工作例会等会议记录，按模板新建；每月的执委会议记得及时登记。' },
    { path: '/meetings/actions', element: <ActionsPage />, help: '行动事项：各次会议定下的事情由谁负责、何时完成，逾期的标出，可随时更新完成状态。' },
    { path: '/meetings/types', element: <TypesPage />, help: '会议类型：各类会议的召开频次（每月、每季度……），首页和年度检查表据此提醒该开的会。' },
    { path: '/meetings/:id', element: <MeetingEditPage />, help: '会议记录：填写会议的时间、地点、参会人员、议题发言、决议和行动事项，先保存草稿，核对无误后定稿；定稿后只能添加“更正”。可打印会议记录和签到表。' },
  ],
  search: [{ group: 'meetings', label: '会议记录', icon: <FileTextOutlined /> }],
  home: { meetings: { label: '会议记录', icon: <FileTextOutlined />, kinds: { 'overdue-actions': <ClockCircleOutlined />, 'meeting-due': <CalendarOutlined />, 'stale-drafts': <EditOutlined /> } } },
};
