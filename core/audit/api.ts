/** audit.* — 设置 → 操作日志 (管理员), and the print route's record of what was printed. */
import { z } from 'zod';
import { requiredText, userText } from '../api/schemas';
import { selectOperatorNames } from '../../db/audit/queries';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { auditFilterSchema, auditListSchema, exportAudit, listAudit } from './list';
import { AUDIT_ACTIONS, ENTITY_TYPES } from './names';
import { recordEvent } from './record';

export const auditApi = {
  list: defineMethod(auditListSchema, (ctx, input) => listAudit(ctx, input), { access: 'admin' }),

  /** The filters' choices: operators seen in the log, actions and entity types. */
  filterOptions: defineMethod(
    noInput,
    async (ctx) => ({
      operators: (await selectOperatorNames(ctx.db)).map((r) => r.operator_name),
      actions: Object.entries(AUDIT_ACTIONS).map(([value, label]) => ({ value, label })),
      entityTypes: Object.entries(ENTITY_TYPES).map(([value, label]) => ({ value, label })),
    }),
    { access: 'admin' },
  ),

  export: defineMethod(auditFilterSchema, (ctx, filter) => exportAudit(ctx, filter), { access: 'admin' }),

  /** Called by the print route when a document is printed or saved as PDF. */
  recordPrint: defineQuery(
    z.object({
      document: requiredText('打印的文档', 60),
      title: userText('标题', 200).default(''),
      params: z
        .record(userText('打印参数名', 60), userText('打印参数', 200))
        .refine((p) => Object.keys(p).length <= 30, '打印参数最多30项')
        .default({}),
    }),
    async (ctx, { document, title, params }) => {
      const detail = Object.entries(params)
        .map(([k, v]) => `${k}=${v}`)
        .join('，');
      await recordEvent(ctx, { action: 'print', entity: document, label: title || document, detail });
      return { recorded: true };
    },
  ),
};
