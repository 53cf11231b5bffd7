/** backup.*: 设置 → 数据备份. Needs the running app's DatabaseHolder (ctx.database) for anything that copies the open file. */
import { z } from 'zod';
import { defineMethod, noInput } from '../api/define';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { checkDataFile } from './check';
import { backupsDirFor } from './names';
import { inspectBackupFile, restoreFromFile } from './restore';
import { createBackup, listBackups, rotateBackups } from './service';

function holderOf(ctx: AppContext) {
  if (!ctx.database) throw new AppError('INTERNAL', '此运行方式不支持备份与恢复。');
  return ctx.database;
}

const pathText = (what: string) =>
  z
    .string({ error: `请填写${what}` })
    .trim()
    .min(1, { error: `请填写${what}` })
    .max(1000, { error: `${what}太长` });

export const backupApi = {
  /** The backups folder and the list of backups in it, newest first. */
  list: defineMethod(noInput, async (ctx) => ({
    backupsDir: backupsDirFor(ctx.dbPath),
    dataPath: ctx.dbPath,
    /** True in the desktop app, where backup.choosePath opens a native dialog. */
    canChoosePath: Boolean(ctx.choosePath),
    backups: await listBackups(ctx.dbPath),
  })),

  /** 立即备份 / 备份到…: an online, verified backup into the backups folder or `targetDir`. */
  create: defineMethod(z.object({ targetDir: pathText('备份保存的文件夹').optional() }).optional(), async (ctx, input) => {
    const holder = holderOf(ctx);
    return holder.exclusive(async () => {
      const made = await createBackup(holder.current, { kind: 'manual', now: ctx.now(), targetDir: input?.targetDir });
      rotateBackups(ctx.dbPath);
      return made;
    });
  }),

  /** What a backup file holds; refuses files that are not ours, damaged, or from a newer version. */
  inspect: defineMethod(z.object({ path: pathText('备份文件的位置') }), (_ctx, input) => inspectBackupFile(input.path)),

  /** Safety backup of the current data, then the swap. */
  restore: defineMethod(z.object({ path: pathText('备份文件的位置') }), (ctx, input) =>
    restoreFromFile(holderOf(ctx), input.path, ctx.now()),
  ),

  /** 检查数据文件. */
  check: defineMethod(noInput, (ctx) => checkDataFile(ctx.dbPath)),

  /** The desktop app's folder/file dialog; `available: false` in the browser, where the page offers a text field. */
  choosePath: defineMethod(z.object({ kind: z.enum(['folder', 'backup-file']) }), async (ctx, input) => {
    if (!ctx.choosePath) return { available: false as const };
    const path = await ctx.choosePath(input.kind, backupsDirFor(ctx.dbPath));
    return { available: true as const, path: path ?? null };
  }),
};
