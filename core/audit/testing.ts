/** For tests of the audit log, recycle bin and operators: a temp database whose ctx carries a session like the running app's. */
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import { Session } from '../operators/session';

export async function openAppLike() {
  const opened = await openTempDatabase();
  const ctx: AppContext = { ...opened.ctx, session: new Session() };
  /** Calls a method like the renderer does: the envelope back. */
  const call = (method: string, input?: unknown) => dispatch(apiTable, ctx, method, input, () => undefined);
  /** Calls a method that must succeed and returns its value. */
  const ok = async <T = unknown>(method: string, input?: unknown): Promise<T> => {
    const answer = await call(method, input);
    if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
    return answer.value as T;
  };
  const auditRows = () => opened.db.selectFrom('audit_log').selectAll().orderBy('id').execute();
  return { ...opened, ctx, call, ok, auditRows };
}

export const ZHANG = { name: '张海丽', idNumber: '11010519491231002X', phone: '13812345678', note: '', roles: ['执委'], tags: [] };
