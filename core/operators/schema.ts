import { z } from 'zod';
import { idRef, requiredText } from '../api/schemas';
import { ROLES } from './roles';

const id = idRef('操作员');

export const operatorSaveSchema = z.object({
  id: id.optional(),
  name: z.string({ error: '请填写操作员姓名' }).pipe(requiredText('操作员姓名', 20)),
  role: z.enum(ROLES as [string, ...string[]], { error: '角色只能是管理员、录入员或只读' }).transform((r) => r as (typeof ROLES)[number]),
});

export const passwordSchema = z
  .string({ error: '请填写密码' })
  .min(4, '密码至少4位')
  .max(64, '密码不能超过64位');

export const setPasswordSchema = z.object({ id, password: passwordSchema.nullable() });

export const operatorIdSchema = z.object({ id });

export const lockSettingsSchema = z.object({
  idleMinutes: z.number({ error: '请填写无操作自动锁定的分钟数' }).int('请填写整数分钟').min(1, '至少1分钟').max(240, '最多240分钟'),
});

export const unlockSchema = z.object({
  operatorId: id,
  password: z.string().max(64, '密码不能超过64位').default(''),
});
