import { resolveDbPath } from '../platform/paths';
import { printFailure, printJson } from '../backup/cli-output';
import { DatabaseHolder } from '../backup/holder';
import { inspectBackupFile, restoreFromFile } from '../backup/restore';
import { openDatabase } from '../../db/open';
import type { CliCommand } from './commands';

/** The first argument that is neither an option nor an option's value. */
function fileArgument(args: string[]): string | undefined {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--db') i++;
    else if (!arg.startsWith('--')) return arg;
  }
  return undefined;
}

export const restore: CliCommand = {
  summary: '从备份文件恢复：restore 文件 [--db 路径] [--yes]（不加 --yes 只显示备份内容）',
  async run(args) {
    const file = fileArgument(args);
    if (!file) {
      console.error('请指定要恢复的备份文件：npm run cli -- restore 文件 [--db 路径] [--yes]');
      return 2;
    }
    try {
      if (!args.includes('--yes')) {
        const inspected = await inspectBackupFile(file);
        printJson({
          ok: false,
          needsConfirmation: true,
          message: '尚未恢复。恢复会先把当前数据另存一份安全备份，再用这份备份替换当前数据。确认无误请加 --yes 重新运行。',
          backup: inspected,
        });
        return 3;
      }
      const holder = new DatabaseHolder(await openDatabase(resolveDbPath(args, process.env)));
      try {
        // --yes is given after the preview above: it confirms a backup of another data file too.
        const result = await restoreFromFile(holder, file, new Date(), { confirmOtherFile: true });
        printJson({ ok: true, dataFile: holder.current.path, ...result });
        return 0;
      } finally {
        await holder.close();
      }
    } catch (err) {
      return printFailure(err);
    }
  },
};
