/**
 * Worker thread entry (see read-parallel.ts): reads the workbook it is given
 * with eachWorkbookRow and posts each sheet's start and its rows back in
 * batches, then 'done' — or the error, as an AppError's code, message and details.
 * Two batches in three are checked here before they are posted (check-ahead.ts);
 * the main thread checks the third while this one goes on.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import { AheadChecker, type CheckAheadOptions } from './check-ahead';
import type { Merge, SheetRow } from './read-sheet';
import { eachWorkbookRow } from './read-workbook';

export type ReadWorkerMessage =
  | { type: 'sheet'; sheet: string; merges: Merge[] }
  | { type: 'rows'; sheet: string; rows: SheetRow[] }
  | { type: 'done' }
  | { type: 'error'; error: { code: string; message: string; details?: unknown } };

/** Rows per message: large enough that posting costs little, small enough that checking starts early. */
export const READ_BATCH_ROWS = 2_000;

export interface ReadWorkerData {
  buffer: Uint8Array;
  fileName: string;
  isZip: boolean;
  /** How to check rows ahead; without it, no row is checked here. */
  check?: CheckAheadOptions;
  /** Rows per message (tests; READ_BATCH_ROWS otherwise). */
  batchRows?: number;
}

const { buffer, fileName, isZip, check, batchRows = READ_BATCH_ROWS } = workerData as ReadWorkerData;
const post = (message: ReadWorkerMessage) => parentPort!.postMessage(message);
const checker = check && new AheadChecker(check, true);
let sheet = '';
let rows: SheetRow[] = [];
let batches = 0;
const flush = () => {
  if (!rows.length) return;
  // Two batches in three are checked here, the third by the main thread (whose checker skips rows already checked):
  // it also takes in every row, and so the two threads finish together (measured at 100,000 rows).
  checker?.add(rows, batches++ % 3 !== 0);
  post({ type: 'rows', sheet, rows });
  rows = [];
};

eachWorkbookRow(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName, isZip, {
  onSheet(sheetName, merges) {
    flush();
    sheet = sheetName;
    checker?.startSheet(sheetName, merges);
    post({ type: 'sheet', sheet, merges });
  },
  onRow(_sheetName, row) {
    rows.push(row);
    if (rows.length >= batchRows) flush();
  },
}).then(
  () => {
    flush();
    post({ type: 'done' });
  },
  (err: unknown) => {
    const error = err instanceof AppError ? err : new AppError('INTERNAL', String(err));
    post({ type: 'error', error: { code: error.code, message: error.message, details: error.details } });
  },
);
