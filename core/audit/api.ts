/** audit.* — 设置 → 操作日志 (管理员), and the print route's record of what was printed. */
import { z } from 'zod';
import { requiredText, userText } from '../api/schemas';
import { selectOperatorNames } from '../../db/audit/queries';
import { selectMeeting } from '../../db/meetings/queries';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { selectZones } from '../members/stats-query';
import { describePrint } from './describe';
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

  /** Called by the print route when a document is printed (打印) or saved as PDF (导出). */
  recordPrint: defineQuery(
    z.object({
      document: requiredText('打印的文档', 60),
      mode: z.enum(['print', 'pdf'], { error: '打印方式应为 print 或 pdf' }).default('print'),
      title: userText('标题', 200).default(''),
      params: z
        .record(userText('打印参数名', 60), userText('打印参数', 1000))
        .refine((p) => Object.keys(p).length <= 30, '打印参数最多30项')
        .default({}),
      count: z.number().int().min(0).optional(),
    }),
    async (ctx, facts) => {
      const id = Number(facts.params.id);
      const meeting = facts.document.startsWith('meeting') && Number.isInteger(id) && id > 0 ? await selectMeeting(ctx.db, id, { includeDeleted: true }) : undefined;
      const zoneNames = facts.document === 'members-roster' ? new Map((await selectZones(ctx.db)).map((z) => [z.id, z.name])) : undefined;
      const detail = describePrint({ ...facts, subject: meeting?.title, zoneNames });
      await recordEvent(ctx, {
        action: facts.mode === 'pdf' ? 'export' : 'print',
        entity: facts.document,
        entityId: meeting?.id ?? null,
        label: facts.title || facts.document,
        detail,
      });
      return { recorded: true };
    },
  ),
};
