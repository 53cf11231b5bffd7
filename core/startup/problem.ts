/**
 * Why the data file could not be opened at start, in words an officer can act
 * on. openDatabase (db/open.ts) throws AppErrors whose codes say most of it; a
 * file held by another program shows up as SQLITE_BUSY in the cause, whatever
 * code it was wrapped in, so that is looked for first.
 */
import { AppError } from '../errors';
import type { StartupProblem } from '../backup/holder';

const LOCKED = /SQLITE_BUSY|SQLITE_LOCKED|database is locked/i;

function technicalText(err: unknown): string {
  if (err instanceof AppError) {
    const cause = (err.details as { cause?: unknown } | undefined)?.cause;
    return [`${err.code}: ${err.message}`, cause ? String(cause) : ''].filter(Boolean).join('\n');
  }
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

export function describeOpenFailure(path: string, err: unknown): StartupProblem {
  const technical = technicalText(err);
  const base = { path, technical };
  if (LOCKED.test(technical)) {
    return {
      ...base,
      kind: 'locked',
      title: '数据文件正被其他程序占用',
      message:
        `数据文件“${path}”正被另一个程序使用（可能是本软件已在另一个窗口或另一个用户下运行，或是杀毒、同步、备份软件正在读取它），` +
        '暂时无法打开。请关闭占用它的程序后点“重新尝试”；数据没有被改动。',
    };
  }
  const code = err instanceof AppError ? err.code : undefined;
  if (code === 'DB_TOO_NEW') {
    return {
      ...base,
      kind: 'too-new',
      title: '数据文件来自更新版本的软件',
      message: `数据文件“${path}”是由更新版本的社区妇联工作台账保存的，本软件版本较旧，打开它可能损坏数据。请先升级本软件；也可以从备份恢复或打开其他数据文件。`,
    };
  }
  const reason = err instanceof AppError ? (err.details as { reason?: string } | undefined)?.reason : undefined;
  if (code === 'DB_OPEN_FAILED' && reason === 'empty') {
    return {
      ...base,
      kind: 'empty',
      title: '数据文件是空的',
      message:
        `数据文件“${path}”存在，但里面没有任何数据（可能是复制中断、同步软件或磁盘故障造成的）。` +
        '本软件没有改动它，也没有把它当作新的数据文件。请从下面最近的一份完好备份恢复，或打开其他数据文件。',
    };
  }
  if (code === 'DB_OPEN_FAILED' && reason === 'foreign') {
    return {
      ...base,
      kind: 'foreign',
      title: '这不是本软件的数据文件',
      message: `文件“${path}”是其他软件的数据库，不是社区妇联工作台账的数据文件。本软件没有改动它。请从备份恢复，或打开正确的数据文件。`,
    };
  }
  if (code === 'DB_CORRUPT') {
    return {
      ...base,
      kind: 'corrupt',
      title: '数据文件已损坏',
      message:
        `数据文件“${path}”已损坏或不完整（可能是断电、U盘拔出或磁盘故障造成的），无法打开。` +
        '损坏的文件会原样保留；请从下面最近的一份完好备份恢复，或打开其他数据文件。',
    };
  }
  return {
    ...base,
    kind: 'cannot-open',
    title: '无法打开数据文件',
    message: `无法打开数据文件“${path}”：文件可能不存在、是一个文件夹，或当前用户没有读写权限。请从备份恢复，或打开其他数据文件。`,
  };
}
