import { HomeOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { HomePage } from './HomePage';

export const homeModule: UiModule = {
  name: 'home',
  nav: { key: '/', icon: <HomeOutlined />, label: '首页' },
  pages: [{ path: '/', element: <HomePage />, help: '首页：本社区妇联的名称、所属街道、数据文件的位置和软件版本。' }],
};
