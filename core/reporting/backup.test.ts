/** The signing key goes into every backup and comes back on a PC that has none. */
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { createBackup } from '../backup/service';
import { demoMembers } from '../members/demo';
import { bringBackReportKey } from './backup';
import { keyPathFor } from './keys';
import { exportPackage, seedBranch } from './testing';

describe('上报包签名密钥与备份', () => {
  it('a backup carries the key; a data file without a key gets it back, one with a key keeps its own', async () => {
    const opened = await openTempDatabase();
    await seedBranch(opened.ctx, '第1社区', 'C01', '', demoMembers(10, 1, '2026-11-29'));
    const first = await exportPackage(opened.ctx, '2026-11-29');
    const backup = await createBackup(opened, { kind: 'manual', now: new Date('2026-11-29T09:00:00+08:00') });
    expect(readFileSync(keyPathFor(backup.path), 'utf8')).toBe(readFileSync(keyPathFor(opened.path), 'utf8'));

    rmSync(keyPathFor(opened.path)); // the PC died; the data file came back from the backup
    expect(bringBackReportKey(opened.path, backup.path)).toBe(true);
    expect((await exportPackage(opened.ctx, '2026-11-29')).fingerprint).toBe(first.fingerprint);
    expect(bringBackReportKey(opened.path, backup.path)).toBe(false);
    expect(existsSync(keyPathFor(opened.path))).toBe(true);
  });
});
