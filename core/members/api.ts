/**
 * members.* — the 妇女花名册. Each part of the module keeps its methods in its
 * own file; this object joins them into the API table.
 */
import { z } from 'zod';
import { defineMethod } from '../api/define';
import { importApi } from './import/api';
import { rosterApi } from './roster-api';
import { memberInputSchema, statusChangeSchema } from './schema';
import { changeMemberStatus, createMember, updateMember } from './service';
import { statsApi } from './stats-api';

export const membersApi = {
  create: defineMethod(memberInputSchema, (ctx, fields) => createMember(ctx, fields)),

  update: defineMethod(z.object({ id: z.number().int().positive(), member: memberInputSchema }), (ctx, { id, member }) =>
    updateMember(ctx, id, member),
  ),

  changeStatus: defineMethod(statusChangeSchema, async (ctx, change) => {
    await changeMemberStatus(ctx, change);
    return { id: change.id };
  }),

  ...rosterApi,
  ...importApi,
  ...statsApi,
};
