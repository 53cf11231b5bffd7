/** The window's frame: left navigation (only modules that exist), header with the branch name, and the pages. */
import { Alert, Layout, Menu, Space, Spin, Typography, type MenuProps } from 'antd';
import { Suspense } from 'react';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { apiAvailable } from './api';
import { useBranch } from './branch';
import { FontSizeToggle } from './font/FontSizeToggle';
import { uiModules } from './modules';
import type { NavEntry } from './modules/types';
import { useAccess, type MethodName } from './operators/access';
import { SessionGate } from './operators/session';
import { GlobalSearch } from './search/GlobalSearch';
import { SessionControl } from './operators/SessionControl';
import { UnsavedGuardProvider } from './records/unsaved-guard';
import { FirstRunGate } from './setup/FirstRunGate';
import { HelpMenu } from './help/HelpMenu';

const pages = uiModules.flatMap((module) => module.pages);
/** Pages the operator's role cannot use at all stay out of the menu (renderer/operators/access.tsx). */
const pageNeeds = new Map(pages.flatMap((page) => (page.needs ? [[page.path, page.needs] as const] : [])));
const groupKeys = uiModules.filter((module) => module.nav.children).map((module) => module.nav.key);

function navFor(may: (method: MethodName) => boolean): MenuProps['items'] {
  const allowed = (entry: NavEntry) => !pageNeeds.has(entry.key) || may(pageNeeds.get(entry.key)!);
  const item = ({ key, icon, label, children }: NavEntry): NonNullable<MenuProps['items']>[number] =>
    children ? { key, icon, label, children: children.filter(allowed).map(item) } : { key, icon, label };
  return uiModules.map((module) => item(module.nav));
}

/** The lock screen stands in front of the frame while the app is locked (renderer/operators). */
export function AppShell() {
  return (
    <SessionGate>
      <FirstRunGate><AppFrame /></FirstRunGate>
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
        <div style={{ padding: '18px 16px', fontWeight: 600, fontSize: '1.13em', color: '#c2185b' }}>社区妇联工作台账</div>
        <Menu
          mode="inline"
          items={navFor(may)}
          selectedKeys={[pathname]}
          defaultOpenKeys={groupKeys}
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
          <Space size={12}>
            <GlobalSearch />
            <FontSizeToggle />
            <HelpMenu />
            <SessionControl />
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>
          {!apiAvailable && (
            <Alert type="error" showIcon message="未连接到数据服务：请通过桌面程序或 npm run web 打开本页面。" />
          )}
          {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
          <Suspense fallback={<Spin size="large" style={{ display: 'block', marginTop: 48 }} />}>
          <UnsavedGuardProvider>
          <Routes>
            {pages.map((page) => (
              <Route key={page.path} path={page.path} element={page.element} />
            ))}
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
          </UnsavedGuardProvider>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
