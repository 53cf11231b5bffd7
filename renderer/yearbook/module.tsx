import { BookOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { YearbookPage } from './YearbookPage';

export const yearbookModule: UiModule = {
  name: 'yearbook',
  nav: { key: '/yearbook', icon: <BookOutlined />, label: '年度工作台账' },
  pages: [{ path: '/yearbook', element: <YearbookPage />, needs: 'yearbook.build' }],
};
