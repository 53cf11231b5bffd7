/**
 * What the signed-in operator may do, for the screen: the same `access` labels the
 * core enforces (core/api/define.ts, served by access.labels) and the same role table
 * (core/operators/roles.ts). Pages ask by method name, never by role:
 *
 *   const { may } = useAccess();
 *   {may('members.update') && <Button>编辑</Button>}
 *   <Permitted method="members.create"><Button>新增成员</Button></Permitted>          // hidden
 *   <Permitted method="members.exportRoster" otherwise="disable">…</Permitted>        // disabled, tooltip says why
 *   <Permitted access="admin" otherwise="disable">完整身份证号</Permitted>            // input-dependent checks (requireAdmin)
 *
 * The core still refuses every call the role may not make (FORBIDDEN); this only keeps
 * the screen from offering it.
 */
import { ConfigProvider, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import type { Access } from '../../core/api/define';
import type { ApiTable } from '../../core/api';
import { ACCESS_NEEDS, roleAllows } from '../../core/operators/roles';
import { useSession } from './session';

/** 'members.update', 'meetings.addCorrection' …: every method of the API table. */
export type MethodName = { [M in keyof ApiTable]: `${M & string}.${keyof ApiTable[M] & string}` }[keyof ApiTable];

export interface AccessCheck {
  /** May she call this method? */
  may(method: MethodName): boolean;
  /** Does her role reach this access level? (For checks that depend on the input, e.g. full ID numbers.) */
  allows(access: Access): boolean;
  /** Why not, in a sentence for a tooltip; undefined when she may. */
  why(what: MethodName | Access): string | undefined;
}

export function useAccess(): AccessCheck {
  const session = useSession();
  const operator = session?.state.operator;
  // No session at all (no data service): nothing can be called anyway, so nothing is hidden.
  const allows = (access: Access) => !operator || roleAllows(operator.role, access);
  // A name the table does not know is treated as a write, like an unlabelled method in core.
  const labelOf = (what: MethodName | Access): Access => (what.includes('.') ? (session?.labels[what] ?? 'write') : (what as Access));
  return {
    may: (method) => allows(labelOf(method)),
    allows,
    why: (what) => {
      const access = labelOf(what);
      if (allows(access) || !operator || access === 'always') return undefined;
      return `当前操作员“${operator.name}”是${operator.role}，此操作需要${ACCESS_NEEDS[access]}`;
    },
  };
}

interface PermittedProps {
  /** The method the control calls … */
  method?: MethodName;
  /** … or the access level it needs. */
  access?: Access;
  /** 'hide' (default): not shown; 'disable': shown greyed out, with a tooltip saying why. */
  otherwise?: 'hide' | 'disable';
  children: ReactNode;
}

/** Shows its children only when the operator may do what they do. */
export function Permitted({ method, access, otherwise = 'hide', children }: PermittedProps) {
  const check = useAccess();
  const what = method ?? access ?? 'write';
  const reason = check.why(what);
  if (!reason) return <>{children}</>;
  if (otherwise === 'hide') return null;
  return (
    <Tooltip title={reason}>
      <span style={{ display: 'inline-block', cursor: 'not-allowed' }} data-testid="not-permitted">
        <ConfigProvider componentDisabled>{children}</ConfigProvider>
      </span>
    </Tooltip>
  );
}
