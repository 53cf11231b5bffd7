/** members.* methods for the list, search, zones, detail, export of the roster. */
import { z } from 'zod';
import { idRef, userText } from '../api/schemas';
import { defineMethod, noInput } from '../api/define';
import { CARE_TAGS } from './codes';
import { tagsInUse } from '../../db/members/roster-queries';
import { checkDuplicates, getMember, revealMemberField } from './roster-detail';
import { exportRoster, exportRosterSchema, rosterSheet } from './roster-export';
import { rosterListSchema, rosterSelectionSchema } from './roster-schema';
import { searchMembers } from './search';
import { deleteZone, listZones, reorderZones, saveZone, zoneIdSchema, zoneOrderSchema, zoneSaveSchema } from './zones';

const memberId = z.object({ id: idRef('成员') });

export const rosterApi = {
  list: defineMethod(rosterListSchema, (ctx, params) => searchMembers(ctx, params)),

  get: defineMethod(memberId, (ctx, { id }) => getMember(ctx, id)),

  /** Explicit reveal of a masked field; separate so it can be audited. */
  reveal: defineMethod(
    memberId.extend({ field: z.enum(['idNumber', 'phone'], { error: '只能查看身份证号或联系电话' }) }),
    (ctx, { id, field }) => revealMemberField(ctx, id, field),
  ),

  checkDuplicates: defineMethod(
    z.object({ name: userText('姓名', 60).default(''), idNumber: userText('身份证号', 40), excludeId: idRef('成员').optional() }),
    (ctx, input) => checkDuplicates(ctx, input),
  ),

  /** Care tags to offer: the defaults, then any the officers added. */
  listTags: defineMethod(noInput, async (ctx) => [...new Set([...CARE_TAGS, ...(await tagsInUse(ctx.db))])]),

  /** The whole selection, masked, for the printed 花名册. */
  rosterSheet: defineMethod(rosterSelectionSchema, (ctx, selection) => rosterSheet(ctx, selection)),

  /** .xlsx of the selection; full 身份证号 only with fullIdNumbers (the UI confirms first). */
  exportRoster: defineMethod(exportRosterSchema, (ctx, input) => exportRoster(ctx, input)),

  listZones: defineMethod(noInput, (ctx) => listZones(ctx)),
  saveZone: defineMethod(zoneSaveSchema, (ctx, zone) => saveZone(ctx, zone)),
  deleteZone: defineMethod(zoneIdSchema, (ctx, { id }) => deleteZone(ctx, id)),
  reorderZones: defineMethod(zoneOrderSchema, (ctx, { ids }) => reorderZones(ctx, ids)),
};
