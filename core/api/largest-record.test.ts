/**
 * Issue 10 item 8: every list has a bound and every text a limit. The largest
 * record allowed is accepted and still prints and exports; one item more is
 * refused in Chinese, naming the list. (Timing: `npm run bench`, largestRecord.)
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';
import { MEETING_LIMITS } from '../meetings/schema';
import { MEMBER_LIMITS } from '../members/schema';
import { chineseText, largestMeeting, largestMember } from './largest-record';

describe('最大允许的记录（问题10第8项）', () => {
  it('成员：每项文字和列表都到上限时可以保存、列出、打印、导出、统计；多一个标签就拒绝', { timeout: 60_000 }, async () => {
    const { ok, call } = await openAppLike();
    const zone = await ok<{ id: number }>('members.saveZone', { name: chineseText(30, 9) });
    const member = largestMember(zone.id);
    const { id } = await ok<{ id: number }>('members.create', member);
    const detail = await ok<{ tags: string[]; roles: string[]; note: string }>('members.get', { id });
    expect(detail.tags).toHaveLength(MEMBER_LIMITS.tags);
    expect(detail.roles).toHaveLength(MEMBER_LIMITS.roles);
    expect(detail.note).toHaveLength(500);

    const sheet = await ok<{ rows: { tags: string[] }[] }>('members.rosterSheet', { filters: { status: '全部' } });
    expect(sheet.rows[0]!.tags).toHaveLength(MEMBER_LIMITS.tags);
    const exported = await ok<{ base64: string }>('members.exportRoster', { filters: { status: '全部' } });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(exported.base64, 'base64') as unknown as ArrayBuffer);
    expect(String(workbook.worksheets[0]!.getCell(4, 16).value)).toBe(member.tags!.join('、'));
    await ok('members.stats', {});
    await ok('members.exportStats', {});

    const tooMany = await call('members.create', { ...member, idNumber: '110105197503080028', tags: [...member.tags!, '多一个'] });
    expect(tooMany).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: `关爱标签最多${MEMBER_LIMITS.tags}项` } });
    const tooLong = await call('members.create', { ...member, idNumber: '110105197503080028', note: chineseText(501) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '备注不能超过500个字' } });
  });

  it('会议记录：每个列表都到上限、文字总数正好到上限时可以保存、读出、导出 Word；再多一个字就拒绝', { timeout: 60_000 }, async () => {
    const { ok, call } = await openAppLike();
    const typeId = (await ok<{ id: number }[]>('meetings.listTypes'))[0]!.id;
    const { id } = await ok<{ id: number }>('meetings.create', largestMeeting(typeId));
    const got = await ok<{ attendees: unknown[]; topics: { speeches: unknown[] }[]; actions: unknown[] }>('meetings.get', { id });
    expect(got.attendees).toHaveLength(MEETING_LIMITS.attendees);
    expect(got.topics).toHaveLength(MEETING_LIMITS.topics);
    expect(got.topics.every((t) => t.speeches.length === MEETING_LIMITS.speechesPerTopic)).toBe(true);
    expect(got.actions).toHaveLength(MEETING_LIMITS.actions);
    const docx = await ok<{ base64: string }>('meetings.exportDocx', { id });
    expect(Buffer.from(docx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');

    const over = await call('meetings.create', largestMeeting(typeId, 1));
    expect(over).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: `一份会议记录的文字总数不能超过${MEETING_LIMITS.totalChars}字（现有${MEETING_LIMITS.totalChars + 1}字），请精简或分成几份记录` },
    });
    const big = largestMeeting(typeId);
    for (const [list, patch] of [
      ['参会人员', { attendees: [...big.attendees, { memberId: null, name: '多一人', attendance: '出席', reason: '' }] }],
      ['议题', { topics: [...big.topics, { title: '多一个', notes: '', speeches: [] }] }],
      ['每个议题的发言', { topics: [{ ...big.topics[0]!, speeches: [...big.topics[0]!.speeches, big.topics[0]!.speeches[0]!] }, ...big.topics.slice(1)] }],
      ['决议', { resolutions: [...big.resolutions, '多一条'] }],
      ['行动事项', { actions: [...big.actions, { content: '多一条', owner: '', dueDate: null, status: '未开始' }] }],
    ] as const) {
      const answer = await call('meetings.create', { ...big, ...patch });
      expect(answer.ok, list).toBe(false);
      expect(!answer.ok && answer.error.message, list).toContain(`${list}最多`);
    }
  });
});
