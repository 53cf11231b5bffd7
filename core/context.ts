import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { DatabaseHolder } from './backup/holder';
import type { CurrentOperator } from './operators/roles';
import type { Session } from './operators/session';
import type { FileOpener } from './platform/open-file';
import type { PdfRenderer } from './platform/pdf';

/** What every API handler receives besides its input. */
export interface AppContext {
  db: Kysely<Database>;
  dbPath: string;
  now(): Date;
  /** The running app's open file (Electron, harness, CLI): lets a restore swap `db`. Absent in narrow unit tests. */
  database?: DatabaseHolder;
  /** A native folder/file dialog, only in the desktop app; the browser harness has none. */
  choosePath?: PathChooser;
  /** Opens a file in the system's program for it, only in the desktop app (core/platform/open-file.ts). */
  openFile?: FileOpener;
  /**
   * Renders a print route to A4 PDF bytes (core/platform/pdf.ts): a hidden window in
   * Electron, headless Chromium in the harness and the CLI. Call it through
   * renderPrintPdf(ctx, route). Absent in narrow unit tests.
   */
  pdf?: PdfRenderer;
  /**
   * Who is signed in and whether the app is locked: one per running app or harness.
   * Absent for the CLI and narrow unit tests, which act as the implicit 管理员
   * (whoever can run the CLI has the data file anyway).
   */
  session?: Session;
  /** Set by dispatch for each call: the operator the audit log names. Absent means the implicit 管理员. */
  operator?: CurrentOperator;
}

export type PathChooser = (kind: 'folder' | 'backup-file' | 'data-file', defaultPath: string) => Promise<string | undefined>;
