/**
 * Checking rows while the file is still being read (read-parallel.ts): each
 * sheet's header is found as planImport finds it (in its first rows), and each
 * later row is read with readMemberRow, the result left on the row for
 * planImport to take (takeMemberRow). Both threads run one of these: the read
 * worker checks two batches in three before posting them, the main thread the
 * rest as they arrive, so the checks are shared between the two cores. A sheet too
 * short to search, or any row not checked here, planImport simply reads itself.
 */
import { missingRequiredFields, type MappingOverride } from './fields';
import { findHeader, HEADER_SEARCH_ROWS, MAX_HEADER_ROWS, mapColumns } from './header';
import type { Merge, Sheet, SheetRow } from './read-sheet';
import { namePinyin, rememberNamePinyin } from '../search-text';
import { checkKey, indexColumns, readMemberRow, type ColumnIndex } from './rows';

export interface CheckAheadOptions {
  mapping?: MappingOverride;
  /** 'YYYY-MM-DD': the date rows are checked against (planImport's asOf). */
  asOf: string;
}

export class AheadChecker {
  /** The current sheet's first rows, for its header. */
  private head: Sheet = { name: '', rows: [] };
  /** Rows that came before the header could be searched, with whether to check them. */
  private waiting: [SheetRow, boolean][] = [];
  /** Unset while no header is found, or when the header lacks 姓名 or 身份证号 (nothing to read then). */
  private columns?: ColumnIndex;
  private key = '';
  private headerRow = 0;
  private searched = false;

  /** `handsOver`: in the read worker, whose pinyin cache is not the writing thread's: each row carries its name's pinyin. */
  constructor(
    private readonly options: CheckAheadOptions,
    private readonly handsOver = false,
  ) {}

  startSheet(name: string, merges?: Merge[]) {
    this.head = { name, rows: [], merges };
    this.waiting = [];
    this.columns = undefined;
    this.searched = false;
  }

  /** The sheet's next rows, in order; `check` says whether this thread reads them (or leaves them to the other). */
  add(rows: readonly SheetRow[], check: boolean) {
    for (const row of rows) {
      if (!this.searched) {
        this.head.rows.push(row);
        this.waiting.push([row, check]);
        if (this.head.rows.length < HEADER_SEARCH_ROWS + MAX_HEADER_ROWS) continue;
        this.search();
        for (const [early, mine] of this.waiting) if (mine) this.check(early);
        this.waiting = [];
      } else if (check) this.check(row);
    }
  }

  private search() {
    this.searched = true;
    const header = findHeader(this.head);
    if (!header) return;
    const columns = mapColumns(header, this.options.mapping);
    if (missingRequiredFields(columns).length) return;
    this.columns = indexColumns(columns);
    this.key = checkKey(this.columns, this.options.asOf);
    this.headerRow = header.last;
  }

  private check(row: SheetRow) {
    if (row.checked) {
      // Checked by the other thread: only its pinyin is to be kept, for the write.
      const { read, pinyin } = row.checked;
      if (pinyin && read.fields) rememberNamePinyin(read.fields.name, pinyin);
      return;
    }
    if (!this.columns || row.number <= this.headerRow) return;
    const read = readMemberRow(row, this.columns, this.options.asOf);
    // The pinyin the row's search text will need when it is written, worked out while the other thread is busy.
    const pinyin = read.fields ? namePinyin(read.fields.name) : undefined;
    row.checked = this.handsOver ? { key: this.key, read, pinyin } : { key: this.key, read };
  }
}
