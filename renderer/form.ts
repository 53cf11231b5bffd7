import type { FormInstance } from 'antd';
import type { Rule } from 'antd/es/form';
import type { z } from 'zod';
import { ApiError } from './api';

/** An antd form rule that runs the same zod schema the API validates with. */
export function zodRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value) => {
      const result = schema.safeParse(value ?? '');
      if (!result.success) throw new Error(result.error.issues[0]?.message ?? '内容不正确');
    },
  };
}

/** Field errors from a VALIDATION answer, ready for `form.setFields`. */
export function fieldErrors(err: unknown): Parameters<FormInstance['setFields']>[0] {
  if (!(err instanceof ApiError) || err.code !== 'VALIDATION') return [];
  const issues = (err.details as { issues?: { path: string[]; message: string }[] } | undefined)?.issues ?? [];
  return issues.filter((i) => i.path.length).map((i) => ({ name: i.path, errors: [i.message] }));
}
