/**
 * Asks core whether the data file opened before anything else loads. When it
 * did not, the recovery screen replaces the whole app; once the user restores
 * a backup or opens another file, the app mounts fresh over the new data.
 */
import { Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { api, apiAvailable } from '../api';
import { StartupProblemPage, type StartupStatus } from './StartupProblemPage';

type GateState = { kind: 'checking' } | { kind: 'ok' } | { kind: 'problem'; status: Extract<StartupStatus, { state: 'problem' }> };

/** Once the file opened, a return from a print route (which unmounts the app) shows no check again. */
let openedOk = false;

export function StartupGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<GateState>(openedOk ? { kind: 'ok' } : { kind: 'checking' });
  useEffect(() => {
    if (openedOk) return;
    let live = true;
    // Without a bridge the app shell shows its own message; errors here fall through to it too.
    const asked = apiAvailable ? api.startup.status().catch(() => null) : Promise.resolve(null);
    void asked.then((status) => {
      openedOk = status?.state !== 'problem';
      if (live) setState(status?.state === 'problem' ? { kind: 'problem', status } : { kind: 'ok' });
    });
    return () => {
      live = false;
    };
  }, []);

  if (state.kind === 'checking') {
    return (
      <div style={{ display: 'grid', placeItems: 'center', height: '100vh' }}>
        <Spin size="large" description="正在打开数据文件…" />
      </div>
    );
  }
  if (state.kind === 'problem') return <StartupProblemPage status={state.status} onResolved={() => {
          openedOk = true;
          setState({ kind: 'ok' });
        }} />;
  return children;
}
