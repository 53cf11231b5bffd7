/**
 * Auditing a read-only method from outside its module: the wrapped method runs
 * an optional guard (e.g. 管理员 only for full ID numbers), then the method,
 * then writes one audit row. Used where a module's own file should not change.
 */
import type { z } from 'zod';
import type { ApiMethod } from '../api/define';
import type { AppContext } from '../context';
import { recordEvent, type AuditEntry } from './record';

export interface ReadAudit<S extends z.ZodType, R> {
  guard?(ctx: AppContext, input: z.output<S>): void;
  entry(ctx: AppContext, input: z.output<S>, result: R): Promise<AuditEntry | null> | AuditEntry | null;
}

export function auditedRead<S extends z.ZodType, R>(method: ApiMethod<S, R>, audit: ReadAudit<S, R>): ApiMethod<S, R> {
  return {
    ...method,
    async handler(ctx, input) {
      audit.guard?.(ctx, input);
      const result = await method.handler(ctx, input);
      const entry = await audit.entry(ctx, input, result);
      if (entry) await recordEvent(ctx, entry);
      return result;
    },
  };
}
