import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { makeId, wpsRoster, xlsxFile } from '../members/import/test-files';

const run = promisify(execFile);

async function cli(...args: string[]) {
  try {
    const { stdout } = await run('npx', ['tsx', 'core/cli.ts', 'import-members', ...args], { env: { ...process.env, FULIAN_DB: '' } });
    return { code: 0, json: JSON.parse(stdout) };
  } catch (err) {
    const failed = err as { code: number; stdout: string };
    return { code: failed.code, json: JSON.parse(failed.stdout) };
  }
}

async function memberNames(dbPath: string) {
  const opened = await openDatabase(dbPath);
  const names = (await opened.db.selectFrom('member').select('name').orderBy('id').execute()).map((m) => m.name);
  await opened.close();
  return names;
}

describe('npm run cli -- import-members', () => {
  it('imports the good rows, reports the bad ones, honours --dry-run and exits non-zero when nothing was imported', async () => {
    const dir = tempDir();
    const db = join(dir, 'fulian.sqlite');
    const file = join(dir, '花名册.xlsx');
    writeFileSync(
      file,
      await xlsxFile({
        rows: [['社区妇女花名册'], ['姓名', '身份证号'], ['李红', makeId('19750308')], ['钱娟', '110105194912310021']],
        merges: ['A1:B1'],
      }),
    );

    const dry = await cli(file, '--db', db, '--dry-run');
    expect(dry).toEqual({
      code: 0,
      json: {
        rows: 2, imported: 1, updated: 0, skipped: 0, errorRows: 1, dryRun: true, warnings: [], notes: [], newZones: [],
        skippedRows: [], pending: [], ignoredSheets: [],
        sheets: [{ name: 'Sheet1', rows: 2, imported: 1, updated: 0, skipped: 0, notMembers: 0, errorRows: 1, pending: 0 }],
        errors: [{ sheet: 'Sheet1', row: 4, column: '身份证号', message: '身份证号校验位不符（末位应为X），可能有数字录错，请逐位核对' }],
      },
    });
    expect(await memberNames(db)).toEqual([]);

    expect(await cli(file, '--db', db)).toMatchObject({ code: 0, json: { imported: 1, dryRun: false } });
    expect(await memberNames(db)).toEqual(['李红']);

    const again = await cli(file, '--db', db, '--on-existing', 'skip');
    expect(again).toMatchObject({ code: 1, json: { imported: 0, skipped: 1 } });

    const notSheet = join(dir, 'a.xlsx');
    writeFileSync(notSheet, 'MZ not a spreadsheet');
    expect(await cli(notSheet, '--db', db)).toMatchObject({
      code: 1,
      json: { imported: 0, errors: [{ sheet: '', row: 0, column: '', message: expect.stringContaining('不是可导入的表格文件') }] },
    });
  }, 60_000);

  it('a WPS workbook: every sheet, both duplicate rows reported as errors with their sheet, the man skipped with a warning', async () => {
    const dir = tempDir();
    const db = join(dir, 'fulian.sqlite');
    const file = join(dir, '幸福里花名册.xlsx');
    writeFileSync(file, await wpsRoster());
    const { code, json } = await cli(file, '--db', db);
    expect(code).toBe(0);
    expect(json).toMatchObject({ imported: 5, errorRows: 1, ignoredSheets: ['填表说明'] });
    const pendingErrors = json.errors.filter((e: { message: string }) => e.message.includes('命令行导入不导入此行'));
    expect(pendingErrors.map((e: { sheet: string; row: number }) => [e.sheet, e.row])).toEqual([['一网格', 8], ['二网格', 5]]);
    expect(json.warnings.filter((w: { message: string }) => w.message.includes('表示男性')).map((w: { sheet: string; row: number }) => [w.sheet, w.row])).toEqual([['一网格', 6]]);
    expect(json.errors.every((e: { sheet?: string }) => typeof e.sheet === 'string')).toBe(true);
    expect(await memberNames(db)).toEqual(['王秀英', '李春梅', '赵丽', '陈静', '周敏']);
  }, 60_000);
});
