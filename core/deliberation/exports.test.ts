/**
 * What leaves the app: the 议事台账 .xlsx read back (exceljs) and converted by
 * LibreOffice headless; the print data of 公示 / 反馈单 / 议程 / 舆情汇总表 / 台账
 * masked (the fixture's people all have ID numbers and phones, and the 诉求 text
 * holds both); the CLI's figures as JSON.
 */
import { execFile, execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { tempDir } from '../../db/test-helpers';
import { openAppLike } from '../audit/testing';
import { driveTo, newItem, seedRepresentatives, seedSession } from './fixture';
import { seedFiguresYear } from './figures-fixture';

const FULL_ID = /(?<![0-9])\d{17}[\dXx](?![0-9])/;
const MOBILE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/;

async function sessionWithItems() {
  const app = await openAppLike();
  await app.ok('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '', fondsCode: '', contact: '', phone: '13800001234' });
  const reps = await seedRepresentatives(app.ctx);
  const meetingId = await seedSession(app.ctx);
  const a = await newItem(app.ctx, reps, { title: '东门路灯（联系人 13912345678）' });
  await driveTo(app.ctx, a.id, '办结', meetingId);
  const b = await newItem(app.ctx, reps, { title: '楼道堆物', proposer: { kind: '代表', memberId: reps.wang }, seconderIds: [reps.li] });
  await driveTo(app.ctx, b.id, '已表决', meetingId);
  const c = await newItem(app.ctx, reps, { title: '未立项的议题', raisedOn: '2026-05-01' });
  await app.ok('deliberation.submit', { id: c.id, date: '2026-05-02' });
  await app.ok('deliberation.withdraw', { id: c.id, date: '2026-05-03', reason: '撤回（电话 13700002222）' });
  return { ...app, reps, meetingId, a: a.id, b: b.id, c: c.id };
}

describe('打印数据与导出', () => {
  it('公示、反馈单、议程、舆情汇总表和台账的数据里没有完整的身份证号和手机号', { timeout: 60_000 }, async () => {
    const s = await sessionWithItems();
    const notice = await s.ok<{ title: string; items: { code: string; resolution: string; vote: { yes: number; ruleText: string }; mainUnit: string; dueOn: string }[] }>('deliberation.printNotice', { meetingId: s.meetingId });
    expect(notice.title).toBe('幸福里社区妇联妇女议事会议事结果公示');
    expect(notice.items.map((i) => [i.code, i.vote.yes, i.mainUnit, i.dueOn])).toEqual([['YS-2026-001', 7, '物业', '2026-07-20'], ['YS-2026-002', 7, '', null]]);
    expect(notice.items[0]!.vote.ruleText).toBe('同意票超过实到人数的一半为通过');
    const documents = {
      notice,
      feedback: await s.ok('deliberation.printFeedback', { id: s.a }),
      agenda: await s.ok('deliberation.printAgenda', { meetingId: s.meetingId }),
      opinions: await s.ok('deliberation.printOpinions', { from: '2026-01-01', to: '2026-12-31' }),
      ledger: await s.ok('deliberation.printLedger', { year: 2026 }),
    };
    for (const [name, data] of Object.entries(documents)) {
      const text = JSON.stringify(data);
      expect(text, name).not.toMatch(FULL_ID);
      expect(text, name).not.toMatch(MOBILE);
    }
    // The 公示 carries no contact of anyone and no 提出人 at all.
    expect(JSON.stringify(notice)).not.toMatch(/刘淑珍|139\*\*\*\*1111/);
    const feedback = documents.feedback as { item: { proposer: { contact: string } }; process: { label: string }[] };
    expect(feedback.item.proposer.contact).toBe('139****1111');
    expect(feedback.process.map((p) => p.label)).toEqual(['登记议题', '提交研判', '立项', '列入议事会', '审议表决', '交办', '反馈/公示', '回访', '办结']);
    const opinions = documents.opinions as { total: number; byCategory: { category: string; count: number }[]; bySource: { source: string; count: number }[] };
    expect(opinions.total).toBe(2); // the withdrawn one is left out
    expect(opinions.byCategory.find((c) => c.category === '权益维护')!.count).toBe(2);
    expect(opinions.bySource.find((c) => c.source === '走访')!.count).toBe(2);
  });

  it('议事台账导出 .xlsx：exceljs 读回各表，LibreOffice 能打开；号码打码，公式被中和，导出记入操作日志', { timeout: 180_000 }, async () => {
    const s = await sessionWithItems();
    await s.ok('deliberation.update', { id: s.b, item: { ...(await s.ok<{ item: object }>('deliberation.getForEdit', { id: s.b })).item, title: '=HYPERLINK("http://x")' } });
    const file = await s.ok<{ fileName: string; base64: string }>('deliberation.exportLedger', { year: 2026 });
    expect(file.fileName).toBe('2026年度议事台账.xlsx');
    const dir = tempDir();
    const path = join(dir, 'ledger.xlsx');
    writeFileSync(path, Buffer.from(file.base64, 'base64'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['议题台账', '季度统计', '按类别', '议事会']);
    const sheet = workbook.getWorksheet('议题台账')!;
    expect(sheet.getCell(1, 1).value).toBe('2026年度妇女议事会议事台账');
    expect(sheet.getCell(3, 2).value).toBe('编号');
    const rows = [4, 5, 6].map((r) => [2, 3, 7, 8, 11].map((c) => sheet.getCell(r, c).value));
    expect(rows).toEqual([
      ['YS-2026-001', '东门路灯（联系人 139****5678）', '刘淑珍（经李桂兰）', '139****1111', '办结'],
      ['YS-2026-002', `'=HYPERLINK("http://x")`, '王秀英', '', '已表决'],
      ['YS-2026-003', '未立项的议题', '刘淑珍（经李桂兰）', '139****1111', '已撤回'],
    ]);
    expect(sheet.getCell(4, 14).value).toBe('通过（同意票超过实到人数的一半为通过）');
    expect(sheet.getCell(4, 21).value).toBe('A 已解决');
    expect(sheet.getCell(6, 24).value).toBe('撤回（电话 137****2222）');
    const stats = workbook.getWorksheet('季度统计')!;
    expect([2, 3, 4, 5].map((c) => stats.getCell(8, c).value)).toEqual([2, 2, 0, 1]); // 全年: 提出 2 (the withdrawn one excluded), 立项 2, 不予立项 0, 办结 1
    expect(String(stats.getCell(10, 1).value)).toContain('本年度已撤回 1 件，未计入');

    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, path], { stdio: 'pipe', timeout: 120_000 });
    const csv = readFileSync(join(dir, 'ledger.csv'), 'utf8');
    expect(csv).toContain('YS-2026-001');
    expect(csv).toContain('同意由物业在一个月内修复东门路灯');
    expect(csv).not.toMatch(MOBILE);
    expect(csv).not.toMatch(FULL_ID);
    const audit = (await s.auditRows()).at(-1)!;
    expect([audit.action, audit.entity_type, audit.label]).toEqual(['export', 'deliberation', '2026年度议事台账']);
  });

  it('命令行 deliberation-figures 输出季度和年度数字的 JSON（含计算满意率的件数）；年度不对时退出码不为 0', { timeout: 120_000 }, async () => {
    const dir = tempDir();
    const dbPath = join(dir, 'fulian.sqlite');
    const opened = await openDatabase(dbPath);
    await seedFiguresYear({ db: opened.db, dbPath, now: () => new Date('2026-11-29T08:00:00+08:00') });
    await opened.close();
    const cli = (args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
        execFile('npx', ['tsx', 'core/cli.ts', ...args], { env: { ...process.env, FULIAN_DB: '' } }, (error, stdout, stderr) => resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr })),
      );
    const ok = await cli(['deliberation-figures', '--year', '2026', '--db', dbPath]);
    expect(ok.code, ok.stderr).toBe(0);
    const json = JSON.parse(ok.stdout) as { year: number; yearly: { raised: number; closed: number; satisfaction: { satisfied: number; visited: number; rate: number } }; quarters: unknown[]; withdrawnExcluded: number };
    expect(json.year).toBe(2026);
    expect(json.quarters).toHaveLength(4);
    expect(json.yearly).toMatchObject({ raised: 7, closed: 2, satisfaction: { satisfied: 3, visited: 4, rate: 75 } });
    expect(json.withdrawnExcluded).toBe(1);
    const bad = await cli(['deliberation-figures', '--year', 'abc', '--db', dbPath]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('用法：deliberation-figures');
  });
});
