import { ApartmentOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { DistrictPage } from './DistrictPage';

export const reportingModule: UiModule = {
  name: 'reporting',
  nav: { key: '/district', icon: <ApartmentOutlined />, label: '街道汇总' },
  pages: [{ path: '/district', element: <DistrictPage />, help: '街道汇总：街道妇联导入各社区报来的上报包，查看已报和应报社区，得到汇总统计表。' }],
};
