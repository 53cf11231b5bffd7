import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../errors';
import { importMembersFromFile, type ImportSummary } from '../members/import/run';
import { argValue } from '../platform/paths';
import type { CliCommand } from './commands';
import { openForCli } from './open';

const OPTIONS_WITH_VALUE = new Set(['--db', '--on-existing']);

/** The one argument that is neither an option nor an option's value. */
function fileArg(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (OPTIONS_WITH_VALUE.has(args[i]!)) i++;
    else if (!args[i]!.startsWith('--')) return args[i];
  }
  return undefined;
}

const failed = (message: string): ImportSummary => ({
  rows: 0, imported: 0, updated: 0, skipped: 0, errorRows: 0,
  errors: [{ sheet: '', row: 0, column: '', message }], warnings: [], notes: [], skippedRows: [], pending: [], sheets: [], ignoredSheets: [],
  newZones: [], dryRun: false,
});

/**
 * Nobody ticks 需确认 rows at a command line: both rows of a 身份证号 that appears
 * twice are reported as errors, a male ID as a warning; none of them is imported.
 */
function reportPending(summary: ImportSummary): ImportSummary {
  const asProblem = (p: ImportSummary['pending'][number]) => ({ sheet: p.sheet, row: p.row, column: '身份证号', message: `${p.message}（命令行导入不导入此行）` });
  return {
    ...summary,
    errors: [...summary.errors, ...summary.pending.filter((p) => p.kind === 'duplicate').map(asProblem)],
    warnings: [...summary.warnings, ...summary.pending.filter((p) => p.kind === 'male').map(asProblem)],
  };
}

export const importMembers: CliCommand = {
  summary: '从 .xlsx/.xls/.csv 导入花名册（每个工作表）：FILE [--db 路径] [--dry-run] [--on-existing skip|update]',
  async run(args) {
    const file = fileArg(args);
    const onExisting = argValue(args, '--on-existing') ?? 'skip';
    if (!file || (onExisting !== 'skip' && onExisting !== 'update')) {
      console.error('用法：npm run cli -- import-members 文件 [--db 路径] [--dry-run] [--on-existing skip|update]');
      return 2;
    }
    const buffer = await readFile(file).catch(() => null);
    if (!buffer) {
      console.log(JSON.stringify(failed(`找不到或无法读取文件“${file}”`)));
      return 1;
    }
    const { ctx, close } = await openForCli(args);
    try {
      const dryRun = args.includes('--dry-run');
      const summary = await importMembersFromFile(ctx, buffer, basename(file), { onExisting, dryRun }).catch((err: unknown) => {
        if (err instanceof AppError) return { ...failed(err.message), dryRun };
        throw err;
      });
      console.log(JSON.stringify(reportPending(summary)));
      return summary.imported + summary.updated > 0 ? 0 : 1;
    } finally {
      await close();
    }
  },
};
