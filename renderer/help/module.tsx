import { QuestionCircleOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { ManualPage } from './ManualPage';

/** 使用说明: the offline manual, also opened from 帮助 in the header. */
export const helpModule: UiModule = {
  name: 'help',
  nav: { key: '/help', icon: <QuestionCircleOutlined />, label: '使用说明' },
  pages: [{ path: '/help', element: <ManualPage />, help: '使用说明：软件各部分做什么、一年的工作节奏（每月会议和学习、每季度议事会、3月归档、年底统计）和如何备份。' }],
};
