import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { createAppContext, DatabaseHolder } from '../backup/holder';
import { createFixtureMeeting } from '../meetings/fixture';
import { attachmentsDirFor, sha256Of } from './files';
import { sampleJpg, samplePdf } from './test-files';

const NOW = new Date('2026-11-29T08:00:00+08:00');

async function runningAppWithAttachments() {
  const path = join(tempDir(), 'fulian.sqlite');
  const holder = new DatabaseHolder(await openDatabase(path));
  onTestFinished(() => holder.close().catch(() => undefined));
  const ctx = createAppContext(holder, () => NOW);
  const call = async <T>(method: string, input?: unknown) => {
    const answer = await dispatch(apiTable, ctx, method, input);
    if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
    return answer.value as T;
  };
  const { id } = await createFixtureMeeting(ctx);
  const pdf = samplePdf('Notice from the district');
  const jpg = sampleJpg();
  for (const [fileName, bytes] of [['区妇联通知.pdf', pdf], ['签到表.jpg', jpg]] as const) {
    await call('attachments.add', { owner: { type: 'meeting', id }, fileName, base64: bytes.toString('base64') });
  }
  const list = () => call<Array<{ id: number; fileName: string; state: string }>>('attachments.list', { type: 'meeting', id });
  return { path, ctx, call, list, pdf, jpg, dataFiles: attachmentsDirFor(path) };
}

type Made = { path: string; attachments: { folder: string; total: number; missing: string[]; note: string } };
type Restored = { attachments: { total: number; restored: number; missing: number; note: string } };

describe('backups carry attachments, restore brings them back', () => {
  it('a backup to a USB stick puts the files beside it; a restore on a PC without them brings them back', async () => {
    const app = await runningAppWithAttachments();
    const usb = tempDir();
    const made = await app.call<Made>('backup.create', { targetDir: usb });
    expect(made.attachments).toEqual({
      folder: join(usb, 'attachments'),
      total: 2,
      missing: [],
      note: '附件 2 个已一并备份到备份文件旁的 attachments 文件夹（移动或复制备份时请连同该文件夹）。',
    });
    expect(readdirSync(join(usb, 'attachments')).sort()).toEqual([sha256Of(app.pdf), sha256Of(app.jpg)].sort());

    rmSync(app.dataFiles, { recursive: true }); // the data folder lost them (or this is another PC)
    expect((await app.list()).map((a) => a.state)).toEqual(['missing', 'missing']);
    const restored = await app.call<Restored>('backup.restore', { path: made.path });
    expect(restored.attachments).toEqual({ total: 2, restored: 2, missing: 0, note: '恢复的数据有附件 2 个，均已就位。' });
    const after = await app.list();
    expect(after.map((a) => [a.fileName, a.state])).toEqual([['区妇联通知.pdf', 'ok'], ['签到表.jpg', 'ok']]);
    expect(await app.call('attachments.open', { id: after[0]!.id })).toMatchObject({ base64: app.pdf.toString('base64') });
  });

  it('the daily backup in backups/ carries them too, each file kept once for all backups there', async () => {
    const app = await runningAppWithAttachments();
    const first = await app.call<Made>('backup.create');
    const second = await app.call<Made>('backup.create');
    expect(first.attachments.folder).toBe(join(app.path, '..', 'backups', 'attachments'));
    expect(second.attachments.total).toBe(2);
    expect(readdirSync(first.attachments.folder)).toHaveLength(2);
  });

  it('a file the backup folder lacks is not dropped on restore: its record shows 文件缺失 and opening says so', async () => {
    const app = await runningAppWithAttachments();
    const usb = tempDir();
    const made = await app.call<Made>('backup.create', { targetDir: usb });
    rmSync(join(usb, 'attachments', sha256Of(app.jpg)));
    rmSync(app.dataFiles, { recursive: true });

    const restored = await app.call<Restored>('backup.restore', { path: made.path });
    expect(restored.attachments).toMatchObject({ total: 2, restored: 1, missing: 1 });
    expect(restored.attachments.note).toBe('恢复的数据有附件 2 个，其中 1 个在备份旁的 attachments 文件夹中也找不到，相关记录中会显示“文件缺失”。');
    const after = await app.list();
    expect(after.map((a) => [a.fileName, a.state])).toEqual([['区妇联通知.pdf', 'ok'], ['签到表.jpg', 'missing']]);
    await expect(app.call('attachments.open', { id: after[1]!.id })).rejects.toThrow('附件“签到表.jpg”的文件不见了');
  });

  it('says plainly when a file was already missing at backup time', async () => {
    const app = await runningAppWithAttachments();
    rmSync(join(app.dataFiles, sha256Of(app.jpg)));
    const made = await app.call<Made>('backup.create', { targetDir: tempDir() });
    expect(made.attachments.missing).toEqual([sha256Of(app.jpg)]);
    expect(made.attachments.note).toBe('附件 2 个，其中 1 个在数据文件夹中已缺失或被改动，未能备份；其余已复制到备份旁的 attachments 文件夹。');
    expect(existsSync(join(made.attachments.folder, sha256Of(app.pdf)))).toBe(true);
  });
});
