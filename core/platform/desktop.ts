/**
 * `window.desktop`: window plumbing the Electron preload adds next to `window.api`
 * (printing, PDF and file saving need the main process). Not part of the API table:
 * the browser harness has no such object and the renderer falls back to the browser.
 */
export interface SaveResult {
  /** False when the user cancelled the save dialog. */
  saved: boolean;
  path?: string;
}

export interface DesktopBridge {
  /** Prints a print route (e.g. '/print/members-stats?asOf=2026-11-29') through the system print dialog. */
  print(route: string): Promise<{ printed: boolean; reason?: string }>;
  /** Renders a print route to an A4 PDF and asks where to save it. */
  savePdf(route: string, suggestedName: string): Promise<SaveResult>;
  /** Asks where to save and writes the bytes (base64). */
  saveFile(suggestedName: string, base64: string): Promise<SaveResult>;
}
