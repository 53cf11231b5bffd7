import { HomeOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { GridPage } from './GridPage';
import { HomePage } from './HomePage';

export const homeModule: UiModule = {
  name: 'home',
  nav: { key: '/', icon: <HomeOutlined />, label: '首页' },
  pages: [
    { path: '/', element: <HomePage /> },
    { path: '/home/grid', element: <GridPage />, needs: 'home.yearGrid' },
  ],
};
