import { HomeOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { GridPage } from './GridPage';
import { HomePage } from './HomePage';

export const homeModule: UiModule = {
  name: 'home',
  nav: { key: '/', icon: <HomeOutlined />, label: '首页' },
  pages: [
    { path: '/', element: <HomePage />, help: '首页：现在要办的事（逾期的行动事项和议题、本月该开的会和该学的习、该归档的记录、备份情况），点一条直接打开；下面是今年各项工作的数量。' },
    { path: '/home/grid', element: <GridPage />, needs: 'home.yearGrid', help: '年度检查表：按季度列出各类会议、学习、议事会、议题和归档的应有数和实有数，缺的标红；点格子查看对应记录。' },
  ],
};
