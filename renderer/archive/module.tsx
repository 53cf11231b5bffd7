import { ContainerOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { HitView } from '../search/HitView';
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
    { path: '/archive', element: <ItemsPage />, help: '归档文件：已定稿的会议记录、学习记录和办结的议题一键归档（编档号，保存 PDF 快照），也可登记纸质文件。每年3月前把上一年的记录归档。' },
    { path: '/archive/items/:id', element: <ItemPage />, help: '档案条目：一件档案的档号、题名、责任者和 PDF 快照；档号一旦编定不再改变。' },
    { path: '/archive/boxes', element: <BoxesPage />, help: '档案盒：把归档文件装盒，打印盒脊、备考表。' },
    { path: '/archive/check', element: <CheckPage />, help: '年度检查：检查一年的档案是否齐全、是否都已装盒，列出缺少的。' },
    { path: '/archive/package', element: <PackagePage />, needs: 'archive.exportPackage', help: '档案包：导出一年的档案包（含目录、每件 PDF 和附件，可在任何浏览器打开），并可校验是否完整。' },
    { path: '/archive/settings', element: <SettingsPage />, help: '分类设置：档案的分类方案、机构（问题）和各类文件默认的保管期限。' },
  ],
  search: [
    {
      group: 'archive',
      label: '档案台账',
      icon: <ContainerOutlined />,
      renderHit: (hit) => <HitView hit={hit} subtitle={<span className="search-mono">{hit.subtitle}</span>} />,
    },
  ],
  home: { archive: { label: '档案台账', icon: <ContainerOutlined /> } },
};
