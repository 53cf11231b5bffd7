/**
 * 有未保存的修改，确定离开吗？ — one guard for every editor. Editors report
 * whether they hold unsaved changes (useLeaveGuard / useUnsavedDraft); the
 * provider, once in the frame, asks before any in-app navigation (menu, links,
 * 返回, the browser's back) and sets `beforeunload` for closing the window (in
 * Electron, main turns that into a native dialog: electron/unload-guard.ts).
 */
import { App } from 'antd';
import { createContext, useCallback, useContext, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { useBlocker } from 'react-router';

export const LEAVE_TITLE = '有未保存的修改，确定离开吗？';
export const LEAVE_CONTENT = '离开后，这一页刚才填写或修改的内容不会保存。';

interface Registry {
  set(key: string, dirty: boolean): void;
  /** The next navigation goes without asking (after a save that moves to the new record's page, or a delete). */
  allowNext(): void;
}

const GuardContext = createContext<Registry | null>(null);

export function UnsavedGuardProvider({ children }: { children: ReactNode }) {
  const { modal } = App.useApp();
  const dirty = useRef(new Set<string>());
  const allowOnce = useRef(false);
  const asking = useRef(false);

  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    if (allowOnce.current) {
      allowOnce.current = false;
      return false;
    }
    return dirty.current.size > 0 && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search);
  });

  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    modal.confirm({
      title: LEAVE_TITLE,
      content: LEAVE_CONTENT,
      okText: '离开',
      cancelText: '留下',
      okButtonProps: { danger: true },
      // Enter or a stray click keeps the work: 留下 has the focus.
      autoFocusButton: 'cancel',
      onOk: () => {
        asking.current = false;
        dirty.current.clear();
        blocker.proceed();
      },
      onCancel: () => {
        asking.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal]);

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current.size === 0) return;
      event.preventDefault();
      // Chromium shows its own "leave site?" text; Electron's main asks in Chinese instead.
      event.returnValue = LEAVE_TITLE;
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  const registry = useMemo<Registry>(
    () => ({
      set: (key, isDirty) => (isDirty ? dirty.current.add(key) : dirty.current.delete(key)),
      allowNext: () => {
        allowOnce.current = true;
      },
    }),
    [],
  );
  return <GuardContext.Provider value={registry}>{children}</GuardContext.Provider>;
}

/** Asks before leaving while `dirty`. `allowLeave()` lets the next navigation through (after saving or deleting). */
export function useLeaveGuard(dirty: boolean) {
  const registry = useContext(GuardContext);
  const key = useId();
  // Set during render, not in an effect: a click that navigates right after typing must already see it.
  registry?.set(key, dirty);
  useEffect(() => () => registry?.set(key, false), [registry, key]);
  const allowLeave = useCallback(() => {
    registry?.set(key, false);
    registry?.allowNext();
  }, [registry, key]);
  /** Saved: nothing to ask about from now on, even for a navigation in the same click (before the next render). */
  const clear = useCallback(() => registry?.set(key, false), [registry, key]);
  return { allowLeave, clear };
}

/**
 * For an editor holding its working copy in state: dirty while `value` differs
 * from the copy last marked saved (`markSaved` on load and after 保存).
 * Until the first `markSaved` nothing counts as changed.
 */
export function useUnsavedDraft<T>(value: T | undefined, editable = true) {
  const [baseline, setBaseline] = useState<string>();
  const dirty = editable && baseline !== undefined && value !== undefined && JSON.stringify(value) !== baseline;
  const { allowLeave, clear } = useLeaveGuard(dirty);
  const markSaved = useCallback(
    (saved: T) => {
      clear();
      setBaseline(JSON.stringify(saved));
    },
    [clear],
  );
  return { dirty, markSaved, allowLeave };
}

/**
 * For an antd Form: unsaved from the officer's first change (the Form's
 * onValuesChange → `changed`) until `saved()` — after 保存, or when fresh values are loaded.
 */
export function useFormLeaveGuard() {
  const [dirty, setDirty] = useState(false);
  const { allowLeave, clear } = useLeaveGuard(dirty);
  const changed = useCallback(() => setDirty(true), []);
  const saved = useCallback(() => {
    clear();
    setDirty(false);
  }, [clear]);
  return { dirty, changed, saved, allowLeave };
}
