import { ApartmentOutlined } from '@ant-design/icons';
import type { UiModule } from '../modules/types';
import { DistrictPage } from './DistrictPage';

export const reportingModule: UiModule = {
  name: 'reporting',
  nav: { key: '/district', icon: <ApartmentOutlined />, label: '街道汇总' },
  pages: [{ path: '/district', element: <DistrictPage /> }],
};
