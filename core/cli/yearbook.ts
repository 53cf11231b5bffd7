import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { dispatch } from '../api/dispatch';
import { apiTable } from '../api';
import { printJson } from '../backup/cli-output';
import { argValue } from '../platform/paths';
import type { CliCommand } from './commands';
import { openForCli } from './open';

const USAGE = '用法：yearbook --year 年度（如 2026） --out 文件.xlsx 或 文件.pdf [--db 路径]';

/**
 * The 年度工作台账 as .xlsx or PDF (by the --out extension), through the API (same
 * validation, masking and audit as the app); the PDF through the headless-Chromium
 * service the archive uses. JSON out, non-zero exit on failure.
 */
export const yearbook: CliCommand = {
  summary: '导出年度工作台账：--year 年度 --out 文件.xlsx|文件.pdf [--db 路径]',
  async run(args) {
    const year = Number(argValue(args, '--year'));
    const out = argValue(args, '--out');
    const kind = out ? extname(out).toLowerCase() : '';
    if (!Number.isInteger(year) || !out || (kind !== '.xlsx' && kind !== '.pdf')) {
      printJson({ ok: false, error: { code: 'VALIDATION', message: `${USAGE}（${!out ? '缺少 --out' : kind !== '.xlsx' && kind !== '.pdf' ? '输出文件须以 .xlsx 或 .pdf 结尾' : '年度应为整数'}）` } });
      return 2;
    }
    const { ctx, close } = await openForCli(args);
    try {
      const file = await dispatch(apiTable, ctx, kind === '.pdf' ? 'yearbook.exportPdf' : 'yearbook.exportXlsx', { year });
      if (!file.ok) {
        printJson({ ok: false, error: file.error });
        return 1;
      }
      const value = file.value as { base64: string; pages?: number };
      await writeFile(out, Buffer.from(value.base64, 'base64'));
      const built = await dispatch(apiTable, ctx, 'yearbook.build', { year });
      if (!built.ok) {
        printJson({ ok: false, error: built.error });
        return 1;
      }
      const y = built.value as { asOf: string; members: { total: number }; meetings: { total: number }; study: { summary: { sessions: number; hours: number } }; deliberation: { figures: { yearly: { raised: number; closed: number } } }; archive: { total: number } };
      printJson({
        ok: true,
        out,
        year,
        asOf: y.asOf,
        ...(value.pages ? { pages: value.pages } : {}),
        members: y.members.total,
        meetings: y.meetings.total,
        studySessions: y.study.summary.sessions,
        studyHours: y.study.summary.hours,
        itemsRaised: y.deliberation.figures.yearly.raised,
        itemsClosed: y.deliberation.figures.yearly.closed,
        archived: y.archive.total,
      });
      return 0;
    } finally {
      await close();
    }
  },
};
