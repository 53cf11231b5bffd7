/**
 * #/print/<document>?…: one printable document, outside the app frame. On screen it
 * is a preview with a toolbar; printed (Electron's webContents.print / printToPDF, or
 * Playwright's page.pdf in tests) only the sheet remains. It tells the printer it may
 * start by setting <html data-print-ready="true"> once the data is rendered and the
 * fonts are loaded; a load failure sets data-print-error with the message shown.
 *
 * A print window loads this route alone (main.tsx): no antd, no ECharts, so plain
 * buttons and an inline notice here, styled in print.css like the app's.
 */
import { useEffect, useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { api } from '../api';
import type { BranchInfo } from '../branch';
import { desktop } from '../desktop';
import { usePreviewFontSize } from '../font/mark';
import { printDocuments } from './registry';
import type { PrintDocument } from './types';
import './print.css';

type Loaded = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: unknown; branch: BranchInfo };

export default function PrintRoute() {
  usePreviewFontSize();
  const name = useParams()['*'] ?? '';
  const { search } = useLocation();
  const doc = printDocuments[name];
  if (!doc) return <PrintFailure message={`找不到要打印的文档“${name}”。`} />;
  return <PrintView key={`${name}?${search}`} name={name} doc={doc} params={new URLSearchParams(search)} />;
}

function PrintView({ name, doc, params }: { name: string; doc: PrintDocument<unknown>; params: URLSearchParams }) {
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading' });
  const query = params.toString();

  useEffect(() => {
    let current = true;
    Promise.all([doc.load(new URLSearchParams(query)), api.settings.getBranchInfo()]).then(
      ([data, branch]) => current && setLoaded({ status: 'ready', data, branch }),
      (err: unknown) => current && setLoaded({ status: 'error', message: err instanceof Error ? err.message : String(err) }),
    );
    return () => {
      current = false;
    };
  }, [doc, query]);

  useReadySignal(loaded);
  usePageSize(doc.orientation);

  if (loaded.status === 'loading') return <div className="print-message">正在准备打印内容……</div>;
  if (loaded.status === 'error') return <PrintFailure message={loaded.message} />;

  const title = doc.title(params, loaded.data);
  const route = `/print/${name}${query ? `?${query}` : ''}`;
  return (
    <div className="print-screen">
      <Toolbar name={name} title={title} params={params} route={route} count={doc.count?.(loaded.data)} />
      <div className={`print-sheet ${doc.orientation}`} data-testid="print-sheet">
        <doc.Component data={loaded.data} params={params} branch={loaded.branch} />
      </div>
      <DocumentTitle title={title} />
    </div>
  );
}

/** data-print-ready only after React has painted the data and every font has loaded. */
function useReadySignal(loaded: Loaded) {
  useEffect(() => {
    const root = document.documentElement;
    let current = true;
    if (loaded.status === 'ready') {
      void document.fonts.ready.then(() => {
        if (current) root.dataset.printReady = 'true';
      });
    } else if (loaded.status === 'error') {
      root.dataset.printError = loaded.message;
    }
    return () => {
      current = false;
      delete root.dataset.printReady;
      delete root.dataset.printError;
    };
  }, [loaded]);
}

function usePageSize(orientation: PrintDocument<unknown>['orientation']) {
  useEffect(() => {
    const style = document.createElement('style');
    style.dataset.printPage = orientation;
    style.textContent = `@page { size: A4 ${orientation}; margin: 15mm 15mm 18mm; @bottom-center { content: "第 " counter(page) " 页，共 " counter(pages) " 页"; font-size: 9pt; } }`;
    document.head.append(style);
    return () => style.remove();
  }, [orientation]);
}

function DocumentTitle({ title }: { title: string }) {
  useEffect(() => {
    const previous = document.title;
    document.title = title;
    return () => {
      document.title = previous;
    };
  }, [title]);
  return null;
}

interface ToolbarProps {
  name: string;
  title: string;
  params: URLSearchParams;
  route: string;
  count?: number;
}

type Notice = { kind: 'success' | 'warning' | 'error'; text: string } | null;

function Toolbar({ name, title, params, route, count }: ToolbarProps) {
  const navigate = useNavigate();
  const bridge = desktop();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const message = {
    success: (text: string) => setNotice({ kind: 'success', text }),
    warning: (text: string) => setNotice({ kind: 'warning', text }),
    error: (text: string) => setNotice({ kind: 'error', text }),
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await action();
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };
  /** 操作日志 notes every print and PDF; if that fails the officer is told, but the printing goes on. */
  const recordPrint = async (mode: 'print' | 'pdf') => {
    try {
      await api.audit.recordPrint({ document: name, mode, title, params: logParams(params), count });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      message.warning(`本次打印未能记入操作日志（${reason}），打印照常进行。`);
    }
  };
  const print = () =>
    run(async () => {
      await recordPrint('print');
      if (!bridge) return window.print();
      const result = await bridge.print(route);
      if (!result.printed && result.reason && result.reason !== 'cancelled') message.error(`打印失败：${result.reason}`);
    });
  const savePdf = () =>
    run(async () => {
      await recordPrint('pdf');
      // In the browser the print dialog offers "另存为 PDF".
      if (!bridge) return window.print();
      const result = await bridge.savePdf(route, `${title}.pdf`);
      if (result.saved) message.success(`已保存：${result.path ?? ''}`);
    });

  return (
    <div className="print-toolbar">
      <span className="print-toolbar-title">打印预览：{title}</span>
      {notice && (
        <span className={`print-notice ${notice.kind}`} role={notice.kind === 'success' ? 'status' : 'alert'}>
          {notice.text}
        </span>
      )}
      <button type="button" className="print-button primary" onClick={print} disabled={busy} aria-busy={busy}>
        打印
      </button>
      <button type="button" className="print-button" onClick={savePdf} disabled={busy}>
        导出PDF
      </button>
      <button type="button" className="print-button" onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/'))}>
        返回
      </button>
    </div>
  );
}

/** The route's parameters for the log (the core turns them into words); an overlong one shortened. */
function logParams(params: URLSearchParams): Record<string, string> {
  const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
  return Object.fromEntries([...params].map(([key, value]) => [cut(key, 60), cut(value, 1000)]));
}

function PrintFailure({ message }: { message: string }) {
  useEffect(() => {
    const root = document.documentElement;
    root.dataset.printError = message;
    return () => {
      delete root.dataset.printError;
    };
  }, [message]);
  return (
    <div className="print-screen">
      <div className="print-message" role="alert">
        无法打印：{message}
      </div>
    </div>
  );
}
