import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { commands } from '../cli/commands';

/** Runs a command in-process as `npm run cli -- …` would, capturing its JSON output. */
async function cli(name: string, ...args: string[]): Promise<{ code: number; json: Record<string, unknown> }> {
  const out: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((text: string) => void out.push(text));
  try {
    const code = await commands[name]!.run(args);
    return { code, json: JSON.parse(out.join('\n') || '{}') };
  } finally {
    log.mockRestore();
  }
}

async function setName(path: string, name: string) {
  const opened = await openDatabase(path);
  await opened.db
    .insertInto('branch_info')
    .values({ id: 1, name, street: '', fonds_code: '', contact: '', phone: '', updated_at: new Date().toISOString() })
    .onConflict((oc) => oc.column('id').doUpdateSet({ name }))
    .execute();
  await opened.close();
}

describe('命令行 backup / restore / check', () => {
  it('备份、检查、先看再恢复（--yes）', async () => {
    const dir = tempDir();
    const db = join(dir, 'fulian.sqlite');
    await setName(db, '幸福里社区妇联');

    const usb = join(dir, 'usb');
    const made = await cli('backup', '--db', db, '--to', usb);
    expect(made.code).toBe(0);
    const backupPath = (made.json.backup as { path: string }).path;
    expect(backupPath.startsWith(usb)).toBe(true);

    const checked = await cli('check', '--db', db);
    expect(checked.code).toBe(0);
    expect(checked.json).toMatchObject({ ok: true, integrity: 'ok', foreignKeyProblems: 0 });

    await setName(db, '改过的名字');
    const preview = await cli('restore', backupPath, '--db', db);
    expect(preview.code).toBe(3);
    expect(preview.json).toMatchObject({ needsConfirmation: true, backup: { holds: { branchName: '幸福里社区妇联' } } });

    const restored = await cli('restore', '--db', db, backupPath, '--yes');
    expect(restored.code).toBe(0);
    expect(restored.json).toMatchObject({ ok: true, restored: { branchName: '幸福里社区妇联' } });
    const opened = await openDatabase(db);
    expect((await opened.db.selectFrom('branch_info').select('name').executeTakeFirst())?.name).toBe('幸福里社区妇联');
    await opened.close();
  });

  it('损坏或不是本软件的文件：check 退出码 1，restore 拒绝', async () => {
    const dir = tempDir();
    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database'.repeat(300));
    const checked = await cli('check', '--db', junk);
    expect(checked.code).toBe(1);
    expect(checked.json.ok).toBe(false);
    const refused = await cli('restore', junk, '--db', join(dir, 'fulian.sqlite'), '--yes');
    expect(refused.code).toBe(1);
    expect(refused.json).toMatchObject({ ok: false, error: { code: 'DB_CORRUPT' } });
  });
});
