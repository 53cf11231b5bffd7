/**
 * Issue 10 item 7: control characters, U+FFFF and lone surrogates never reach
 * our files. The API refuses them naming the field; text already stored with
 * them (a file from an older version) still gives a roster .xlsx, a 统计表
 * .xlsx, an 操作日志 .xlsx and a meeting .docx that LibreOffice opens, and
 * that the app reads back.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../db/test-helpers';
import { openAppLike, ZHANG } from '../audit/testing';
import { fixtureMeetingInput } from '../meetings/fixture';

/** Every kind that used to break a file: C0, DEL, C1, noncharacters, a lone surrogate. */
const HOSTILE = ['\u0001', '\u0007', '\u000b', '\u001f', '\u007f', '\u0085', '\ufffe', '\uffff', '\ufdd0', '\u{1fffe}'];
/** Every hostile character between the first and the second character of `text`. */
const dirty = (text: string) => `${text[0]}${HOSTILE.join('')}${text.slice(1)}`;

describe('控制字符、U+FFFF、孤立代理项（问题10第7项）', () => {
  it('接口拒绝它们并说出是哪一项', async () => {
    const { call } = await openAppLike();
    const cases: [string, unknown, string][] = [
      ['members.create', { ...ZHANG, name: '张\u0007海丽' }, '姓名第2个字处含有无法保存的不可见字符（U+0007）'],
      ['members.create', { ...ZHANG, note: '备注\ud800' }, '备注第3个字处含有无法保存的不可见字符（U+D800）'],
      ['members.create', { ...ZHANG, currentAddress: '幸福里\uffff' }, '现住址第4个字处含有无法保存的不可见字符（U+FFFF）'],
      ['settings.saveBranchInfo', { name: '幸福里\u0000社区', street: '', fondsCode: '', contact: '', phone: '' }, '社区妇联名称第4个字处'],
      ['members.saveZone', { name: '一片\u009f区' }, '片区名称第3个字处'],
      ['operators.save', { name: '王\udc00', role: '管理员' }, '操作员姓名第2个字处'],
    ];
    for (const [method, input, message] of cases) {
      const answer = await call(method, input);
      expect(answer, method).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining(message) } });
    }
    const meeting = await fixtureMeetingInput((await openAppLike()).ctx);
    const refused = await call('meetings.create', { ...meeting, topics: [{ ...meeting.topics[0]!, notes: '讨论\u0003情况' }] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('讨论情况第3个字处') } });
    // Tabs and line breaks are text, not hostile: kept in multi-line fields.
    expect(await call('members.create', { ...ZHANG, note: '第一行\r\n第二行\t完' })).toMatchObject({ ok: true });
  });

  it('已经存进文件的这类字符不会让花名册、统计表、操作日志和会议记录文件打不开', { timeout: 240_000 }, async () => {
    const { ok, db, ctx } = await openAppLike();
    const zone = await ok<{ id: number }>('members.saveZone', { name: '一片区' });
    const { id: memberId } = await ok<{ id: number }>('members.create', { ...ZHANG, zoneId: zone.id, tags: ['困难妇女'] });
    const input = await fixtureMeetingInput(ctx);
    const { id: meetingId } = await ok<{ id: number }>('meetings.create', input);
    // As an older version (or a hand-edited file) could have stored them:
    await db.updateTable('member').set({ name: dirty('张海丽'), current_address: dirty('幸福里3栋'), building: dirty('3栋') }).where('id', '=', memberId).execute();
    await db.updateTable('zone').set({ name: dirty('一片区') }).where('id', '=', zone.id).execute();
    await db.updateTable('member_tag').set({ tag: dirty('困难妇女') }).where('member_id', '=', memberId).execute();
    await db.updateTable('meeting').set({ title: dirty('执委会议'), place: dirty('活动室') }).where('id', '=', meetingId).execute();
    await db.updateTable('meeting_topic').set({ notes: dirty('讨论情况') }).where('meeting_id', '=', meetingId).execute();
    await db.updateTable('audit_log').set({ label: dirty('张海丽'), detail: dirty('说明') }).execute();

    const dir = tempDir();
    const files = {
      roster: (await ok<{ base64: string }>('members.exportRoster', { filters: { status: '全部' } })).base64,
      stats: (await ok<{ base64: string }>('members.exportStats', {})).base64,
      audit: (await ok<{ base64: string }>('audit.export', {})).base64,
    };
    for (const [name, base64] of Object.entries(files)) writeFileSync(join(dir, `${name}.xlsx`), Buffer.from(base64, 'base64'));
    const docx = await ok<{ base64: string; fileName: string }>('meetings.exportDocx', { id: meetingId });
    // eslint-disable-next-line no-control-regex
    expect(docx.fileName).not.toMatch(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/);
    writeFileSync(join(dir, 'meeting.docx'), Buffer.from(docx.base64, 'base64'));

    const soffice = (filter: string, paths: string[]) =>
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', filter, '--outdir', dir, ...paths], { stdio: 'pipe', timeout: 180_000 });
    soffice('csv:Text - txt - csv (StarCalc):44,34,76', Object.keys(files).map((n) => join(dir, `${n}.xlsx`)));
    soffice('txt:Text', [join(dir, 'meeting.docx')]);
    const read = (name: string) => {
      expect(existsSync(join(dir, name)), `LibreOffice could not open ${name}`).toBe(true);
      return readFileSync(join(dir, name), 'utf8');
    };
    expect(read('roster.csv')).toContain('张海丽');
    expect(read('roster.csv')).toContain('幸福里3栋');
    expect(read('stats.csv')).toContain('一片区');
    expect(read('stats.csv')).toContain('困难妇女');
    expect(read('audit.csv')).toContain('张海丽');
    const meetingText = read('meeting.txt');
    expect(meetingText).toContain('执委会议');
    expect(meetingText).toContain('讨论情况');
    expect(meetingText).toContain('活动室');

    // And the app reads its own export back (the roster re-import starts with exceljs).
    for (const base64 of Object.values(files)) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
      // eslint-disable-next-line no-control-regex
      expect(JSON.stringify(workbook.worksheets[0]!.getSheetValues())).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
    }
  });
});
