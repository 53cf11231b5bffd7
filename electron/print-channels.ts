/** IPC channels of `window.desktop` (printing and saving files); dependency-free for the preload. */
export const DESKTOP_PRINT_CHANNEL = 'fulian:desktop-print';
export const DESKTOP_SAVE_PDF_CHANNEL = 'fulian:desktop-save-pdf';
export const DESKTOP_SAVE_FILE_CHANNEL = 'fulian:desktop-save-file';
