import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter, RouterProvider } from 'react-router';
import { installClearButtonKeyboard } from './keyboard/clear-buttons';
import { preloadedLazy } from './preloaded-lazy';
import './global.css';

dayjs.locale('zh-cn');
installClearButtonKeyboard();

// Two bundles: a print window (#/print/…) loads only the print route, never antd or ECharts.
const AppRoot = preloadedLazy(() => import('./AppRoot'));
const PrintRoute = preloadedLazy(() => import('./print/PrintRoute'));

// The window's own bundle is fetched before the first render, so that render does not suspend.
const first = window.location.hash.startsWith('#/print/') ? PrintRoute : AppRoot;

// A data router: the unsaved-changes guard (renderer/records/unsaved-guard.tsx) needs useBlocker.
const router = createHashRouter([
  { path: '/print/*', element: <Suspense fallback={null}><PrintRoute.Component /></Suspense> },
  { path: '*', element: <Suspense fallback={null}><AppRoot.Component /></Suspense> },
]);
void first
  .load()
  .catch(() => undefined) // a chunk that fails to load fails again, visibly, when React renders it
  .then(() =>
    createRoot(document.getElementById('root')!).render(
      <StrictMode>
        <RouterProvider router={router} />
      </StrictMode>,
    ),
  );
