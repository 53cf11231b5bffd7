/**
 * The package as a background job the screen polls: `startExport` answers at
 * once with a job id, `exportProgress` says how far it is and, at the end, the
 * result or the Chinese error. Jobs live in this process only (a package is
 * written by the app that started it); finished ones are kept a while for the
 * last poll.
 */
import { randomUUID } from 'node:crypto';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { exportArchive, type PackageProgress, type PackageResult } from './package';

interface Job {
  progress: PackageProgress;
  result?: PackageResult;
  error?: { code: string; message: string };
  finishedAt?: number;
}

const jobs = new Map<string, Job>();
const KEEP_MS = 10 * 60 * 1000;

export function startExport(ctx: AppContext, input: { year: number; outDir: string; itemIds?: number[] }) {
  for (const [id, job] of jobs) if (job.finishedAt && Date.now() - job.finishedAt > KEEP_MS) jobs.delete(id);
  if ([...jobs.values()].some((j) => !j.finishedAt)) throw new AppError('CONFLICT', '已有一个档案包正在生成，请等它完成后再导出。');
  const jobId = randomUUID();
  const job: Job = { progress: { phase: 'collect', files: 0, totalFiles: 0, bytes: 0, totalBytes: 0 } };
  jobs.set(jobId, job);
  exportArchive(ctx, input, (p) => (job.progress = p))
    .then((result) => (job.result = result))
    .catch((err: unknown) => {
      job.error = err instanceof AppError ? { code: err.code, message: err.message } : { code: 'INTERNAL', message: '生成档案包时出错，档案包未生成。' };
    })
    .finally(() => (job.finishedAt = Date.now()));
  return { jobId };
}

export function exportProgress(jobId: string) {
  const job = jobs.get(jobId);
  if (!job) throw new AppError('NOT_FOUND', '找不到这个导出任务，可能程序已重新启动，请重新导出。');
  return { done: job.finishedAt !== undefined, progress: job.progress, result: job.result ?? null, error: job.error ?? null };
}
