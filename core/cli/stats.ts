import { argValue } from '../platform/paths';
import { dispatch } from '../api/dispatch';
import { apiTable } from '../api';
import type { CliCommand } from './commands';
import { openForCli } from './open';

/** The same figures as the 基本情况统计 page, as JSON (through the API, so the same validation). */
export const stats: CliCommand = {
  summary: '妇女基本情况统计（JSON） [--db 路径] [--as-of 统计截止日期 YYYY-MM-DD，默认今天]',
  async run(args) {
    const asOf = argValue(args, '--as-of');
    const { ctx, close } = await openForCli(args);
    try {
      const answer = await dispatch(apiTable, ctx, 'members.stats', asOf ? { asOf } : undefined);
      if (!answer.ok) {
        console.error(answer.error.message);
        return 2;
      }
      console.log(JSON.stringify(answer.value, null, 2));
      return 0;
    } finally {
      await close();
    }
  },
};
