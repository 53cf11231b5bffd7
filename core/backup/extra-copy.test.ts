import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readDatabaseFacts } from '../../db/backup';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { createAppContext, DatabaseHolder } from './holder';
import { extraCopyDir } from './extra-copy';
import { backupsDirFor } from './names';
import { autoBackupIfDue } from './service';

const NOW = new Date('2026-11-29T08:00:00+08:00');

async function runningApp() {
  const path = join(tempDir(), 'fulian.sqlite');
  const holder = new DatabaseHolder(await openDatabase(path));
  onTestFinished(() => holder.close().catch(() => undefined));
  const ctx = createAppContext(holder, () => NOW);
  const call = (method: string, input?: unknown) => dispatch(apiTable, ctx, method, input);
  expect((await call('members.create', { name: '王秀英', idNumber: '11010519491231002X' })).ok).toBe(true);
  return { path, holder, ctx, call };
}

describe('备份也保存到 (extra backup folder)', () => {
  it('the daily backup and 立即备份 are also made, verified, in <folder>\\<data file name>\\', async () => {
    const app = await runningApp();
    const usb = tempDir();
    expect(await app.call('backup.setExtraDir', { dir: usb })).toEqual({ ok: true, value: { extraDir: usb } });
    expect(await app.call('backup.list')).toMatchObject({ ok: true, value: { extraDir: usb } });

    const auto = await autoBackupIfDue(app.holder.current, NOW);
    const dir = extraCopyDir(usb, app.path);
    expect(dir).toBe(join(usb, 'fulian'));
    expect(auto.extra).toEqual({ dir, name: auto.made!.name });
    const facts = await readDatabaseFacts(join(dir, auto.made!.name), { integrity: true });
    expect(facts.integrity).toBe('ok');
    expect(facts.memberCount).toBe(1);

    const manual = await app.call('backup.create');
    expect(manual.ok).toBe(true);
    const made = (manual as { value: { name: string; extra: { dir: string; name: string } } }).value;
    expect(made.extra).toEqual({ dir, name: made.name });
    expect(readdirSync(dir).filter((n) => n.endsWith('.sqlite')).sort()).toEqual([auto.made!.name, made.name].sort());
    expect(readdirSync(backupsDirFor(app.path)).filter((n) => n.endsWith('.sqlite'))).toHaveLength(2);
  });

  it('a missing stick leaves the own backup made and says why the copy was not', async () => {
    const app = await runningApp();
    const usb = join(tempDir(), 'U盘');
    await app.call('backup.setExtraDir', { dir: usb });
    // The stick is gone and a file sits where its folder was.
    writeFileSync(join(usb, 'fulian'), 'not a folder');
    const auto = await autoBackupIfDue(app.holder.current, NOW);
    expect(auto.made).toBeDefined();
    expect(existsSync(auto.made!.path)).toBe(true);
    expect(auto.extra).toMatchObject({ dir: join(usb, 'fulian'), error: expect.stringContaining('无法使用文件夹') });
  });

  it('refuses a relative path or an unusable folder in Chinese, keeps the old one, and clears with ""', async () => {
    const app = await runningApp();
    const usb = tempDir();
    await app.call('backup.setExtraDir', { dir: usb });
    expect(await app.call('backup.setExtraDir', { dir: '台账备份' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('请填写完整的文件夹位置') },
    });
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, 'x');
    expect(await app.call('backup.setExtraDir', { dir: join(file, 'sub') })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringContaining('无法使用文件夹') },
    });
    expect(await app.call('backup.list')).toMatchObject({ ok: true, value: { extraDir: usb } });
    await app.call('backup.setExtraDir', { dir: '' });
    const auto = await autoBackupIfDue(app.holder.current, NOW);
    expect(auto.extra).toBeUndefined();
    expect(existsSync(join(usb, 'fulian'))).toBe(false);
  });
});
