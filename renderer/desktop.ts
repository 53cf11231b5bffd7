/** The Electron-only `window.desktop` bridge; absent in the browser harness. */
import type { DesktopBridge } from '../core/platform/desktop';

declare global {
  interface Window {
    desktop?: DesktopBridge;
  }
}

export function desktop(): DesktopBridge | undefined {
  return window.desktop;
}
