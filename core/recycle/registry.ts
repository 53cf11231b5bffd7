/**
 * What can go to the 回收站: one entry per kind of record. Deleting sets
 * deleted_at on the row (lists already leave such rows out); restoring clears
 * it; purging removes the row for good. A module adds its records with one
 * entry here (see ./member.ts).
 */
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import { deliberationRecycle } from '../deliberation/recycle';
import { meetingRecycle } from '../meetings/recycle';
import { studyMaterialRecycle, studyRecycle } from '../study/recycle';
import { memberRecycle } from './member';

export interface RecycleType {
  /** Stored in the audit log as the entity type, e.g. 'member'. */
  type: string;
  /** What the 回收站 calls it, e.g. '成员'. */
  title: string;
  /** The table holding the rows; it needs `id` and `deleted_at` columns. */
  table: keyof Database & string;
  /** The column a person recognises the row by (姓名, 会议名称). */
  labelColumn: string;
  /** A Chinese reason to refuse the soft delete (still needed somewhere), or null. */
  refuseDelete?(trx: Transaction<Database>, id: number): Promise<string | null>;
  /** A Chinese reason to refuse the purge (e.g. other records still point at it), or null. */
  refusePurge?(trx: Transaction<Database>, id: number): Promise<string | null>;
  /** The record as the audit log should show it (masked later). */
  snapshot?(db: Kysely<Database>, id: number): Promise<Record<string, unknown> | null>;
}

export const RECYCLE_TYPES: readonly RecycleType[] = [memberRecycle, meetingRecycle, studyRecycle, studyMaterialRecycle, deliberationRecycle];

export function recycleType(type: string): RecycleType | undefined {
  return RECYCLE_TYPES.find((t) => t.type === type);
}
