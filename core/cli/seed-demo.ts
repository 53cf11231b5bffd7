import { argValue } from '../platform/paths';
import { seedDemoMembers } from '../members/demo-seed';
import type { CliCommand } from './commands';
import { seedDemoRecords } from './demo-records';
import { openForCli } from './open';

export const seedDemo: CliCommand = {
  summary: '填入演示用的虚构妇女名单 [--db 路径] [--members 人数，默认 2600] [--seed 数字] [--records 同时生成一年的学习记录等台账]',
  async run(args) {
    const count = Number(argValue(args, '--members') ?? 2600);
    if (!Number.isInteger(count) || count < 1 || count > 1_000_000) {
      console.error('--members 应为 1 到 1000000 之间的整数');
      return 2;
    }
    const seed = argValue(args, '--seed');
    const { ctx, close } = await openForCli(args);
    try {
      const started = Date.now();
      const result = await seedDemoMembers(ctx, count, seed ? Number(seed) : undefined);
      const records = args.includes('--records') ? { records: await seedDemoRecords(ctx, ctx.now().getFullYear()) } : {};
      console.log(JSON.stringify({ ...result, ...records, db: ctx.dbPath, ms: Date.now() - started }));
      return 0;
    } finally {
      await close();
    }
  },
};
