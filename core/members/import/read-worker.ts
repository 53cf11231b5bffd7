/**
 * Worker thread entry (see read-parallel.ts): reads the .xlsx it is given with
 * eachXlsxRow and posts its rows back in batches, then 'done' — or the error,
 * as an AppError's code, message and details.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../errors';
import { eachXlsxRow, type SheetRow } from './read-sheet';

export type ReadWorkerMessage =
  | { type: 'rows'; sheet: string; rows: SheetRow[] }
  | { type: 'done' }
  | { type: 'error'; error: { code: string; message: string; details?: unknown } };

/** Rows per message: large enough that posting costs little, small enough that checking starts early. */
const BATCH = 2_000;

const { buffer, fileName } = workerData as { buffer: Uint8Array; fileName: string };
const post = (message: ReadWorkerMessage) => parentPort!.postMessage(message);
let sheet = '';
let rows: SheetRow[] = [];
const flush = () => {
  if (rows.length) post({ type: 'rows', sheet, rows });
  rows = [];
};

eachXlsxRow(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength), fileName, (sheetName, row) => {
  if (sheetName !== sheet) flush();
  sheet = sheetName;
  rows.push(row);
  if (rows.length >= BATCH) flush();
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
