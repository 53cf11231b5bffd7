/**
 * The app itself (everything but the print routes): antd in Chinese with the app's
 * theme, the data-file check, then the frame. Loaded on its own (main.tsx), so a
 * print window never loads antd, ECharts or the pages.
 */
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { AppShell } from './AppShell';
import { BranchProvider } from './branch';
import { StartupGate } from './startup/StartupGate';
import { theme } from './theme';

export default function AppRoot() {
  return (
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <StartupGate>
          <BranchProvider>
            <AppShell />
          </BranchProvider>
        </StartupGate>
      </AntApp>
    </ConfigProvider>
  );
}
