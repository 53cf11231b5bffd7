/**
 * One tab stop per field: antd renders the "clear" (×) of a Select or DatePicker that
 * has a value as a <button>, visible only on hover. Tabbing landed on it unseen, and
 * what was typed next went nowhere or into the wrong field. This takes every such
 * button out of the tab order (the mouse still clears), and lets Delete or Backspace
 * in a single Select with nothing typed clear it from the keyboard instead (a date is
 * cleared by deleting its text).
 * Installed once for the whole window (renderer/main.tsx).
 */
const CLEAR_BUTTONS = '.ant-select-clear, .ant-picker-clear';

function untab(root: ParentNode) {
  for (const button of root.querySelectorAll<HTMLElement>(CLEAR_BUTTONS)) {
    if (button.tabIndex !== -1) button.tabIndex = -1;
  }
}

function clearFromKeyboard(event: KeyboardEvent) {
  if (event.key !== 'Delete' && event.key !== 'Backspace') return;
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || input.value !== '') return;
  input.closest('.ant-select-single')?.querySelector<HTMLElement>('.ant-select-clear')?.click();
}

export function installClearButtonKeyboard(doc: Document = document) {
  untab(doc);
  const observer = new MutationObserver((mutations) => {
    for (const m of mutations) {
      for (const node of m.addedNodes) {
        if (!(node instanceof Element)) continue;
        if (node.matches(CLEAR_BUTTONS)) (node as HTMLElement).tabIndex = -1;
        else if (node.firstElementChild) untab(node);
      }
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  doc.addEventListener('keydown', clearFromKeyboard, true);
  return () => {
    observer.disconnect();
    doc.removeEventListener('keydown', clearFromKeyboard, true);
  };
}
