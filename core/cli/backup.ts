import { argValue, resolveDbPath } from '../platform/paths';
import { printFailure, printJson } from '../backup/cli-output';
import { createBackup, rotateBackups } from '../backup/service';
import { openDatabase } from '../../db/open';
import type { CliCommand } from './commands';

export const backup: CliCommand = {
  summary: '立即备份数据文件（在线备份并校验） [--db 路径] [--to 文件夹，默认数据文件旁的 backups]',
  async run(args) {
    const opened = await openDatabase(resolveDbPath(args, process.env));
    try {
      const targetDir = argValue(args, '--to');
      const made = await createBackup(opened, { kind: 'manual', now: new Date(), targetDir });
      const deleted = targetDir ? [] : await rotateBackups(opened.path);
      printJson({ ok: true, backup: made, rotatedAway: deleted });
      return 0;
    } catch (err) {
      return printFailure(err);
    } finally {
      await opened.close();
    }
  },
};
