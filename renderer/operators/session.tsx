/**
 * Who is signed in, shared by the lock screen, the header control and the
 * pages. The core decides everything (lock, roles); this only shows it, locks
 * after the idle minutes, and reloads the branch info after a sign-in.
 */
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { Access } from '../../core/api/define';
import type { ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';
import { api, apiAvailable } from '../api';
import { useBranch } from '../branch';
import { useFontSize } from '../font/FontSizeProvider';
import { LockScreen } from './LockScreen';

export type SessionState = ApiOutput<ApiTable, 'session', 'state'>;

interface SessionContextValue {
  state: SessionState;
  /** Every method's access label ('members.update' → 'write'), from the API table: see ./access.tsx. */
  labels: Record<string, Access>;
  /** After operators change (names, passwords): re-read who is signed in. */
  refresh(): Promise<void>;
  lock(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * Whether this page load has asked for the session yet. The print preview is a route
 * outside the app frame, so returning from it mounts the gate again: only the first
 * mount after a (re)load locks; later ones just ask who is signed in.
 */
let sessionAsked = false;

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'mousemove', 'touchstart'] as const;

export function SessionGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState | null>(null);
  const [labels, setLabels] = useState<Record<string, Access> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const branch = useBranch();

  const refresh = useCallback(async () => {
    try {
      setState(await api.session.state());
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    }
  }, []);

  const lock = useCallback(async () => {
    setState(await api.session.lock());
  }, []);

  // A window that (re)loads asks who is there, like the app at start: lock first (a no-op
  // while nobody has a password), so reloading the page never skips the lock screen.
  // Coming back from a print preview (the same page, another route) keeps the session.
  useEffect(() => {
    if (!apiAvailable) return;
    const fail = (err: unknown) => setError(err instanceof Error ? err.message : String(err));
    const first = !sessionAsked;
    sessionAsked = true;
    (first ? api.session.lock() : api.session.state()).then(setState, fail);
    api.access.labels().then(setLabels, fail);
  }, []);

  // The core can lock on its own (a restored backup brings its own operators): look now and then.
  useEffect(() => {
    if (!apiAvailable) return;
    const timer = window.setInterval(() => void refresh(), 20_000);
    return () => window.clearInterval(timer);
  }, [refresh]);

  useIdleLock(state, lock);
  useOperatorFontSize(state);

  if (!apiAvailable) return <>{children}</>;
  if (error && !state) return <div style={{ padding: 48, fontSize: 18, color: '#cf1322' }}>无法读取操作员信息：{error}</div>;
  if (!state || !labels) return null;
  if (state.locked) {
    return (
      <LockScreen
        state={state}
        onUnlocked={(next) => {
          setState(next);
          void branch.reload();
        }}
      />
    );
  }
  return <SessionContext.Provider value={{ state, labels, refresh, lock }}>{children}</SessionContext.Provider>;
}

/** Each operator sees the app in her own 字号 (renderer/font): read again whenever who is signed in changes. */
function useOperatorFontSize(state: SessionState | null) {
  const { reload } = useFontSize();
  const who = state ? (state.locked ? 'locked' : `operator:${state.operator?.id ?? 'none'}`) : null;
  useEffect(() => {
    if (who !== null) void reload();
  }, [who, reload]);
}

/** Locks after `idleMinutes` without mouse or keyboard, when some operator has a password. */
function useIdleLock(state: SessionState | null, lock: () => Promise<void>) {
  const last = useRef(0);
  const enabled = Boolean(state && state.lockEnabled && !state.locked);
  const minutes = state?.idleMinutes ?? 15;
  useEffect(() => {
    if (!enabled) return;
    last.current = Date.now();
    const touch = () => (last.current = Date.now());
    for (const event of ACTIVITY) window.addEventListener(event, touch, { passive: true });
    const timer = window.setInterval(() => {
      if (Date.now() - last.current >= minutes * 60_000) void lock();
    }, 5_000);
    return () => {
      for (const event of ACTIVITY) window.removeEventListener(event, touch);
      window.clearInterval(timer);
    };
  }, [enabled, minutes, lock]);
}

export function useSession(): SessionContextValue | null {
  return useContext(SessionContext);
}
