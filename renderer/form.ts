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

/**
 * For a form that validates on blur: a field already marked wrong is checked again as
 * the officer types, so "末位应为2" goes the moment the number is right (and a new
 * mistake is not shown before she has left the field). Use as the Form's onValuesChange.
 */
export function revalidateWhileWrong<T>(form: FormInstance<T>) {
  return (changed: Partial<T>) => {
    const wrong = Object.keys(changed as object).filter((name) => form.getFieldError(name as never).length > 0);
    if (wrong.length) void form.validateFields(wrong as never).catch(() => undefined);
  };
}
