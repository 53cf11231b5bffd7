/**
 * The first-run wizard's state: shown on a data file with no branch name until
 * it is finished or skipped, then never again (an app_setting row).
 */
import { z } from 'zod';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { readAppSetting, writeAppSetting } from '../../db/operators/queries';
import { selectBranchInfo } from '../../db/settings/queries';
import type { AppContext } from '../context';
import { recordAudit } from '../audit/record';

export const WIZARD_KEY = 'setup.wizard';

export type WizardState = 'pending' | 'finished' | 'skipped';

interface StoredWizard {
  state: 'finished' | 'skipped';
  at: string;
}

export async function wizardState(db: Kysely<Database>): Promise<WizardState> {
  const stored = await readAppSetting<StoredWizard | null>(db, WIZARD_KEY, null);
  return stored?.state ?? 'pending';
}

/** True on an empty data file: no branch name yet and the wizard neither finished nor skipped. */
export async function needsWizard(db: Kysely<Database>): Promise<boolean> {
  if ((await wizardState(db)) !== 'pending') return false;
  return (await selectBranchInfo(db)).name === '';
}

export const endWizardSchema = z.object({
  state: z.enum(['finished', 'skipped'], { error: '向导只能“完成”或“跳过”' }),
});

export async function endWizard(ctx: AppContext, state: StoredWizard['state']) {
  await ctx.db.transaction().execute(async (trx) => {
    await writeAppSetting(trx, WIZARD_KEY, { state, at: ctx.now().toISOString() } satisfies StoredWizard);
    await recordAudit(trx, ctx, {
      action: 'update',
      entity: 'branch_info',
      label: '首次使用向导',
      detail: state === 'finished' ? '完成首次使用向导' : '跳过首次使用向导',
    });
  });
  return { state };
}
