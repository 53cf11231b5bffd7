import { ContainerOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { BoxesPage } from './BoxesPage';
import { CheckPage } from './CheckPage';
import { ItemPage } from './ItemPage';
import { ItemsPage } from './ItemsPage';
import { PackagePage } from './PackagePage';
import { SettingsPage } from './SettingsPage';

export const archiveModule: UiModule = {
  name: 'archive',
  nav: {
    key: 'archive',
    icon: <ContainerOutlined />,
    label: '档案台账',
    children: [
      { key: '/archive', label: '归档文件' },
      { key: '/archive/boxes', label: '档案盒' },
      { key: '/archive/check', label: '年度检查' },
      { key: '/archive/package', label: '档案包' },
      { key: '/archive/settings', label: '分类设置' },
    ],
  },
  pages: [
    { path: '/archive', element: <ItemsPage /> },
    { path: '/archive/items/:id', element: <ItemPage /> },
    { path: '/archive/boxes', element: <BoxesPage /> },
    { path: '/archive/check', element: <CheckPage /> },
    { path: '/archive/package', element: <PackagePage />, needs: 'archive.exportPackage' },
    { path: '/archive/settings', element: <SettingsPage /> },
  ],
  home: { archive: { label: '档案台账', icon: <ContainerOutlined /> } },
};
