/**
 * Opening a file with the program the system associates with it (the desktop
 * app: Electron's shell.openPath, set on the context by electron/main.ts).
 * The browser harness has none: there the file is handed to the page, which
 * downloads it. Core only ever passes a verified copy named with the extension
 * its content was recognised as.
 */
export type FileOpener = (path: string) => Promise<void>;
