/**
 * Draft → 定稿 for any official record (会议记录, 学习记录, 议事 …). A finalized
 * record is locked: every edit path calls `assertEditable` first and the API
 * answers LOCKED. What changes after 定稿 is written as an explicit 更正 entry
 * (corrections.ts), never by editing the record.
 *
 * Follow-up data that is not part of the record itself (e.g. a meeting's action
 * item status) may still change after 定稿; each module says which.
 */
import { AppError } from '../errors';

export const DRAFT = '草稿';
export const FINAL = '已定稿';
export type RecordStatus = typeof DRAFT | typeof FINAL;
export const RECORD_STATUSES = [DRAFT, FINAL] as const;

export interface LockableRecord {
  status: RecordStatus;
}

/** `label` names the record for people, e.g. “会议记录《第三季度执委会议》”. */
export function assertEditable(record: LockableRecord, label: string): void {
  if (record.status === FINAL) {
    throw new AppError('LOCKED', `${label}已定稿，不能再修改或删除。如需更正，请添加“更正”记录并写明原因。`);
  }
}

/**
 * Finalizing needs every required part present. `missing` lists the Chinese names
 * of what is absent; an empty list lets 定稿 go ahead.
 */
export function assertFinalizable(missing: string[], label: string): void {
  if (missing.length) {
    throw new AppError('VALIDATION', `${label}还不能定稿，请先填写：${missing.join('、')}。`, { missing });
  }
}
