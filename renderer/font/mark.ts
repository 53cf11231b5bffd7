/**
 * <html data-font-size="大">: the 字号 for plain CSS outside antd's theme (the print
 * preview's toolbar in print.css). No antd here: the print route imports this.
 */
import { useEffect } from 'react';
import type { FontSize } from '../../core/font/sizes';
import { api, apiAvailable } from '../api';

/** Left set when the app frame unmounts: the print preview (another route of the same page) reads it. */
export function markFontSize(size: FontSize, root: HTMLElement = document.documentElement) {
  root.dataset.fontSize = size;
}

/** A print route loaded on its own (a reloaded preview, a print window) asks for the size itself. */
export function usePreviewFontSize() {
  useEffect(() => {
    if (document.documentElement.dataset.fontSize || !apiAvailable) return;
    api.session.fontSize().then(
      ({ size }) => markFontSize(size),
      () => undefined, // the toolbar stays at 标准: nothing printed depends on it
    );
  }, []);
}
