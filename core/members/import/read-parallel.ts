/**
 * Reading a large workbook (.xlsx/.xls/.et) on two cores. Parsing is most of an
 * import's time, and all of it on one thread; here it runs in a worker thread
 * (read-worker.ts) that hands the rows over in batches, while this thread
 * already reads each row of every roster sheet the way planImport will
 * (readMemberRow), leaving the result on the row for planImport to take.
 * Small files, CSV, and any run where the worker cannot start are read here
 * as before; the rows are the same either way.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors';
import { missingRequiredFields, type MappingOverride } from './fields';
import { findHeader, HEADER_SEARCH_ROWS, MAX_HEADER_ROWS, mapColumns } from './header';
import { appendRows, fileKind, readSheets, type Sheet } from './read-sheet';
import type { ReadWorkerMessage } from './read-worker';
import { memberNameKey } from '../search-text';
import { checkKey, indexColumns, readMemberRow, type ColumnIndex } from './rows';

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
  /** Starts the worker instead of startReadWorker (tests of the fallback). */
  startWorker?: (buffer: Buffer, fileName: string, isZip: boolean) => Promise<Worker>;
}

export async function readSheetsCheckingAhead(buffer: Buffer, fileName: string, options: ReadAheadOptions): Promise<Sheet[]> {
  const kind = fileKind(buffer, fileName);
  if (kind === 'csv' || (buffer.length < PARALLEL_FROM_BYTES && !options.always)) return readSheets(buffer, fileName);
  let worker: Worker;
  try {
    worker = await (options.startWorker ?? startReadWorker)(buffer, fileName, kind === 'zip');
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
      else if (message.type === 'sheet') sheets.push({ name: message.sheet, rows: [], merges: message.merges });
      else checker.add(appendRows(sheets, message.sheet, message.rows));
    });
    // A worker that cannot even load (a packaging problem) leaves the file to this thread.
    worker.on('error', (err) => (started ? reject(err) : resolve('failed')));
    worker.on('exit', () => (started ? reject(new AppError('INTERNAL', '读取表格时出错，请重试')) : resolve('failed')));
  }).finally(() => void worker.terminate());
  return outcome === 'done' ? sheets : readSheets(buffer, fileName);
}

async function startReadWorker(buffer: Buffer, fileName: string, isZip: boolean): Promise<Worker> {
  const workerData = { buffer, fileName, isZip };
  if (typeof __FULIAN_BUNDLE__ !== 'undefined') return new Worker(join(__dirname, 'read-worker.cjs'), { workerData });
  return new Worker(await sourceWorkerCode(), { eval: true, workerData });
}

let sourceWorker: Promise<string> | undefined;

/**
 * From source (tsx, vitest, the bench): the worker's own TypeScript bundled in
 * memory once per process by esbuild, with packages required from node_modules.
 * (Started through tsx's loader instead, the worker took ~1 s to load exceljs.)
 */
function sourceWorkerCode(): Promise<string> {
  sourceWorker ??= (async () => {
    const { build } = await import('esbuild');
    const entry = fileURLToPath(new URL('./read-worker.ts', import.meta.url));
    const result = await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', packages: 'external', write: false, logLevel: 'silent' });
    // An eval'd worker would resolve packages from the working directory: give it a require from beside the entry.
    return `(function (require) {\n${result.outputFiles[0]!.text}\n})(require('node:module').createRequire(${JSON.stringify(entry)}));`;
  })();
  return sourceWorker;
}

/**
 * Finds each sheet's header as planImport does (in its first rows) and reads
 * each later row of that sheet as it arrives. A sheet too short to search, or
 * any row not read here, planImport simply reads itself.
 */
class AheadChecker {
  private sheet?: Sheet;
  /** Unset while no header is found, or when the header lacks 姓名 or 身份证号 (nothing to read then). */
  private columns?: ColumnIndex;
  private key = '';
  private headerRow = 0;
  private looked = 0;
  private searched = false;

  constructor(private readonly options: ReadAheadOptions) {}

  add(sheet: Sheet) {
    if (sheet !== this.sheet) {
      this.sheet = sheet;
      this.columns = undefined;
      this.searched = false;
      this.looked = 0;
    }
    if (!this.searched) {
      if (sheet.rows.length < HEADER_SEARCH_ROWS + MAX_HEADER_ROWS) return;
      this.searched = true;
      const header = findHeader(sheet);
      if (!header) return;
      const columns = mapColumns(header, this.options.mapping);
      if (missingRequiredFields(columns).length) return;
      this.columns = indexColumns(columns);
      this.key = checkKey(this.columns, this.options.asOf);
      this.headerRow = header.last;
    }
    if (!this.columns) return;
    for (; this.looked < sheet.rows.length; this.looked++) {
      const row = sheet.rows[this.looked]!;
      if (row.number <= this.headerRow) continue;
      const read = readMemberRow(row, this.columns, this.options.asOf);
      row.checked = { key: this.key, read };
      // The pinyin the row's search text will need when it is written, worked out while this thread waits anyway.
      if (read.fields) memberNameKey(read.fields.name);
    }
  }
}
