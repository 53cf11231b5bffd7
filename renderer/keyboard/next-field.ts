/** Moving the focus on as Tab would, for controls that keep it (an open Select takes Tab to choose). */
const TABBABLE = 'input, button, select, textarea, a[href], [tabindex]';

function tabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || (el as HTMLInputElement).disabled || el.getAttribute('aria-hidden') === 'true') return false;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  const box = el.getBoundingClientRect();
  return box.width > 0 || box.height > 0;
}

/**
 * For a Select or AutoComplete's onKeyDown: an open list takes Tab to choose the
 * highlighted option and keeps the focus (antd calls preventDefault), so the next
 * thing typed landed in the same field. After it chose, move on as Tab would.
 */
export function tabMovesOn(event: { key: string; shiftKey: boolean; target: EventTarget; nativeEvent: Event }) {
  if (event.key !== 'Tab') return;
  const { nativeEvent, target, shiftKey } = event;
  setTimeout(() => nativeEvent.defaultPrevented && target instanceof Element && focusNextField(target, shiftKey));
}

/** Focuses the next (or, with `back`, the previous) tab stop after `from`, in document order. */
export function focusNextField(from: Element, back = false) {
  const stops = [...document.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el === from || tabbable(el));
  const at = stops.indexOf(from as HTMLElement);
  if (at < 0) return;
  stops[at + (back ? -1 : 1)]?.focus();
}
