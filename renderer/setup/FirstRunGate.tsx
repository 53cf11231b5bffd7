/** Stands in front of the frame on an empty data file until the first-run wizard is finished or skipped. */
import { Spin } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { api } from '../api';
import { SetupWizard } from './SetupWizard';

export function FirstRunGate({ children }: { children: ReactNode }) {
  const [needed, setNeeded] = useState<boolean>();
  useEffect(() => {
    let current = true;
    api.settings.getSetup().then(
      (setup) => current && setNeeded(setup.needsWizard),
      // No answer (no data service): the frame shows why.
      () => current && setNeeded(false),
    );
    return () => {
      current = false;
    };
  }, []);
  if (needed === undefined) return <Spin size="large" style={{ display: 'block', marginTop: 96 }} />;
  return needed ? <SetupWizard onDone={() => setNeeded(false)} /> : children;
}
