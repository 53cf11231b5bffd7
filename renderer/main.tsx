import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { AppShell } from './AppShell';
import { BranchProvider } from './branch';
import { theme } from './theme';
import './global.css';

dayjs.locale('zh-cn');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <HashRouter>
          <BranchProvider>
            <AppShell />
          </BranchProvider>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
