/** The window's frame: left navigation (only modules that exist), header with the branch name, and the pages. */
import { ApartmentOutlined, BookOutlined, FileTextOutlined, HomeOutlined, SettingOutlined, TeamOutlined } from '@ant-design/icons';
import { Alert, Layout, Menu, Spin, Typography, type MenuProps } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { apiAvailable } from './api';
import { AuditPage } from './audit/AuditPage';
import { BackupPage } from './backup/BackupPage';
import { useBranch } from './branch';
import { HomePage } from './home/HomePage';
import { ActionsPage } from './meetings/ActionsPage';
import { MeetingEditPage } from './meetings/MeetingEditPage';
import { MeetingsPage } from './meetings/MeetingsPage';
import { ImportPage } from './members/ImportPage';
import { RosterPage } from './members/RosterPage';
import { useAccess, type MethodName } from './operators/access';
import { OperatorsPage } from './operators/OperatorsPage';
import { SessionGate } from './operators/session';
import { SessionControl } from './operators/SessionControl';
import { RecyclePage } from './recycle/RecyclePage';
import { BasicInfoPage } from './settings/BasicInfoPage';
import { MaterialsPage } from './study/MaterialsPage';
import { PlanPage } from './study/PlanPage';
import { SessionEditPage } from './study/SessionEditPage';
import { StudyListPage } from './study/StudyListPage';
import { DistrictPage } from './reporting/DistrictPage';

// Loaded when first opened: the statistics page brings ECharts, which nothing else needs.
const StatsPage = lazy(() => import('./members/StatsPage').then((m) => ({ default: m.StatsPage })));

interface NavEntry {
  key: string;
  icon?: ReactNode;
  label: string;
  children?: NavEntry[];
}

const NAV: NavEntry[] = [
  { key: '/', icon: <HomeOutlined />, label: '首页' },
  {
    key: 'members',
    icon: <TeamOutlined />,
    label: '妇女花名册',
    children: [
      { key: '/members', label: '花名册' },
      { key: '/members/import', label: '导入花名册' },
      { key: '/members/stats', label: '基本情况统计' },
    ],
  },
  {
    key: 'meetings',
    icon: <FileTextOutlined />,
    label: '会议记录',
    children: [
      { key: '/meetings', label: '会议记录' },
      { key: '/meetings/actions', label: '行动事项' },
    ],
  },
  { key: '/district', icon: <ApartmentOutlined />, label: '街道汇总' },
  {
    key: 'study',
    icon: <BookOutlined />,
    label: '学习记录',
    children: [
      { key: '/study', label: '学习记录' },
      { key: '/study/plan', label: '年度学习计划' },
      { key: '/study/materials', label: '学习材料' },
    ],
  },
  {
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
];

/** Pages the operator's role cannot use at all stay out of the menu (renderer/operators/access.tsx). */
const PAGE_NEEDS: Record<string, MethodName> = {
  '/members/import': 'members.importCommit',
  '/settings/operators': 'operators.list',
  '/settings/audit': 'audit.list',
};

function navFor(may: (method: MethodName) => boolean): MenuProps['items'] {
  const allowed = (entry: NavEntry) => !PAGE_NEEDS[entry.key] || may(PAGE_NEEDS[entry.key]!);
  const item = ({ key, icon, label, children }: NavEntry): NonNullable<MenuProps['items']>[number] =>
    children ? { key, icon, label, children: children.filter(allowed).map(item) } : { key, icon, label };
  return NAV.map(item);
}

/** The lock screen stands in front of the frame while the app is locked (renderer/operators). */
export function AppShell() {
  return (
    <SessionGate>
      <AppFrame />
    </SessionGate>
  );
}

function AppFrame() {
  const { info, error } = useBranch();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { may } = useAccess();

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={200} theme="light" style={{ borderRight: '1px solid #f0f0f0' }}>
        <div style={{ padding: '18px 16px', fontWeight: 600, fontSize: 17, color: '#c2185b' }}>社区妇联工作台账</div>
        <Menu
          mode="inline"
          items={navFor(may)}
          selectedKeys={[pathname]}
          defaultOpenKeys={['members', 'meetings', 'study', 'settings']}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#fff', borderBottom: '1px solid #f0f0f0', padding: '0 24px', display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}
        >
          <Typography.Title level={4} style={{ margin: '16px 0' }} data-testid="branch-name">
            {info?.name || '（尚未填写社区妇联名称）'}
          </Typography.Title>
          <SessionControl />
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {!apiAvailable && (
            <Alert type="error" showIcon message="未连接到数据服务：请通过桌面程序或 npm run web 打开本页面。" />
          )}
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 48 }} />}>
          <Routes>
            <Route path="/" element={<HomePage />} />
            <Route path="/members" element={<RosterPage />} />
            <Route path="/members/import" element={<ImportPage />} />
            <Route path="/members/stats" element={<StatsPage />} />
            <Route path="/meetings" element={<MeetingsPage />} />
            <Route path="/meetings/actions" element={<ActionsPage />} />
            <Route path="/meetings/:id" element={<MeetingEditPage />} />
            <Route path="/study" element={<StudyListPage />} />
            <Route path="/study/plan" element={<PlanPage />} />
            <Route path="/study/materials" element={<MaterialsPage />} />
            <Route path="/study/:id" element={<SessionEditPage />} />
            <Route path="/district" element={<DistrictPage />} />
            <Route path="/settings/basic" element={<BasicInfoPage />} />
            <Route path="/settings/backup" element={<BackupPage />} />
            <Route path="/settings/recycle" element={<RecyclePage />} />
            <Route path="/settings/operators" element={<OperatorsPage />} />
            <Route path="/settings/audit" element={<AuditPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
