/**
 * 更正 entries: after 定稿 a record never changes; a correction says what was
 * wrong, why, who corrected it and when, and prints as an appendix. One table
 * (record_correction) serves every record type, keyed by (record_type, record_id).
 */
import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { isoDateSchema, requiredText } from '../api/schemas';
import { AppError } from '../errors';
import { FINAL, type LockableRecord } from './lock';

export const correctionInputSchema = z.object({
  what: requiredText('更正内容', 2000, { multiline: true }),
  why: requiredText('更正原因', 500, { multiline: true }),
  by: requiredText('更正人', 30),
  on: isoDateSchema('更正日期').optional(),
});
export type CorrectionInput = z.output<typeof correctionInputSchema>;

export interface Correction {
  id: number;
  what: string;
  why: string;
  by: string;
  on: string;
  createdAt: string;
}

/** Only a finalized record takes corrections; a draft is simply edited. */
export async function addCorrection(
  db: Kysely<Database>,
  record: LockableRecord & { type: string; id: number },
  input: CorrectionInput,
  now: Date,
): Promise<Correction> {
  if (record.status !== FINAL) {
    throw new AppError('VALIDATION', '草稿可以直接修改，定稿后才需要添加更正记录。');
  }
  const createdAt = now.toISOString();
  const on = input.on ?? dayjs(now).format('YYYY-MM-DD');
  const row = await db
    .insertInto('record_correction')
    .values({ record_type: record.type, record_id: record.id, what: input.what, why: input.why, corrected_by: input.by, corrected_on: on, created_at: createdAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: row.id, what: input.what, why: input.why, by: input.by, on, createdAt };
}

export async function listCorrections(db: Kysely<Database>, recordType: string, recordId: number): Promise<Correction[]> {
  const rows = await db
    .selectFrom('record_correction')
    .selectAll()
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, what: r.what, why: r.why, by: r.corrected_by, on: r.corrected_on, createdAt: r.created_at }));
}

