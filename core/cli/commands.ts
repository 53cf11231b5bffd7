/** The CLI's commands, one file each. */
import { backup } from './backup';
import { check } from './check';
import { deliberationFigures } from './deliberation-figures';
import { restore } from './restore';
import { importMembers } from './import-members';
import { seedDemo } from './seed-demo';
import { stats } from './stats';
import { studyLedger } from './study-ledger';
import { exportReport, mergeReports } from './reporting';
import { verifyArchive } from './verify-archive';
import { exportArchiveCommand } from './export-archive';
import { yearbook } from './yearbook';

export interface CliCommand {
  summary: string;
  /** Returns the process exit code. */
  run(args: string[]): Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  backup,
  restore,
  check,
  'seed-demo': seedDemo,
  'import-members': importMembers,
  stats,
  'study-ledger': studyLedger,
  'deliberation-figures': deliberationFigures,
  'export-report': exportReport,
  'merge-reports': mergeReports,
  'verify-archive': verifyArchive,
  'export-archive': exportArchiveCommand,
  yearbook,
};
