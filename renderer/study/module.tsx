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
    { path: '/study', element: <StudyListPage />, help: '学习记录列表：每次集中学习、专题辅导等的记录，列出尚未补学的人；每月至少组织一次学习。' },
    { path: '/study/plan', element: <PlanPage />, help: '年度学习计划：按月列出计划学习的主题，并对照实际开展的学习，没有开展学习的月份会标出。' },
    { path: '/study/materials', element: <MaterialsPage />, help: '学习材料：文件、讲话等学习材料，可按标题或文号查找，可附文件，学习记录里引用。' },
    { path: '/study/:id', element: <SessionEditPage />, help: '学习记录：填写学习的主题、内容、主讲人、出席和请假（请假须写原因）、学时和心得，核对后定稿；缺席、请假的人可登记补学。' },
  ],
  search: [
    { group: 'study', label: '学习记录', icon: <BookOutlined /> },
    { group: 'materials', label: '学习材料', icon: <BookOutlined /> },
  ],
  home: { study: { label: '学习记录', icon: <BookOutlined />, kinds: { 'study-due': <CalendarOutlined />, 'makeup-owed': <UserSwitchOutlined />, 'stale-drafts': <EditOutlined /> } } },
};
