import { writeFileSync } from 'node:fs';
import { selectDistrictBranches } from '../../db/reporting/queries';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { argValue } from '../platform/paths';
import { mergeFolder } from '../reporting/folder';
import { summaryWorkbook } from '../reporting/xlsx';
import { isoDateSchema } from '../api/schemas';
import type { CliCommand } from './commands';
import { openForCli } from './open';

/** Branch side: the signed 上报包 for a date, through the same API method as 统计 → 生成上报包. */
export const exportReport: CliCommand = {
  summary: '生成上报包 --as-of 统计截止日期 --out 文件 [--db 路径] [--filled-by 填表人] [--reviewed-by 审核人]',
  async run(args) {
    const asOf = argValue(args, '--as-of');
    const out = argValue(args, '--out');
    if (!asOf || !out) {
      console.error('用法：export-report --as-of YYYY-MM-DD --out 文件名.fulian-report');
      return 2;
    }
    const { ctx, close } = await openForCli(args);
    try {
      const input = { asOf, filledBy: argValue(args, '--filled-by') ?? '', reviewedBy: argValue(args, '--reviewed-by') ?? '' };
      const answer = await dispatch(apiTable, ctx, 'reporting.exportPackage', input);
      if (!answer.ok) {
        console.error(answer.error.message);
        return 2;
      }
      const value = answer.value as { base64: string; fingerprint: string; total: number; hashed: number; fileName: string };
      writeFileSync(out, Buffer.from(value.base64, 'base64'));
      console.log(JSON.stringify({ out, fileName: value.fileName, fingerprint: value.fingerprint, total: value.total, hashed: value.hashed }));
      return 0;
    } finally {
      await close();
    }
  },
};

/** 街道 side: verify and merge every package in a folder against the 社区 registered in the data file; writes nothing to it. */
export const mergeReports: CliCommand = {
  summary: '汇总上报包（JSON） 文件夹 --as-of 统计截止日期 [--out 汇总表.xlsx] [--db 路径]；有被拒的上报包时退出码为1',
  async run(args) {
    const dir = args.find((a, i) => !a.startsWith('--') && (i === 0 || !args[i - 1]!.startsWith('--')));
    const asOf = isoDateSchema('统计截止日期').safeParse(argValue(args, '--as-of'));
    if (!dir || !asOf.success) {
      console.error('用法：merge-reports 文件夹 --as-of YYYY-MM-DD [--out 汇总表.xlsx]');
      return 2;
    }
    const { ctx, close } = await openForCli(args);
    try {
      const merged = mergeFolder(dir, asOf.data, await selectDistrictBranches(ctx.db));
      const out = argValue(args, '--out');
      if (out) writeFileSync(out, Buffer.from((await summaryWorkbook(merged.report)).base64, 'base64'));
      const { report } = merged;
      console.log(
        JSON.stringify(
          {
            asOf: report.asOf,
            expected: report.expected,
            received: report.received,
            missing: report.missing,
            refused: merged.refused,
            replaced: merged.replaced,
            duplicates: report.duplicates,
            duplicateTotal: report.duplicateTotal,
            summary: report.summary,
            summaryTotal: report.summaryTotal,
            stats: report.stats,
          },
          null,
          2,
        ),
      );
      return merged.refused.length ? 1 : 0;
    } finally {
      await close();
    }
  },
};
