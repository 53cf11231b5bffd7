/**
 * 更正 entries: after 定稿 a record never changes; a correction says what was
 * wrong, why, who corrected it and when, and prints as an appendix. One table
 * (record_correction) serves every record type, keyed by (record_type, record_id).
 */
import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema';
import { AppError } from '../errors';
import { FINAL, type LockableRecord } from './lock';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应为 YYYY-MM-DD' });

export const correctionInputSchema = z.object({
  what: z.string().trim().min(1, { error: '请填写更正内容' }).max(2000, { error: '更正内容不超过2000字' }),
  why: z.string().trim().min(1, { error: '请填写更正原因' }).max(500, { error: '更正原因不超过500字' }),
  by: z.string().trim().min(1, { error: '请填写更正人' }).max(30, { error: '更正人姓名不超过30字' }),
  on: isoDate.optional(),
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

