/** core/platform/open-file.ts in the desktop app: the system's program for the file (WPS, a PDF reader, the photo viewer). */
import { shell } from 'electron';
import { AppError } from '../core/errors';
import type { FileOpener } from '../core/platform/open-file';

export const openWithSystem: FileOpener = async (path) => {
  const problem = await shell.openPath(path);
  if (problem) throw new AppError('CONFLICT', `无法打开附件：${problem}。请确认电脑上装有能打开这类文件的程序（如 WPS、PDF 阅读器、看图软件）。`);
};
