import { printFailure, printJson } from '../backup/cli-output';
import { verifyBag } from '../archive/bagit';
import type { CliCommand } from './commands';

export const verifyArchive: CliCommand = {
  summary: '校验档案包（BagIt）：逐个文件重新计算校验值，列出 正常/被改动/缺失/多出 的文件（有问题时退出码为 1）',
  async run(args) {
    const dir = args.find((a) => !a.startsWith('--'));
    if (!dir) {
      printJson({ ok: false, error: { code: 'VALIDATION', message: '请指定要校验的档案包文件夹：npm run cli -- verify-archive 文件夹' } });
      return 2;
    }
    try {
      const report = await verifyBag(dir);
      printJson(report);
      return report.ok ? 0 : 1;
    } catch (err) {
      return printFailure(err);
    }
  },
};
