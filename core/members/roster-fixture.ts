/** For tests: valid 身份证号 and members written straight to the database. */
import { insertMemberRows } from '../../db/members/queries';
import type { AppContext } from '../context';
import { checkChar } from './idcard';
import type { MemberInput } from './schema';
import { memberInputSchema } from './schema';
import { toMemberRow } from './service';

/** A valid 18-digit number for a birth date (YYYY-MM-DD) and a sequence (even last digit = female). */
export function makeIdNumber(birthDate: string, seq = 2, area = '110105'): string {
  const first17 = `${area}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + checkChar(first17);
}

/** Inserts members (each as partial form input plus a birth date) in one transaction; returns ids. */
export async function addMembers(ctx: AppContext, members: (Partial<MemberInput> & { name: string; birthDate?: string })[]) {
  const rows = members.map(({ birthDate, ...m }, i) =>
    toMemberRow(memberInputSchema.parse({ idNumber: makeIdNumber(birthDate ?? '1980-01-01', 2 * (i + 1)), ...m })),
  );
  return ctx.db.transaction().execute((trx) => insertMemberRows(trx, rows, ctx.now().toISOString(), '2026-11-29'));
}
