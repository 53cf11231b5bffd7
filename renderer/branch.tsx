/** The branch's 基本信息, loaded once and shared by the header and the settings page. */
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import type { ApiOutput } from '../core/api/types';
import type { ApiTable } from '../core/api';
import { api } from './api';

export type BranchInfo = ApiOutput<ApiTable, 'settings', 'getBranchInfo'>;

interface BranchState {
  info: BranchInfo | null;
  error: string | null;
  setInfo(info: BranchInfo): void;
  reload(): Promise<void>;
}

const BranchContext = createContext<BranchState | null>(null);

export function BranchProvider({ children }: { children: ReactNode }) {
  const [info, setInfo] = useState<BranchInfo | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reload = useCallback(
    () =>
      api.settings.getBranchInfo().then(
        (loaded) => {
          setInfo(loaded);
          setError(null);
        },
        (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
      ),
    [],
  );
  useEffect(() => {
    void reload();
  }, [reload]);
  return <BranchContext.Provider value={{ info, error, setInfo, reload }}>{children}</BranchContext.Provider>;
}

export function useBranch(): BranchState {
  const state = useContext(BranchContext);
  if (!state) throw new Error('useBranch 必须在 BranchProvider 内使用');
  return state;
}
