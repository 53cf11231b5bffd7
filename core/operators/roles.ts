/** Operator roles and what each may do. */
import type { OperatorRole } from '../../db/schema';
import type { Access } from '../api/define';

export const ROLES: readonly OperatorRole[] = ['管理员', '录入员', '只读'];

export interface CurrentOperator {
  /** null for the implicit 管理员 of an app with no operators configured. */
  id: number | null;
  name: string;
  role: OperatorRole;
}

/** Before any operator is configured the app works as it always did: as this 管理员. */
export const IMPLICIT_ADMIN: CurrentOperator = { id: null, name: '管理员', role: '管理员' };

const ALLOWED: Record<OperatorRole, readonly Access[]> = {
  管理员: ['read', 'write', 'admin', 'always'],
  录入员: ['read', 'write', 'always'],
  只读: ['read', 'always'],
};

export const roleAllows = (role: OperatorRole, access: Access) => ALLOWED[role].includes(access);

/** Who may call a method of each access label, in words (for 没有权限 messages and tooltips). */
export const ACCESS_NEEDS: Record<Exclude<Access, 'always'>, string> = {
  read: '',
  write: '录入员或管理员',
  admin: '管理员',
};

export const ROLE_HINTS: Record<OperatorRole, string> = {
  管理员: '可做所有操作，包括管理操作员、恢复备份、查看和导出完整身份证号、查看操作日志',
  录入员: '可查看、录入和修改台账，不能管理操作员或查看完整身份证号',
  只读: '只能查看和打印，不能修改或导出任何内容',
};
