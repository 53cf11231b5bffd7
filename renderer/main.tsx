import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Route, Routes } from 'react-router';
import { AppShell } from './AppShell';
import { BranchProvider } from './branch';
import { installClearButtonKeyboard } from './keyboard/clear-buttons';
import { PrintRoute } from './print/PrintRoute';
import { StartupGate } from './startup/StartupGate';
import { theme } from './theme';
import './global.css';

dayjs.locale('zh-cn');
installClearButtonKeyboard();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <StartupGate>
          <HashRouter>
            <BranchProvider>
              <Routes>
                <Route path="/print/*" element={<PrintRoute />} />
                <Route path="*" element={<AppShell />} />
              </Routes>
            </BranchProvider>
          </HashRouter>
        </StartupGate>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
