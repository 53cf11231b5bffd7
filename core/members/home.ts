/** 妇女花名册 on the 首页: how many women are 在册 today. */
import { membersOnRoll } from '../../db/home/queries';
import type { HomeSource } from '../home/entry';

export const membersHome: HomeSource = {
  module: 'members',
  needs: 'members.list',
  async counts(ctx) {
    return [{ module: 'members', label: '在册妇女', value: await membersOnRoll(ctx.db), link: { route: '/members' } }];
  },
};
