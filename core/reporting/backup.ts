/**
 * The branch's signing key travels with its backups: `<backup>.report-key.pem` beside
 * each backup file. A restore puts it back only where the data file has none (a new PC):
 * an existing key is never overwritten, since the 街道 registered its fingerprint.
 */
import { copyFileSync, existsSync } from 'node:fs';
import { keyPathFor } from './keys';

export function carryReportKey(dataPath: string, backupPath: string): boolean {
  const from = keyPathFor(dataPath);
  if (!existsSync(from)) return false;
  copyFileSync(from, keyPathFor(backupPath));
  return true;
}

export function bringBackReportKey(dataPath: string, backupPath: string): boolean {
  const from = keyPathFor(backupPath);
  const to = keyPathFor(dataPath);
  if (!existsSync(from) || existsSync(to)) return false;
  copyFileSync(from, to);
  return true;
}
