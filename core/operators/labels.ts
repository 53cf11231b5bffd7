/**
 * access.labels: the access label of every method in the API table, by
 * 'module.method' ('members.update' → 'write'). The renderer asks it once
 * (renderer/operators/access.tsx) to hide or disable what the signed-in operator
 * may not do; it is read from the same table dispatch enforces, so the screen and
 * the core never disagree. Not secret: allowed while locked.
 */
import { defineMethod, noInput, type Access, type ApiTableShape } from '../api/define';

export function accessLabels(table: ApiTableShape): Record<string, Access> {
  return Object.fromEntries(
    Object.entries(table).flatMap(([module, methods]) => Object.entries(methods).map(([name, method]) => [`${module}.${name}`, method.access])),
  );
}

/** `table` is every other module; the answer names this method too. */
export const accessLabelsApi = (table: ApiTableShape) => ({
  labels: defineMethod(noInput, (): Record<string, Access> => ({ ...accessLabels(table), 'access.labels': 'always' }), { access: 'always' }),
});
