import { exportArchive } from '../archive/package';
import { exportArchiveSchema } from '../archive/schema';
import { printFailure, printJson } from '../backup/cli-output';
import { argValue } from '../platform/paths';
import type { CliCommand } from './commands';
import { openForCli } from './open';

/** A year's archive package (BagIt) into a new or empty folder, with a JSON summary; non-zero exit on failure. */
export const exportArchiveCommand: CliCommand = {
  summary: '导出年度档案包（BagIt）：--year 年度 --out 新的或空的文件夹 [--db 路径]',
  async run(args) {
    const parsed = exportArchiveSchema.safeParse({ year: Number(argValue(args, '--year')), outDir: argValue(args, '--out') ?? '' });
    if (!parsed.success) {
      printJson({ ok: false, error: { code: 'VALIDATION', message: `用法：export-archive --year 年度（如 2026） --out 文件夹 [--db 路径]（${parsed.error.issues[0]!.message}）` } });
      return 2;
    }
    const { ctx, close } = await openForCli(args);
    try {
      const result = await exportArchive(ctx, parsed.data);
      printJson({ ok: true, ...result });
      return 0;
    } catch (err) {
      return printFailure(err);
    } finally {
      await close();
    }
  },
};
