/**
 * The app itself (everything but the print routes): antd in Chinese with the app's
 * theme in the operator's 字号 (renderer/font), the data-file check, then the frame. Loaded on its own (main.tsx), so a
 * print window never loads antd, ECharts or the pages.
 */
import { App as AntApp } from 'antd';
import { AppShell } from './AppShell';
import { BranchProvider } from './branch';
import { StartupGate } from './startup/StartupGate';
import { FontSizeProvider } from './font/FontSizeProvider';
import './keyboard/focus-ring.css';

export default function AppRoot() {
  return (
    <FontSizeProvider>
      <AntApp>
        <StartupGate>
          <BranchProvider>
            <AppShell />
          </BranchProvider>
        </StartupGate>
      </AntApp>
    </FontSizeProvider>
  );
}
