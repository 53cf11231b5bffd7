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
    { path: '/settings/basic', element: <BasicInfoPage />, help: '基本信息：社区妇联名称、所属街道、全宗号、联系人和妇联班子（主席、副主席、执委），打印的台账和档案都用这里的信息。' },
    { path: '/settings/backup', element: <BackupPage />, help: '数据备份：每天首次打开软件自动备份；这里可立即备份、备份到U盘、设置“备份也保存到”的文件夹，或从备份恢复。' },
    { path: '/settings/recycle', element: <RecyclePage />, help: '回收站：删除的成员和记录先放在这里，可以恢复；彻底删除后不可恢复。' },
    { path: '/settings/operators', element: <OperatorsPage />, needs: 'operators.list', help: '操作员：谁可以使用本软件（管理员、录入员、只读），可设密码和自动锁定。' },
    { path: '/settings/audit', element: <AuditPage />, needs: 'audit.list', help: '操作日志：每一次新增、修改、删除、导出、打印都记在这里，可筛选、导出。' },
  ],
  home: { backup: { label: '数据备份', icon: <SafetyCertificateOutlined /> } },
};
