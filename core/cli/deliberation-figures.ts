import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { argValue } from '../platform/paths';
import type { CliCommand } from './commands';
import { openForCli } from './open';

/** The 妇女议事会 quarterly and yearly figures as JSON, through the API (each rate with the counts it is built from). */
export const deliberationFigures: CliCommand = {
  summary: '妇女议事会季度和年度数字（JSON）：--year 年度 [--db 路径]',
  async run(args) {
    const year = Number(argValue(args, '--year'));
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      console.error('用法：deliberation-figures --year 年度（如 2026） [--db 路径]');
      return 2;
    }
    const { ctx, close } = await openForCli(args);
    try {
      const answer = await dispatch(apiTable, ctx, 'deliberation.figures', { year });
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
