/**
 * startup.*: the start screen shown when the data file could not be opened.
 * These methods use only the DatabaseHolder, never ctx.db, so they work while
 * no file is open; every other method then answers DB_NOT_OPEN.
 */
import { z } from 'zod';
import { defineMethod, noInput } from '../api/define';
import { pathText, requireHolder } from '../backup/holder';
import type { AppContext } from '../context';
import { goodBackups, openOtherFile, restoreAtStartup, retryOpen } from './recover';

const holderOf = (ctx: AppContext) => requireHolder(ctx, '此运行方式没有启动页面。');

/**
 * Answered even while the app is locked: StartupGate asks status before anything
 * else, and restoreBackup/openFile/retry refuse by themselves unless the data file
 * failed to open. chooseFile (a file dialog) keeps the default: in the recovery
 * state there are no operators to check, so it works there anyway.
 */
const always = { access: 'always' } as const;

export const startupApi = {
  /** 'ok' when the data file is open; otherwise what is wrong and the backups that would restore it. */
  status: defineMethod(
    noInput,
    async (ctx) => {
      const holder = holderOf(ctx);
      if (holder.isOpen || !holder.problem) return { state: 'ok' as const, dataPath: holder.path };
      return {
        state: 'problem' as const,
        dataPath: holder.path,
        problem: holder.problem,
        backups: await goodBackups(holder.path),
        canChoosePath: Boolean(ctx.choosePath),
      };
    },
    always,
  ),

  /** 从这份备份恢复: keeps the damaged file in backups/, puts the backup in its place and opens it. */
  restoreBackup: defineMethod(
    z.object({ path: pathText('备份文件的位置') }),
    (ctx, input) => restoreAtStartup(holderOf(ctx), input.path, ctx.now()),
    always,
  ),

  /** 打开其他数据文件 (for this session). */
  openFile: defineMethod(
    z.object({ path: pathText('数据文件的位置') }),
    (ctx, input) => openOtherFile(holderOf(ctx), input.path),
    always,
  ),

  /** 重新尝试 the same file, e.g. after closing the program that held it. */
  retry: defineMethod(noInput, (ctx) => retryOpen(holderOf(ctx)), always),

  /** The desktop app's file dialog for 打开其他数据文件; `available: false` in the browser. */
  chooseFile: defineMethod(noInput, async (ctx) => {
    if (!ctx.choosePath) return { available: false as const };
    const path = await ctx.choosePath('data-file', holderOf(ctx).path);
    return { available: true as const, path: path ?? null };
  }),
};
