/**
 * Worker thread entry (see read-parallel.ts): reads the workbook it is given
 * with eachWorkbookRow and posts each sheet's start and its rows back in
 * batches, then 'done' — or the error, as an AppError's code, message and details.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import type { Merge, SheetRow } from './read-sheet';
import { eachWorkbookRow } from './read-workbook';

export type ReadWorkerMessage =
  | { type: 'sheet'; sheet: string; merges: Merge[] }
  | { type: 'rows'; sheet: string; rows: SheetRow[] }
  | { type: 'done' }
  | { type: 'error'; error: { code: string; message: string; details?: unknown } };

/** Rows per message: large enough that posting costs little, small enough that checking starts early. */
const BATCH = 2_000;

const { buffer, fileName, isZip } = workerData as { buffer: Uint8Array; fileName: string; isZip: boolean };
const post = (message: ReadWorkerMessage) => parentPort!.postMessage(message);
let sheet = '';
let rows: SheetRow[] = [];
const flush = () => {
  if (rows.length) post({ type: 'rows', sheet, rows });
  rows = [];
};

eachWorkbookRow(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName, isZip, {
  onSheet(sheetName, merges) {
    flush();
    sheet = sheetName;
    post({ type: 'sheet', sheet, merges });
  },
  onRow(_sheetName, row) {
    rows.push(row);
    if (rows.length >= BATCH) flush();
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
