import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter, Route, Routes } from 'react-router';
import { installClearButtonKeyboard } from './keyboard/clear-buttons';
import './global.css';

dayjs.locale('zh-cn');
installClearButtonKeyboard();

// Two bundles: a print window (#/print/…) loads only the print route, never antd or ECharts.
const AppRoot = lazy(() => import('./AppRoot'));
const PrintRoute = lazy(() => import('./print/PrintRoute'));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <HashRouter>
      <Suspense fallback={null}>
        <Routes>
          <Route path="/print/*" element={<PrintRoute />} />
          <Route path="*" element={<AppRoot />} />
        </Routes>
      </Suspense>
    </HashRouter>
  </StrictMode>,
);
