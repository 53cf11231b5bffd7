/** The permission check dispatch runs before every method: lock first, then role. */
import type { Access } from '../api/define';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { ACCESS_NEEDS, IMPLICIT_ADMIN, roleAllows, type CurrentOperator } from './roles';
import { resolveSession, type SessionState } from './session';

/**
 * Without an open data file (the start-up recovery screen) there are no
 * operators to check and no data to protect: every data method answers
 * DB_NOT_OPEN by itself, so the call goes on as the implicit 管理员.
 */
async function stateOf(ctx: AppContext & { session: NonNullable<AppContext['session']> }): Promise<SessionState | null> {
  try {
    return await resolveSession(ctx.db, ctx.session);
  } catch (err) {
    if (err instanceof AppError && (err.code as string) === 'DB_NOT_OPEN') return null;
    throw err;
  }
}

/** The operator to run the call as; throws LOCKED or FORBIDDEN (Chinese message) instead. */
export async function operatorFor(ctx: AppContext, access: Access): Promise<CurrentOperator | null> {
  if (!ctx.session) return IMPLICIT_ADMIN;
  if (access === 'always') return null; // session.* resolve what they need themselves
  const state = await stateOf(ctx as AppContext & { session: NonNullable<AppContext['session']> });
  if (!state) return IMPLICIT_ADMIN;
  if (state.locked || !state.operator) throw new AppError('LOCKED', '程序已锁定，请先选择操作员并输入密码解锁。');
  if (!roleAllows(state.operator.role, access)) {
    throw new AppError(
      'FORBIDDEN',
      `当前操作员“${state.operator.name}”（${state.operator.role}）没有权限执行此操作，需要${ACCESS_NEEDS[access]}。`,
    );
  }
  return state.operator;
}

/** For checks that depend on the input (e.g. full ID numbers): refuses unless the caller is a 管理员. */
export function requireAdmin(ctx: AppContext, what: string) {
  const operator = ctx.operator ?? IMPLICIT_ADMIN;
  if (operator.role !== '管理员') {
    throw new AppError('FORBIDDEN', `${what}需要管理员权限，当前操作员“${operator.name}”是${operator.role}。`);
  }
}

/** The same context for one call, naming its operator; getters on ctx (db after a restore) keep working. */
export function withOperator(ctx: AppContext, operator: CurrentOperator | null): AppContext {
  return Object.create(ctx, { operator: { value: operator ?? undefined, enumerable: true } }) as AppContext;
}
