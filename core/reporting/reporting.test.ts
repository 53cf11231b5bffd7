/**
 * Issue 16 exactness: 12 branch files (300–5,000 demo women each) → 上报包 → 街道 merge,
 * compared field by field with the statistics over one file holding every registration.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import type { AppContext } from '../context';
import { demoMembers, type DemoMember } from '../members/demo';
import { checkChar } from '../members/idcard';
import { computeMemberStats } from '../members/stats';
import type { MergedReport } from './merge';
import type { ImportResult } from './district';
import { call, exportPackage, seedBranch, type ExportedPackage } from './testing';
import { KOUJING_VERSION } from './format';

const AS_OF = '2026-11-29';
const KEY = 'jiedao-shared-key-2026-abcdef';
const SIZES = [300, 450, 700, 900, 1200, 1500, 1800, 2200, 2600, 3000, 4000, 5000];
const DUPLICATES = 7; // women of branch 0 also registered in branch 5

const upload = (p: ExportedPackage, fileName = p.fileName) => ({ fileName, base64: p.base64 });
const edited = (p: ExportedPackage, change: (file: { body: Record<string, unknown> } & Record<string, unknown>) => void) => {
  const file = JSON.parse(Buffer.from(p.base64, 'base64').toString('utf8'));
  change(file);
  return { ...p, base64: Buffer.from(JSON.stringify(file), 'utf8').toString('base64') };
};

async function setUp() {
  const used = new Set<string>();
  const branches: DemoMember[][] = SIZES.map((size, i) => demoMembers(size, 1000 + i * 7919, AS_OF).filter((m) => !used.has(m.idNumber) && used.add(m.idNumber)));
  // Deliberate duplicates: the same women (same ID) on branch 5's roster too.
  const dupes = branches[0]!.slice(0, DUPLICATES);
  branches[5] = [...branches[5]!, ...dupes];
  // The union file holds every registration; a second registration needs its own ID there.
  const fresh = (m: DemoMember): DemoMember => {
    for (let seq = 0; ; seq += 2) {
      const first17 = `${m.idNumber.slice(0, 14)}${String(seq).padStart(3, '0')}`;
      const id = first17 + checkChar(first17);
      if (!used.has(id)) return used.add(id), { ...m, idNumber: id };
    }
  };
  const union = await openTempDatabase('union.sqlite');
  const inUnion = new Set<string>();
  await seedBranch(union.ctx, '合并', 'ALL', '', branches.flat().map((m) => (inUnion.has(m.idNumber) ? fresh(m) : (inUnion.add(m.idNumber), m))));
  const packages: ExportedPackage[] = [];
  const files: AppContext[] = [];
  for (const [i, members] of branches.entries()) {
    const { ctx } = await openTempDatabase(`branch${i}.sqlite`);
    await seedBranch(ctx, `第${i + 1}社区`, `C${String(i + 1).padStart(2, '0')}`, KEY, members);
    packages.push(await exportPackage(ctx, AS_OF));
    files.push(ctx);
  }
  const district = await openTempDatabase('district.sqlite');
  await call(district.ctx, 'reporting.setRound', { asOf: AS_OF });
  for (const [i, p] of packages.entries()) {
    await call(district.ctx, 'reporting.registerBranch', { code: `C${String(i + 1).padStart(2, '0')}`, name: `第${i + 1}社区`, fingerprint: p.fingerprint.toLowerCase().replace(/-/g, ' ') });
  }
  return { union: union.ctx, branches: files, packages, district: district.ctx, registrations: branches.flat().length };
}

describe('上报包 → 街道汇总', () => {
  it('merges 12 branches exactly as one file holding them all; finds the duplicates and only those; refuses each bad package', async () => {
    const { union, branches, packages, district, registrations } = await setUp();
    const results = await call<ImportResult[]>(district, 'reporting.importPackages', { files: packages.map((p) => upload(p)) });
    expect(results.map((r) => r.status)).toEqual(packages.map(() => '已导入'));

    const merged = await call<MergedReport>(district, 'reporting.merged');
    const whole = await computeMemberStats(union.db, AS_OF);
    expect(merged.received).toHaveLength(12);
    expect(merged.missing).toEqual([]);
    expect(merged.stats.total).toBe(registrations);
    expect(registrations).toBeGreaterThan(SIZES.reduce((a, b) => a + b, 0) - 5);
    for (const field of ['total', 'excludedMen', 'age45plus', 'collegePlus', 'age', 'education', 'political', 'ethnicity', 'ethnicGroups', 'marital', 'roles', 'tags'] as const) {
      expect(merged.stats[field], field).toEqual(whole[field]);
    }
    // Every breakdown still sums to its total.
    for (const block of [merged.stats.age, merged.stats.education, merged.stats.political, merged.stats.ethnicity, merged.stats.marital]) {
      expect(block.rows.reduce((s, r) => s + r.count, 0)).toBe(merged.stats.total);
    }
    expect(merged.summaryTotal.total).toBe(merged.stats.total);
    expect(merged.summaryTotal.age45plus).toBe(whole.age45plus.count);

    expect(merged.duplicateTotal).toBe(DUPLICATES);
    expect(merged.duplicates).toEqual([{ codes: ['C01', 'C06'], names: ['第1社区', '第6社区'], count: DUPLICATES }]);
    const text = Buffer.from(packages[0]!.base64, 'base64').toString('utf8');
    expect(text).not.toContain(demoMembersFirstId());

    // Refusals: each names the file, and the 街道's data stays as it was.
    const before = JSON.stringify(await call(district, 'reporting.merged'));
    const p = packages[2]!;
    const refused = await call<ImportResult[]>(district, 'reporting.importPackages', {
      files: [
        upload(p), // the same package twice
        upload(edited(p, (f) => ((f.body.counts as { n: number }[])[0]!.n += 1)), '改过人数.fulian-report'),
        upload(edited(p, (f) => (f.body.filledBy = '张三')), '改过填表人.fulian-report'),
        upload(edited(p, (f) => (f.body.koujing = 'fulian-stats-2099.9')), '新口径.fulian-report'),
        upload(edited(p, (f) => ((f.body.branch as { code: string }).code = 'ZZ99')), '无编码.fulian-report'),
        { fileName: '截断.fulian-report', base64: Buffer.from(Buffer.from(p.base64, 'base64').subarray(0, 500)).toString('base64') },
        { fileName: '照片.fulian-report', base64: Buffer.from('\x89PNG\r\n\x1a\n').toString('base64') },
      ],
    });
    expect(refused.map((r) => r.status)).toEqual(refused.map(() => '未导入'));
    const messages = refused.map((r) => r.message);
    expect(messages[0]).toMatch(/同一个上报包已于.*导入过/);
    expect(messages[1]).toMatch(/“改过人数.fulian-report”未导入：.*各项之和.*不等于总人数/);
    expect(messages[2]).toMatch(/“改过填表人.fulian-report”未导入：签名验证不通过/);
    expect(messages[3]).toMatch(/“新口径.fulian-report”未导入：统计口径版本为“fulian-stats-2099.9”/);
    expect(messages[3]).toContain(KOUJING_VERSION);
    expect(messages[4]).toMatch(/社区编码“ZZ99”.*未登记/);
    expect(messages[5]).toMatch(/“截断.fulian-report”未导入：不是完整的上报包/);
    expect(messages[6]).toMatch(/“照片.fulian-report”未导入/);

    // Another key claiming branch 3's code.
    const { ctx: impostor } = await openTempDatabase('impostor.sqlite');
    await seedBranch(impostor, '第3社区', 'C03', KEY, demoMembers(50, 5, AS_OF));
    const fake = await exportPackage(impostor, AS_OF);
    // A package for another date.
    const otherDate = await exportPackage(branches[3]!, '2026-06-30');
    const more = await call<ImportResult[]>(district, 'reporting.importPackages', { files: [upload(fake, '冒名.fulian-report'), upload(otherDate)] });
    expect(more[0]!.message).toMatch(/“冒名.fulian-report”未导入：签名密钥指纹 .* 与“第3社区”登记的 .* 不一致/);
    expect(more[1]!.message).toMatch(/统计截止日期为 2026-06-30，本轮汇总的统计截止日期为 2026-11-29/);
    expect(JSON.stringify(await call(district, 'reporting.merged'))).toBe(before);

    // A newer package from the same 社区 replaces the older; both are kept.
    const later = { ...branches[4]!, now: () => new Date('2026-11-29T12:00:00+08:00') };
    const newer = await exportPackage(later, AS_OF);
    const replaced = await call<ImportResult[]>(district, 'reporting.importPackages', { files: [upload(newer, '第5社区-更新.fulian-report')] });
    expect(replaced[0]!.status).toBe('已替换');
    const stored = await district.db.selectFrom('district_package').select(['file_name', 'replaced_by']).where('branch_code', '=', 'C05').execute();
    expect(stored).toHaveLength(2);
    expect(stored.filter((s) => s.replaced_by === null).map((s) => s.file_name)).toEqual(['第5社区-更新.fulian-report']);
    const older = await call<ImportResult[]>(district, 'reporting.importPackages', { files: [upload(packages[4]!, '旧的.fulian-report')] });
    expect(older[0]!.status).toBe('未导入');

    // The 分社区汇总表 .xlsx, read back.
    const xlsx = await call<{ base64: string }>(district, 'reporting.exportSummary');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as never);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const totalRow = rows.find((r) => r[1] === '合计')!;
    expect(totalRow[2]).toBe(merged.stats.total);
    expect(totalRow[3]).toBe(whole.age45plus.count);
    expect(totalRow[4]).toBe(Number(whole.age45plus.percent));
    expect(rows.find((r) => r[0] === 'C01')![2]).toBe(packages[0]!.total);
    expect(rows.some((r) => String(r[0]).includes(`${DUPLICATES}人同时登记在第1社区和第6社区`))).toBe(true);
  }, 240_000);

  it('a branch without a 街道 key sends no hashes; one without a code cannot export', async () => {
    const { ctx } = await openTempDatabase();
    await seedBranch(ctx, '无密钥社区', 'C01', '', demoMembers(30, 3, AS_OF));
    const p = await exportPackage(ctx, AS_OF);
    expect(p.hashed).toBe(0);
    expect(p.fingerprint).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    const again = await exportPackage(ctx, AS_OF);
    expect(again.fingerprint).toBe(p.fingerprint); // the key is made once, beside the data file
    const { ctx: noCode } = await openTempDatabase();
    await seedBranch(noCode, '无编码社区', '', '', demoMembers(30, 4, AS_OF));
    await expect(exportPackage(noCode, AS_OF)).rejects.toThrow(/请先在基本信息中填写街道分配的社区编码/);
  });
});

describe('上报设置与应报社区的输入', () => {
  it('keeps the 街道 key when the form leaves it blank, never returns it, and refuses a bad fingerprint in Chinese', async () => {
    const { ctx } = await openTempDatabase();
    await call(ctx, 'reporting.saveIdentity', { branchCode: 'C01', districtKey: 'jiedao-shared-key-2026-abcdef' });
    await call(ctx, 'reporting.saveIdentity', { branchCode: 'C02' });
    const identity = await call<Record<string, unknown>>(ctx, 'reporting.identity');
    expect(identity).toEqual({ branchCode: 'C02', hasDistrictKey: true, fingerprint: null });
    expect(JSON.stringify(identity)).not.toContain('jiedao');
    await expect(call(ctx, 'reporting.saveIdentity', { branchCode: 'C 01!' })).rejects.toThrow(/社区编码应为1–20位数字或字母/);
    await expect(call(ctx, 'reporting.saveIdentity', { branchCode: 'C01', districtKey: 'short' })).rejects.toThrow(/街道密钥至少16个字符/);
    await expect(call(ctx, 'reporting.registerBranch', { code: 'C01', name: '第1社区', fingerprint: '12345' })).rejects.toThrow(/密钥指纹应为16位/);
    await expect(call(ctx, 'reporting.importPackages', { files: [{ fileName: 'a.fulian-report', base64: '' }] })).rejects.toThrow(/请先设置本轮汇总的统计截止日期/);
    expect(await call(ctx, 'reporting.merged')).toBeNull();
  });
});

function demoMembersFirstId() {
  return demoMembers(1, 1000, AS_OF)[0]!.idNumber;
}
