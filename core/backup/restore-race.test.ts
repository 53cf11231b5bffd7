/**
 * A restore while officers keep saving: every write that answered ok is in the
 * restored file (it came after the swap) or in the pre-restore safety backup
 * (it came before), and no call answers INTERNAL. Several rounds, four writers.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import sqlite3 from 'sqlite3';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { checkChar } from '../members/idcard';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { openAtStartup } from '../startup/recover';
import { createAppContext, DatabaseHolder } from './holder';

const ROUNDS = 5;
const WRITERS = 4;

/** A valid 身份证号 for a woman, different for every `n`. */
function idNumber(n: number): string {
  const first17 = `110105${1950 + (n % 50)}0101${String(n % 1000).padStart(3, '0').replace(/.$/, (d) => String((Number(d) & ~1) % 10))}`;
  return first17.slice(0, 17) + checkChar(first17.slice(0, 17));
}

function namesIn(path: string): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    const db = new sqlite3.Database(path, sqlite3.OPEN_READONLY, (err) => {
      if (err) return reject(err);
      db.all('select name from member', (e, rows: { name: string }[]) =>
        db.close(() => (e ? reject(e) : resolve(new Set(rows.map((r) => r.name))))),
      );
    });
  });
}

function withinSeconds<T>(seconds: number, promise: Promise<T>): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${seconds} 秒内没有完成（卡住）`)), seconds * 1000)),
  ]);
}

describe('恢复与同时写入', () => {
  it('每一次回答“成功”的新增都在恢复后的文件或安全备份里，没有 INTERNAL', { timeout: 120_000 }, async () => {
    const path = join(tempDir(), 'fulian.sqlite');
    const holder = new DatabaseHolder(await openDatabase(path));
    onTestFinished(() => holder.close().catch(() => undefined));
    const ctx = createAppContext(holder, () => new Date());
    const call = (method: string, input?: unknown) => dispatch(apiTable, ctx, method, input, () => undefined);

    // Enough members that the safety backup and its check take a while, as in a real branch.
    let serial = 0;
    for (let i = 0; i < 300; i++) await call('members.create', { name: `原有${i}`, idNumber: idNumber(serial++) });
    const backup = await call('backup.create');
    expect(backup.ok).toBe(true);
    const backupPath = (backup as { value: { path: string } }).value.path;

    const tally = { rounds: 0, acknowledged: 0, lost: 0, internal: 0, refused: 0 };
    for (let round = 0; round < ROUNDS; round++) {
      const acknowledged: string[] = [];
      let restoring = true;
      const writer = async (w: number) => {
        for (let i = 0; restoring || i < 3; i++) {
          const name = `轮${round}写${w}第${i}`;
          const answer = await call('members.create', { name, idNumber: idNumber(serial++) });
          if (answer.ok) acknowledged.push(name);
          else if (answer.error.code === 'INTERNAL') tally.internal++;
          else tally.refused++;
          await new Promise((r) => setImmediate(r)); // as requests from a real page would: one at a time per writer
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
      await new Promise((r) => setTimeout(r, 30));
      const restored = await withinSeconds(30, call('backup.restore', { path: backupPath }));
      restoring = false;
      await withinSeconds(30, Promise.all(writers));
      expect(restored.ok, `${JSON.stringify(restored)} ${JSON.stringify(tally)}`).toBe(true);
      const safety = (restored as { value: { safetyBackup: { path: string } } }).value.safetyBackup.path;

      const inRestored = await namesIn(path);
      const inSafety = await namesIn(safety);
      tally.rounds++;
      tally.acknowledged += acknowledged.length;
      tally.lost += acknowledged.filter((n) => !inRestored.has(n) && !inSafety.has(n)).length;
    }
    console.log(`restore race: ${JSON.stringify(tally)}`);
    expect(tally.acknowledged).toBeGreaterThan(ROUNDS * WRITERS * 3);
    expect({ lost: tally.lost, internal: tally.internal }, JSON.stringify(tally)).toEqual({ lost: 0, internal: 0 });
  });

  it('启动页面“打开其他数据文件”时同时来的调用：要么还没打开（DB_NOT_OPEN），要么落在新文件上，没有 INTERNAL', async () => {
    const dir = tempDir();
    const broken = join(dir, 'fulian.sqlite');
    writeFileSync(broken, '');
    const other = join(dir, 'other.sqlite');
    const good = await openDatabase(other);
    await good.db.insertInto('zone').values({ name: '一片区', sort_order: 1, created_at: 'x' }).execute();
    await good.close();

    const holder = await openAtStartup(broken);
    onTestFinished(() => holder.close().catch(() => undefined));
    const ctx = createAppContext(holder, () => new Date());
    const call = (method: string, input?: unknown) => dispatch(apiTable, ctx, method, input, () => undefined);
    const codes: string[] = [];
    let opening = true;
    const reader = async () => {
      for (let i = 0; opening || i < 3; i++) {
        const answer = await call('members.listZones');
        codes.push(answer.ok ? 'ok' : answer.error.code);
        await new Promise((r) => setImmediate(r));
      }
    };
    const readers = [reader(), reader(), reader()];
    await new Promise((r) => setTimeout(r, 20));
    expect(await call('startup.openFile', { path: other })).toMatchObject({ ok: true });
    opening = false;
    await Promise.all(readers);
    expect(codes.filter((c) => c !== 'ok' && c !== 'DB_NOT_OPEN')).toEqual([]);
    expect(codes.slice(-3)).toEqual(['ok', 'ok', 'ok']);
  });
});
