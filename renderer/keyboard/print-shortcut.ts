/**
 * Ctrl+P on a record page opens that record's print (its 打印 button's own action,
 * passed in), instead of the browser printing the screen. The record page calls
 * usePrintShortcut(openPrint) with the same function its button uses; pass null while
 * there is nothing to print (a record not yet saved). In the desktop app the menu's
 * 打印… (also Ctrl+P) only acts on a key the page left alone, so this one wins there too.
 */
import { useEffect, useRef } from 'react';

export const isPrintKey = (event: KeyboardEvent) => (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p';

export function usePrintShortcut(openPrint: (() => void) | null) {
  const action = useRef(openPrint);
  useEffect(() => {
    action.current = openPrint;
  });
  const enabled = openPrint !== null;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isPrintKey(event) || event.defaultPrevented) return;
      event.preventDefault();
      action.current?.();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
