import { writeFile } from 'node:fs/promises';
import { argValue } from '../platform/paths';
import { dispatch } from '../api/dispatch';
import { apiTable } from '../api';
import type { CliCommand } from './commands';
import { openForCli } from './open';

/** The annual 学习台账 as .xlsx, through the API (same validation and audit as the app), with a JSON summary. */
export const studyLedger: CliCommand = {
  summary: '导出年度学习台账 .xlsx：--year 年度 --out 文件.xlsx [--db 路径]',
  async run(args) {
    const year = Number(argValue(args, '--year'));
    const out = argValue(args, '--out');
    if (!Number.isInteger(year) || year < 1949 || year > 2100 || !out) {
      console.error('用法：study-ledger --year 年度（如 2026） --out 文件.xlsx [--db 路径]');
      return 2;
    }
    const { ctx, close } = await openForCli(args);
    try {
      const file = await dispatch(apiTable, ctx, 'study.exportLedger', { year });
      if (!file.ok) {
        console.error(file.error.message);
        return 2;
      }
      await writeFile(out, Buffer.from((file.value as { base64: string }).base64, 'base64'));
      const ledger = await dispatch(apiTable, ctx, 'study.ledger', { year });
      if (!ledger.ok) {
        console.error(ledger.error.message);
        return 2;
      }
      const { summary } = ledger.value as { summary: Record<string, number> };
      console.log(JSON.stringify({ ...summary, out }, null, 2));
      return 0;
    } finally {
      await close();
    }
  },
};
