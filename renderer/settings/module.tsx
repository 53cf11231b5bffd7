import { SafetyCertificateOutlined, SettingOutlined } from '@ant-design/icons';
import { AuditPage } from '../audit/AuditPage';
import { BackupPage } from '../backup/BackupPage';
import type { UiModule } from '../modules/types';
import { OperatorsPage } from '../operators/OperatorsPage';
import { RecyclePage } from '../recycle/RecyclePage';
import { BasicInfoPage } from './BasicInfoPage';

/** 设置 gathers the app-wide pages (基本信息, backups, 回收站, operators, audit log). */
export const settingsModule: UiModule = {
  name: 'settings',
  nav: {
    key: 'settings',
    icon: <SettingOutlined />,
    label: '设置',
    children: [
      { key: '/settings/basic', label: '基本信息' },
      { key: '/settings/backup', label: '数据备份' },
      { key: '/settings/recycle', label: '回收站' },
      { key: '/settings/operators', label: '操作员' },
      { key: '/settings/audit', label: '操作日志' },
    ],
  },
  pages: [
    { path: '/settings/basic', element: <BasicInfoPage /> },
    { path: '/settings/backup', element: <BackupPage /> },
    { path: '/settings/recycle', element: <RecyclePage /> },
    { path: '/settings/operators', element: <OperatorsPage />, needs: 'operators.list' },
    { path: '/settings/audit', element: <AuditPage />, needs: 'audit.list' },
  ],
  home: { backup: { label: '数据备份', icon: <SafetyCertificateOutlined /> } },
};
