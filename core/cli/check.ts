import { resolveDbPath } from '../platform/paths';
import { printJson } from '../backup/cli-output';
import { checkDataFile } from '../backup/check';
import type { CliCommand } from './commands';

export const check: CliCommand = {
  summary: '检查数据文件：完整性、外键、数据库版本、记录数 [--db 路径]（有问题时退出码为 1）',
  async run(args) {
    const report = await checkDataFile(resolveDbPath(args, process.env));
    printJson(report);
    return report.ok ? 0 : 1;
  },
};
