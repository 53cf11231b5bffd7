/** operators.* (设置 → 操作员, 管理员 only) and session.* (sign in, lock: the only methods allowed while locked). */
import { selectPasswordHash } from '../../db/operators/queries';
import { defineMethod, noInput } from '../api/define';
import { fontSizeQuery } from '../font/api';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { recordEvent } from '../audit/record';
import { withOperator } from './access';
import { verifyPassword } from './password';
import { lockSettingsSchema, operatorIdSchema, operatorSaveSchema, setPasswordSchema, unlockSchema } from './schema';
import { deleteOperator, idleMinutes, listOperators, saveIdleMinutes, saveOperator, setOperatorPassword } from './service';
import { MAX_WRONG_PASSWORDS, resolveSession, Session } from './session';

const admin = { access: 'admin' } as const;

export const operatorsApi = {
  list: defineMethod(noInput, (ctx) => listOperators(ctx), admin),
  save: defineMethod(operatorSaveSchema, (ctx, input) => saveOperator(ctx, input), admin),
  setPassword: defineMethod(setPasswordSchema, (ctx, { id, password }) => setOperatorPassword(ctx, id, password), admin),
  remove: defineMethod(operatorIdSchema, (ctx, { id }) => deleteOperator(ctx, id), admin),
  saveLockSettings: defineMethod(lockSettingsSchema, (ctx, { idleMinutes }) => saveIdleMinutes(ctx, idleMinutes), admin),
};

/** The CLI and narrow tests have no session: they act as the implicit 管理员 and cannot lock. */
const sessionOf = (ctx: AppContext) => ctx.session ?? new Session();

async function sessionState(ctx: AppContext) {
  const state = await resolveSession(ctx.db, sessionOf(ctx));
  return {
    locked: state.locked,
    lockEnabled: state.lockEnabled,
    operator: state.operator,
    /** Names and roles only: the lock screen's list to choose from. */
    operators: state.operators.map((o) => ({ id: o.id, name: o.name, role: o.role, hasPassword: o.has_password })),
    idleMinutes: await idleMinutes(ctx),
  };
}

const session = { access: 'always' } as const;

export const sessionApi = {
  state: defineMethod(noInput, sessionState, session),
  /** The signed-in operator's 字号 (core/font); the app-wide one on the lock screen. */
  fontSize: fontSizeQuery,

  /** Sign in as an operator (the lock screen, 切换操作员); her password when she has one. */
  unlock: defineMethod(
    unlockSchema,
    async (ctx, { operatorId, password }) => {
      const operator = await ctx.db.selectFrom('operator').select(['id', 'name', 'role']).where('id', '=', operatorId).executeTakeFirst();
      if (!operator) throw new AppError('NOT_FOUND', '找不到这位操作员，请重新选择');
      const hash = await selectPasswordHash(ctx.db, operatorId);
      const current = sessionOf(ctx);
      if (hash) {
        const now = ctx.now().getTime();
        const wait = current.waitFor(operatorId, now);
        if (wait) throw new AppError('FORBIDDEN', `密码连续输错${MAX_WRONG_PASSWORDS}次，请${Math.ceil(wait / 1000)}秒后再试。`);
        if (!password) throw new AppError('VALIDATION', '请输入密码', { field: 'password' });
        if (!(await verifyPassword(password, hash))) {
          current.wrongPassword(operatorId, now);
          throw new AppError('VALIDATION', `密码不正确，请重新输入“${operator.name}”的密码。`, { field: 'password' });
        }
      }
      current.signIn(operatorId);
      const signedIn = withOperator(ctx, { id: operator.id, name: operator.name, role: operator.role });
      await recordEvent(signedIn, { action: 'signIn', entity: 'operator', entityId: operator.id, label: operator.name });
      return sessionState(ctx);
    },
    session,
  ),

  /** 锁定 (the header button, or idle minutes passed). Nothing to lock while no operator has a password. */
  lock: defineMethod(
    noInput,
    async (ctx) => {
      const state = await resolveSession(ctx.db, sessionOf(ctx));
      if (state.lockEnabled) sessionOf(ctx).lock();
      return sessionState(ctx);
    },
    session,
  ),
};
