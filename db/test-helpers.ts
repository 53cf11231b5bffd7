/** For tests: a real SQLite file in its own temp folder, removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import type { AppContext } from '../core/context';
import { openDatabase } from './open';

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fulian-test-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export async function openTempDatabase(fileName = 'fulian.sqlite') {
  const path = join(tempDir(), fileName);
  const opened = await openDatabase(path);
  onTestFinished(() => opened.close().catch(() => undefined));
  const ctx: AppContext = { db: opened.db, dbPath: opened.path, now: () => new Date('2026-11-29T08:00:00+08:00') };
  return { ...opened, ctx };
}
