import { z } from 'zod';
import type { AppContext } from '../context';

export interface ApiMethod<S extends z.ZodType = z.ZodType, R = unknown> {
  input: S;
  handler(ctx: AppContext, input: z.output<S>): Promise<R>;
}

export type ApiModule = Record<string, ApiMethod>;
export type ApiTableShape = Record<string, ApiModule>;

/** One API method: the zod schema its input must pass, and what it does. */
export function defineMethod<S extends z.ZodType, R>(
  input: S,
  handler: (ctx: AppContext, input: z.output<S>) => Promise<R> | R,
): ApiMethod<S, Awaited<R>> {
  const run = async (ctx: AppContext, value: z.output<S>): Promise<Awaited<R>> => await handler(ctx, value);
  return { input, handler: run };
}

/** For methods that take nothing. */
export const noInput = z.undefined({ error: '此操作不需要参数' });
