/** The demo file's 基本信息 (only when none is filled in yet), so prints and 档号 show a real branch instead of □□□□. */
import { selectBranchInfo } from '../../db/settings/queries';
import type { AppContext } from '../context';
import { settingsApi } from './api';
import { branchInfoSchema } from './schema';

const DEMO_BRANCH = { name: '幸福里社区妇联', street: '城关街道', fondsCode: '0194', contact: '王秀英', phone: '0571-87654321' };

export async function seedDemoBranch(ctx: AppContext) {
  if ((await selectBranchInfo(ctx.db)).name) return { kept: true };
  await settingsApi.saveBranchInfo.handler(ctx, branchInfoSchema.parse(DEMO_BRANCH));
  return { name: DEMO_BRANCH.name, fondsCode: DEMO_BRANCH.fondsCode };
}
