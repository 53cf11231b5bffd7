import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDatabaseFacts } from '../../db/backup';
import { openTempDatabase, tempDir } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { backupFileName, backupsDirFor } from './names';
import { autoBackupIfDue, createBackup, listBackups, newestBackupDate } from './service';

const NOW = new Date('2026-11-29T08:00:00+08:00');

async function withData() {
  const opened = await openTempDatabase();
  await opened.db
    .insertInto('branch_info')
    .values({ id: 1, name: '幸福里社区妇联', street: '城关街道', fonds_code: '', contact: '', phone: '', updated_at: NOW.toISOString() })
    .execute();
  const added = await dispatch(apiTable, opened.ctx, 'members.create', { name: '王秀英', idNumber: '11010519491231002X' });
  expect(added.ok).toBe(true);
  return opened;
}

describe('备份', () => {
  it('在线备份写到 backups 文件夹，校验通过，内容与当前数据一致', async () => {
    const opened = await withData();
    const made = await createBackup(opened, { kind: 'manual', now: NOW });
    expect(made.path).toBe(join(backupsDirFor(opened.path), backupFileName('manual', NOW)));
    expect(made.verified.integrity).toBe('ok');
    expect(made.verified.counts.member).toBe(1);
    expect(made.holds).toMatchObject({ branchName: '幸福里社区妇联', memberCount: 1 });
    expect(made.restorable).toBe(true);
    // A self-contained file: rollback journal, nothing beside it.
    expect(readdirSync(backupsDirFor(opened.path))).toEqual([made.name]);
    const facts = await readDatabaseFacts(made.path, { integrity: true });
    expect(facts.integrity).toBe('ok');
    expect(facts.schemaVersion).toBeGreaterThan(0);
  });

  it('同一秒内的两份备份不会互相覆盖', async () => {
    const opened = await withData();
    const a = await createBackup(opened, { kind: 'manual', now: NOW });
    const b = await createBackup(opened, { kind: 'manual', now: NOW });
    expect(a.name).not.toBe(b.name);
    expect(readdirSync(backupsDirFor(opened.path))).toHaveLength(2);
  });

  it('备份期间应用继续写入：备份是某一时刻的完整快照', async () => {
    const opened = await withData();
    const writes = Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        opened.db.insertInto('zone').values({ name: `第${i}网格`, created_at: NOW.toISOString() }).execute(),
      ),
    );
    const made = await createBackup(opened, { kind: 'manual', now: NOW });
    await writes;
    const facts = await readDatabaseFacts(made.path, { integrity: true });
    expect(facts.counts).toEqual(made.verified.counts);
    expect(facts.integrity).toBe('ok');
  });

  it('备份到另一个文件夹（如U盘）；文件夹不可用时给出中文提示', async () => {
    const opened = await withData();
    const usb = join(tempDir(), 'U盘', '妇联备份');
    const made = await createBackup(opened, { kind: 'manual', now: NOW, targetDir: usb });
    expect(existsSync(join(usb, made.name))).toBe(true);
    const notAFolder = join(tempDir(), 'file.txt');
    writeFileSync(notAFolder, 'x');
    await expect(createBackup(opened, { kind: 'manual', now: NOW, targetDir: notAFolder })).rejects.toThrow(
      /无法使用文件夹.*请换一个位置/,
    );
  });

  it('列出备份：最新在前，写明种类、大小和内容；损坏的文件标为不可恢复', async () => {
    const opened = await withData();
    await createBackup(opened, { kind: 'auto', now: new Date('2026-11-27T08:00:00+08:00') });
    await createBackup(opened, { kind: 'manual', now: NOW });
    writeFileSync(join(backupsDirFor(opened.path), backupFileName('manual', new Date('2026-11-20T08:00:00+08:00'))), 'garbage');
    writeFileSync(join(backupsDirFor(opened.path), 'notes.txt'), 'not a backup');
    const list = await listBackups(opened.path);
    expect(list.map((b) => [b.kindLabel, b.restorable])).toEqual([
      ['手动备份', true],
      ['自动备份', true],
      ['手动备份', false],
    ]);
    expect(list[0]!.size).toBeGreaterThan(0);
    expect(list[0]!.holds?.records).toContainEqual({ table: 'member', label: '妇女花名册记录', count: 1 });
    expect(list[2]!.problem).toMatch(/无法读取/);
  });
});

describe('启动时自动备份', () => {
  it('没有备份或最新的超过 24 小时才备份，并做轮换', async () => {
    const opened = await withData();
    const first = await autoBackupIfDue(opened, NOW);
    expect(first.made?.kind).toBe('auto');
    expect((await autoBackupIfDue(opened, new Date(NOW.getTime() + 23 * 3600_000))).made).toBeUndefined();
    const nextDay = new Date(NOW.getTime() + 24 * 3600_000);
    expect((await autoBackupIfDue(opened, nextDay)).made?.name).toBe(backupFileName('auto', nextDay));
    expect(newestBackupDate(opened.path)).toEqual(nextDay);
  });

  it('手动备份也算：刚手动备份过就不再自动备份', async () => {
    const opened = await withData();
    await createBackup(opened, { kind: 'manual', now: NOW });
    expect((await autoBackupIfDue(opened, new Date(NOW.getTime() + 3600_000))).made).toBeUndefined();
  });

  it('轮换删除过期的自动备份，保留手动备份', async () => {
    const opened = await withData();
    const dir = backupsDirFor(opened.path);
    const earlier = await createBackup(opened, { kind: 'auto', now: new Date('2026-11-01T10:00:00+08:00') });
    const old = await createBackup(opened, { kind: 'auto', now: new Date('2026-11-01T11:00:00+08:00') });
    const manual = await createBackup(opened, { kind: 'manual', now: new Date('2025-01-01T08:00:00+08:00') });
    const result = await autoBackupIfDue(opened, NOW);
    expect(result.deleted).toEqual([earlier.name]); // same day as a newer one
    expect(readdirSync(dir).sort()).toEqual([old.name, manual.name, result.made!.name].sort());
  });
});
