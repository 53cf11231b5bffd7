/** backup.*: 设置 → 数据备份. Needs the running app's DatabaseHolder (ctx.database) for anything that copies the open file. */
import { z } from 'zod';
import { defineMethod, defineQuery, noInput } from '../api/define';
import { recordEvent } from '../audit/record';
import type { AppContext } from '../context';
import { pathText, requireHolder } from './holder';
import { requireAdmin } from '../operators/access';
import { checkDataFile } from './check';
import { backupsDirFor } from './names';
import { inspectBackupFile, restoreFromFile, type DataFileIdentity } from './restore';
import { DATA_FILE_ID_KEY } from '../../db/backup';
import { readAppSetting } from '../../db/operators/queries';
import { createBackup, listBackups, rotateBackups } from './service';
import { copyToExtraDir, readExtraDir, saveExtraDir } from './extra-copy';

const holderOf = (ctx: AppContext) => requireHolder(ctx, '此运行方式不支持备份与恢复。');
/** The open data file's path and id, which tell its backups from other files'. */
const identityOf = async (ctx: AppContext): Promise<DataFileIdentity> => ({
  dataPath: ctx.dbPath,
  id: await readAppSetting<string | null>(ctx.db, DATA_FILE_ID_KEY, null),
});

export const backupApi = {
  /** The backups folder and the list of backups in it, newest first. */
  list: defineQuery(noInput, async (ctx) => ({
    backupsDir: backupsDirFor(ctx.dbPath),
    dataPath: ctx.dbPath,
    /** True in the desktop app, where backup.choosePath opens a native dialog. */
    canChoosePath: Boolean(ctx.choosePath),
    /** 备份也保存到: each backup is also made here ('' when not set). */
    extraDir: await readExtraDir(ctx.db),
    backups: await listBackups(ctx.dbPath, (await identityOf(ctx)).id),
  })),

  /** 立即备份 / 备份到…: an online, verified backup into the backups folder or `targetDir`. */
  create: defineMethod(z.object({ targetDir: pathText('备份保存的文件夹').optional() }).optional(), async (ctx, input) => {
    const holder = holderOf(ctx);
    // A copy on a USB stick holds every full 身份证号: like a full export, 管理员 only.
    if (input?.targetDir) requireAdmin(ctx, '备份到其他位置（如U盘）');
    const made = await holder.exclusive(async () => {
      const made = await createBackup(holder.current, { kind: 'manual', now: ctx.now(), targetDir: input?.targetDir });
      await rotateBackups(ctx.dbPath);
      const extra = input?.targetDir ? undefined : await copyToExtraDir(holder.current, 'manual', ctx.now());
      return { ...made, extra };
    });
    await recordEvent(ctx, { action: 'backup', entity: 'data_file', label: made.name, detail: input?.targetDir ? `备份到 ${input.targetDir}` : '立即备份' });
    return made;
  }),

  /** 备份也保存到 (the wizard's last step, or 数据备份): a folder or USB path checked now; '' turns it off. A copy holds every full 身份证号: 管理员 only. */
  setExtraDir: defineMethod(
    z.object({ dir: z.string({ error: '备份也保存到：应为文字' }).trim().max(1000, { error: '备份也保存到：位置太长' }) }),
    async (ctx, input) => {
      const before = await readExtraDir(ctx.db);
      const dir = await saveExtraDir(ctx.db, input.dir);
      await recordEvent(ctx, { action: 'update', entity: 'data_file', label: '备份也保存到', detail: `${before || '（未设置）'} → ${dir || '（不再另存）'}` });
      return { extraDir: dir };
    },
    { access: 'admin' },
  ),

  /** What a backup file holds; refuses files that are not ours, damaged, or from a newer version. */
  inspect: defineQuery(z.object({ path: pathText('备份文件的位置') }), async (ctx, input) =>
    inspectBackupFile(input.path, await identityOf(ctx)),
  ),

  /** Safety backup of the current data, then the swap. Another data file's backup needs `confirmOtherFile`. */
  restore: defineMethod(
    z.object({ path: pathText('备份文件的位置'), confirmOtherFile: z.boolean().optional() }),
    async (ctx, input) => {
      const restored = await restoreFromFile(holderOf(ctx), input.path, ctx.now(), { confirmOtherFile: input.confirmOtherFile });
      // Written into the restored file: its log then says when and by whom it came back.
      await recordEvent(ctx, { action: 'restoreBackup', entity: 'data_file', label: input.path.split(/[\\/]/).pop() ?? '', detail: `从 ${input.path} 恢复` });
      return restored;
    },
    { access: 'admin' },
  ),

  /** 检查数据文件. */
  check: defineQuery(noInput, (ctx) => checkDataFile(ctx.dbPath)),

  /** The desktop app's folder/file dialog; `available: false` in the browser, where the page offers a text field. */
  choosePath: defineMethod(z.object({ kind: z.enum(['folder', 'backup-file']) }), async (ctx, input) => {
    if (!ctx.choosePath) return { available: false as const };
    const path = await ctx.choosePath(input.kind, backupsDirFor(ctx.dbPath));
    return { available: true as const, path: path ?? null };
  }),
};
