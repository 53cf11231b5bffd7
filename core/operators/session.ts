/**
 * The running app's sign-in state. Only two facts are kept in memory (who, and
 * whether the app is locked); everything else is read from the operator table
 * on each call, so adding an operator, setting a password or restoring a backup
 * takes effect at once.
 */
import type { Kysely } from 'kysely';
import { selectOperators, type OperatorListRow } from '../../db/operators/queries';
import type { Database } from '../../db/schema';
import { IMPLICIT_ADMIN, type CurrentOperator } from './roles';

export const MAX_WRONG_PASSWORDS = 5;
export const WRONG_PASSWORD_PAUSE_MS = 60_000;

export class Session {
  operatorId: number | null = null;
  /** True until someone signs in: an app whose operators have passwords starts locked. */
  locked = true;
  /** Wrong passwords in a row per operator, and until when she must wait after too many. */
  private wrong = new Map<number, { count: number; until: number }>();

  /** Milliseconds she must still wait before another try (0: may try now). */
  waitFor(operatorId: number, now: number): number {
    const entry = this.wrong.get(operatorId);
    return entry && entry.until > now ? entry.until - now : 0;
  }

  wrongPassword(operatorId: number, now: number) {
    const count = (this.wrong.get(operatorId)?.count ?? 0) + 1;
    const pause = count >= MAX_WRONG_PASSWORDS;
    this.wrong.set(operatorId, { count: pause ? 0 : count, until: pause ? now + WRONG_PASSWORD_PAUSE_MS : 0 });
  }

  signIn(operatorId: number) {
    this.operatorId = operatorId;
    this.locked = false;
    this.wrong.delete(operatorId);
  }

  lock() {
    this.locked = true;
  }

  /** After a restore: the file's operators may differ, so start over as at start-up. */
  reset() {
    this.operatorId = null;
    this.locked = true;
  }
}

export interface SessionState {
  /** True when only session.* methods are allowed. */
  locked: boolean;
  /** Some operator has a password, so the app locks at start and when idle. */
  lockEnabled: boolean;
  operator: CurrentOperator | null;
  operators: OperatorListRow[];
}

const asCurrent = (o: OperatorListRow): CurrentOperator => ({ id: o.id, name: o.name, role: o.role });

/**
 * Who the app runs as now. No operators: the implicit 管理员. Operators but no
 * passwords: the signed-in one, else the first 管理员 (nothing to lock with).
 * Any password: locked until someone signs in.
 */
export async function resolveSession(db: Kysely<Database>, session: Session): Promise<SessionState> {
  const operators = await selectOperators(db);
  if (!operators.length) return { locked: false, lockEnabled: false, operator: IMPLICIT_ADMIN, operators };
  const lockEnabled = operators.some((o) => o.has_password);
  let current = operators.find((o) => o.id === session.operatorId);
  if (lockEnabled && (session.locked || !current)) return { locked: true, lockEnabled, operator: null, operators };
  if (!current) {
    current = operators.find((o) => o.role === '管理员') ?? operators[0]!;
    session.signIn(current.id);
  }
  return { locked: false, lockEnabled, operator: asCurrent(current), operators };
}
