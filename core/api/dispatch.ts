/**
 * The single entry point every transport uses (IPC, harness, CLI): look the
 * method up, check the lock and the operator's role, validate the input, run
 * the handler, and answer an envelope. Never throws.
 */
import type { z } from 'zod';
import type { AppContext } from '../context';
import { AppError, INTERNAL_MESSAGE } from '../errors';
import { operatorFor, withOperator } from '../operators/access';
import type { ApiMethod, ApiTableShape } from './define';
import type { Envelope } from './types';

export function methodNames(table: ApiTableShape): string[] {
  return Object.entries(table).flatMap(([module, methods]) => Object.keys(methods).map((m) => `${module}.${m}`));
}

function findMethod(table: ApiTableShape, method: unknown): ApiMethod | undefined {
  if (typeof method !== 'string') return undefined;
  const [module, name, extra] = method.split('.');
  if (!module || !name || extra !== undefined) return undefined;
  if (!Object.hasOwn(table, module)) return undefined;
  const group = table[module]!;
  return Object.hasOwn(group, name) ? group[name] : undefined;
}

export function describeIssues(issues: readonly z.core.$ZodIssue[]) {
  return issues.map((issue) => ({ path: issue.path.map(String), message: issue.message }));
}

export async function dispatch(
  table: ApiTableShape,
  ctx: AppContext,
  method: unknown,
  input: unknown,
  log: (err: unknown) => void = (err) => console.error(err),
): Promise<Envelope<unknown>> {
  const target = findMethod(table, method);
  if (!target) {
    const name = typeof method === 'string' ? method.slice(0, 80) : typeof method;
    return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `未知的接口方法“${name}”，操作未执行。` } };
  }
  // Inside the holder's `use`: a restore (or any swap of the data file) waits for this call, and it for the swap.
  const run = () => callMethod(target, ctx, input);
  try {
    return await (ctx.database ? ctx.database.use(run) : run());
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toInfo() };
    log(err);
    return { ok: false, error: { code: 'INTERNAL', message: INTERNAL_MESSAGE } };
  }
}

async function callMethod(target: ApiMethod, ctx: AppContext, input: unknown): Promise<Envelope<unknown>> {
  const operator = await operatorFor(ctx, target.access);
  const parsed = target.input.safeParse(input);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error.issues);
    return {
      ok: false,
      error: { code: 'VALIDATION', message: issues.map((i) => i.message).join('；'), details: { issues } },
    };
  }
  return { ok: true, value: await target.handler(withOperator(ctx, operator), parsed.data) };
}
