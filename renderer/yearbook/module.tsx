import { BookOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { YearbookPage } from './YearbookPage';

export const yearbookModule: UiModule = {
  name: 'yearbook',
  nav: { key: '/yearbook', icon: <BookOutlined />, label: '年度工作台账' },
  pages: [
    {
      path: '/yearbook',
      element: <YearbookPage />,
      needs: 'yearbook.build',
      help: '年度工作台账：选一个年度，把基本情况、妇女统计、会议、学习、议事会和归档汇成一份，打印（有封面和目录）或导出 Excel，供街道检查。',
    },
  ],
};
