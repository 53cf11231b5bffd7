import { describe, expect, it } from 'vitest';
import { backupFileName, parseBackupName } from './names';
import { backupsToDelete, isoWeekKey, type RotationCandidate } from './rotation';

const at = (y: number, m: number, d: number, h = 8) => new Date(y, m - 1, d, h, 0, 0);
const auto = (date: Date): RotationCandidate => ({ name: backupFileName('auto', date), kind: 'auto', date });

/** One automatic backup a day for `days` days ending on `last` (inclusive). */
function daily(last: Date, days: number): RotationCandidate[] {
  return Array.from({ length: days }, (_, i) => auto(new Date(last.getFullYear(), last.getMonth(), last.getDate() - i, 8)));
}

function kept(all: RotationCandidate[]): Set<string> {
  const doomed = new Set(backupsToDelete(all));
  return new Set(all.map((b) => b.name).filter((n) => !doomed.has(n)));
}

describe('备份文件名', () => {
  it('按本地时间命名，并能从名字读回种类和时间', () => {
    const date = at(2026, 11, 29, 8);
    expect(backupFileName('auto', date)).toBe('auto-daily-20261129-080000.sqlite');
    expect(backupFileName('manual', date, 2)).toBe('manual-20261129-080000-2.sqlite');
    expect(parseBackupName('pre-restore-20261129-080000.sqlite')).toEqual({ kind: 'pre-restore', date });
    expect(parseBackupName('manual-20261129-080000-2.sqlite')?.kind).toBe('manual');
    expect(parseBackupName('before-migration-v2-20261129T000000.sqlite')).toEqual({
      kind: 'pre-migration',
      date: new Date('2026-11-29T00:00:00Z'),
    });
    expect(parseBackupName('fulian.sqlite')).toBeUndefined();
    expect(parseBackupName('auto-daily-20261129-080000.sqlite.partial')).toBeUndefined();
  });
});

describe('ISO 周', () => {
  it('周一开始，跨年的周归属周四所在的年', () => {
    expect(isoWeekKey(at(2026, 11, 29))).toBe('2026-W48'); // Sunday
    expect(isoWeekKey(at(2026, 11, 30))).toBe('2026-W49'); // Monday
    expect(isoWeekKey(at(2027, 1, 1))).toBe('2026-W53');
    expect(isoWeekKey(at(2025, 12, 29))).toBe('2026-W01');
    expect(isoWeekKey(at(2021, 1, 3))).toBe('2020-W53');
  });
});

describe('备份轮换：保留 7 天、8 周、12 个月', () => {
  it('少于 7 份时一份不删', () => {
    expect(backupsToDelete(daily(at(2026, 11, 29), 5))).toEqual([]);
  });

  it('每天一份、连续两年：保留最近 7 天 + 8 周 + 12 个月各自最新的一份', () => {
    const all = daily(at(2026, 11, 29), 730);
    const keep = kept(all);
    // The last 7 days.
    for (let d = 23; d <= 29; d++) expect(keep.has(backupFileName('auto', at(2026, 11, d)))).toBe(true);
    // The newest of each earlier week: Sundays.
    expect(keep.has(backupFileName('auto', at(2026, 11, 22)))).toBe(true);
    expect(keep.has(backupFileName('auto', at(2026, 10, 11)))).toBe(true); // 8th week back (W41)
    expect(keep.has(backupFileName('auto', at(2026, 10, 4)))).toBe(false);
    // The newest of each earlier month: the last day.
    expect(keep.has(backupFileName('auto', at(2026, 9, 30)))).toBe(true);
    expect(keep.has(backupFileName('auto', at(2025, 12, 31)))).toBe(true); // 12th month back
    expect(keep.has(backupFileName('auto', at(2025, 11, 30)))).toBe(false);
    expect(keep.has(backupFileName('auto', at(2026, 11, 21)))).toBe(false);
    // 7 daily + 6 weekly not already daily + 10 monthly not already kept (Nov and Oct overlap).
    expect(keep.size).toBeLessThanOrEqual(7 + 8 + 12);
    expect(keep.size).toBeGreaterThanOrEqual(20);
  });

  it('同一天多份自动备份只留最新的', () => {
    const morning = auto(at(2026, 11, 29, 8));
    const noon = { ...auto(at(2026, 11, 29, 12)), name: 'auto-daily-20261129-120000.sqlite' };
    expect(backupsToDelete([morning, noon])).toEqual([morning.name]);
  });

  it('从不删除手动备份、恢复前备份和升级前备份', () => {
    const old = at(2020, 1, 1);
    const others: RotationCandidate[] = [
      { name: backupFileName('manual', old), kind: 'manual', date: old },
      { name: backupFileName('pre-restore', old), kind: 'pre-restore', date: old },
      { name: 'before-migration-v1-20200101T000000.sqlite', kind: 'pre-migration', date: old },
    ];
    const doomed = backupsToDelete([...daily(at(2026, 11, 29), 400), ...others]);
    expect(doomed.length).toBeGreaterThan(300);
    for (const o of others) expect(doomed).not.toContain(o.name);
  });
});

describe('轮换不让空文件或缩水文件的备份挤掉最后一份完好的', () => {
  it('最近 30 天每天都备份了一个空文件：最新一份有成员的备份仍保留', () => {
    // 2,600 members until 40 days ago; since then the data file was empty (and backed up every day).
    const good = daily(at(2026, 10, 20), 60);
    const empty = daily(at(2026, 11, 29), 40);
    const counts = new Map([...good.map((b) => [b.name, 2600] as const), ...empty.map((b) => [b.name, 0] as const)]);
    const doomed = new Set(backupsToDelete([...good, ...empty], counts));
    expect(doomed.has(good[0]!.name)).toBe(false);
    // Without member counts the same rotation would have deleted it.
    expect(backupsToDelete([...good, ...empty]).includes(good[0]!.name)).toBe(true);
  });

  it('文件被截去大半（人数不到最多时的一半）：保留最新一份人数接近完整的备份', () => {
    const full = daily(at(2026, 10, 1), 30);
    const cut = daily(at(2026, 11, 29), 58);
    const counts = new Map([...full.map((b) => [b.name, 2600] as const), ...cut.map((b) => [b.name, 300] as const)]);
    const doomed = new Set(backupsToDelete([...full, ...cut], counts));
    expect(doomed.has(full[0]!.name)).toBe(false);
    expect(doomed.has(cut[0]!.name)).toBe(false);
  });
});
