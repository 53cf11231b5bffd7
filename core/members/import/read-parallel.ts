/**
 * Reading a large workbook (.xlsx/.xls/.et) on two cores. Parsing is most of an
 * import's time, and all of it on one thread; here it runs in a worker thread
 * (read-worker.ts) that hands the rows over in batches. The rows of every
 * roster sheet are then read the way planImport will (readMemberRow), two
 * batches in three in the worker before posting them and the third in this
 * thread as it arrives (check-ahead.ts), the result left on each row for planImport.
 * Small files, CSV, and any run where the worker cannot start are read here
 * as before; the rows are the same either way.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors';
import { AheadChecker } from './check-ahead';
import type { MappingOverride } from './fields';
import { appendRows, fileKind, readSheets, type Sheet } from './read-sheet';
import type { ReadWorkerData, ReadWorkerMessage } from './read-worker';

/** Below this a worker's start-up costs more than it saves (1 MB of .xlsx ≈ 8,000 roster rows). */
export const PARALLEL_FROM_BYTES = 1024 * 1024;

/** Set by scripts/build-main.mjs: in the bundled app the worker is build/main/read-worker.cjs beside main.cjs. */
declare const __FULIAN_BUNDLE__: boolean | undefined;

export interface ReadAheadOptions {
  mapping?: MappingOverride;
  /** 'YYYY-MM-DD': the date rows are checked against (planImport's asOf). */
  asOf: string;
  /** Use the worker whatever the file's size (tests). */
  always?: boolean;
  /** Rows per batch the worker posts (tests: small files in several batches). */
  batchRows?: number;
  /** Starts the worker instead of startReadWorker (tests of the fallback). */
  startWorker?: (workerData: ReadWorkerData) => Promise<Worker>;
}

export async function readSheetsCheckingAhead(buffer: Buffer, fileName: string, options: ReadAheadOptions): Promise<Sheet[]> {
  const kind = fileKind(buffer, fileName);
  if (kind === 'csv' || (buffer.length < PARALLEL_FROM_BYTES && !options.always)) return readSheets(buffer, fileName);
  let worker: Worker;
  try {
    const check = { mapping: options.mapping, asOf: options.asOf };
    worker = await (options.startWorker ?? startReadWorker)({ buffer, fileName, isZip: kind === 'zip', check, batchRows: options.batchRows });
  } catch {
    return readSheets(buffer, fileName);
  }
  const checker = new AheadChecker(options);
  const sheets: Sheet[] = [];
  let started = false;
  const outcome = await new Promise<'done' | 'failed'>((resolve, reject) => {
    worker.on('message', (message: ReadWorkerMessage) => {
      started = true;
      if (message.type === 'error') reject(new AppError(message.error.code as ErrorCode, message.error.message, message.error.details));
      else if (message.type === 'done') resolve('done');
      else if (message.type === 'sheet') {
        sheets.push({ name: message.sheet, rows: [], merges: message.merges });
        checker.startSheet(message.sheet, message.merges);
      } else {
        appendRows(sheets, message.sheet, message.rows);
        checker.add(message.rows, true);
      }
    });
    // A worker that cannot even load (a packaging problem) leaves the file to this thread.
    worker.on('error', (err) => (started ? reject(err) : resolve('failed')));
    worker.on('exit', () => (started ? reject(new AppError('INTERNAL', '读取表格时出错，请重试')) : resolve('failed')));
  }).finally(() => void worker.terminate());
  return outcome === 'done' ? sheets : readSheets(buffer, fileName);
}

async function startReadWorker(workerData: ReadWorkerData): Promise<Worker> {
  if (typeof __FULIAN_BUNDLE__ !== 'undefined') return new Worker(join(__dirname, 'read-worker.cjs'), { workerData });
  return new Worker(await sourceWorkerCode(), { eval: true, workerData });
}

let sourceWorker: Promise<string> | undefined;

/**
 * From source (tsx, vitest, the bench): the worker's own TypeScript bundled in
 * memory once per process by esbuild, with packages required from node_modules
 * except SheetJS, bundled with the app's one-line fix (scripts/sheetjs-slice-fix.mjs).
 * (Started through tsx's loader instead, the worker took ~1 s to load exceljs.)
 */
function sourceWorkerCode(): Promise<string> {
  sourceWorker ??= (async () => {
    const { build } = await import('esbuild');
    const { sheetjsSliceFix } = await import('../../../scripts/sheetjs-slice-fix.mjs');
    const entry = fileURLToPath(new URL('./read-worker.ts', import.meta.url));
    const result = await build({
      entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', packages: 'external', plugins: [sheetjsSliceFix], write: false, logLevel: 'silent',
    });
    // An eval'd worker would resolve packages from the working directory: give it a require from beside the entry.
    return `(function (require) {\n${result.outputFiles[0]!.text}\n})(require('node:module').createRequire(${JSON.stringify(entry)}));`;
  })();
  return sourceWorker;
}
