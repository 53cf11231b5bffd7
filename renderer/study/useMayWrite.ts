import { roleAllows } from '../../core/operators/roles';
import { useSession } from '../operators/session';

/** 只读 operators get no write buttons (the core refuses them anyway); no session means the implicit 管理员. */
export function useMayWrite(): boolean {
  const operator = useSession()?.state.operator;
  return !operator || roleAllows(operator.role, 'write');
}
