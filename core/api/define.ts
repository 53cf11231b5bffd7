import { z } from 'zod';
import type { AppContext } from '../context';

/**
 * Who may call a method (enforced in dispatch, core/operators/access.ts):
 * - 'read'    any signed-in operator, 只读 included;
 * - 'write'   录入员 and 管理员;
 * - 'admin'   管理员 only;
 * - 'always'  to anyone, even while locked or while no data file is open
 *             (session.*: sign in, lock; the start-up recovery screen's methods).
 */
export type Access = 'read' | 'write' | 'admin' | 'always';

export interface ApiMethod<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S;
  access: Access;
  handler(ctx: AppContext, input: z.output<S>): Promise<R>;
}

export type ApiModule = Record<string, ApiMethod>;
export type ApiTableShape = Record<string, ApiModule>;

export interface MethodOptions {
  /**
   * Defaults to 'write': a method nobody labelled is refused to 只读 operators
   * rather than letting a forgotten label open a write to them. Reads say 'read'.
   */
  access?: Access;
}

/** One API method: the zod schema its input must pass, what it does, and who may call it. */
export function defineMethod<S extends z.ZodType, R>(
  input: S,
  handler: (ctx: AppContext, input: z.output<S>) => Promise<R> | R,
  options: MethodOptions = {},
): ApiMethod<S, Awaited<R>> {
  const run = async (ctx: AppContext, value: z.output<S>): Promise<Awaited<R>> => await handler(ctx, value);
  return { input, access: options.access ?? 'write', handler: run };
}

/** A method that only reads: allowed to every operator, 只读 included. */
export function defineQuery<S extends z.ZodType, R>(input: S, handler: (ctx: AppContext, input: z.output<S>) => Promise<R> | R) {
  return defineMethod(input, handler, { access: 'read' });
}

/** The same method with another access level, for labelling a module's methods from outside it. */
export function withAccess<S extends z.ZodType, R>(method: ApiMethod<S, R>, access: Access): ApiMethod<S, R> {
  return { ...method, access };
}

/** For methods that take nothing. */
export const noInput = z.undefined({ error: '此操作不需要参数' });
