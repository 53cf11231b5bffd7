/** 操作日志 lines for prints: plain Chinese, never the route's raw parameters; 打印 and 导出PDF told apart. */
import { describe, expect, it } from 'vitest';
import { fixtureMeetingInput } from '../meetings/fixture';
import { describePrint } from './describe';
import { openAppLike } from './testing';

const roster = (selection: unknown, count?: number, mode: 'print' | 'pdf' = 'print') =>
  describePrint({ document: 'members-roster', mode, title: '妇女花名册（2026年12月1日）', params: { selection: JSON.stringify(selection) }, count });

describe('describePrint', () => {
  it('a roster: its status, sorting and head count, with thousands separated', () => {
    expect(roster({ query: '', filters: { status: '在册' }, sort: { field: 'name', order: 'asc' } }, 2600)).toBe('打印花名册：在册，按姓名排序，2,600 人');
    expect(roster({ query: '', filters: { status: '在册' }, sort: { field: 'name', order: 'asc' } }, 2600, 'pdf')).toBe('导出花名册为PDF：在册，按姓名排序，2,600 人');
  });

  it('a roster: every filter by its name, codes as their names, zone by its name', () => {
    const text = describePrint({
      document: 'members-roster',
      mode: 'print',
      title: '妇女花名册',
      params: {
        selection: JSON.stringify({
          query: '张',
          filters: { status: '全部', zoneId: 3, role: '执委', tag: '低保', ageBand: '45plus', education: '20', political: '01' },
          sort: { field: 'age', order: 'desc' },
        }),
      },
      count: 12,
      zoneNames: new Map([[3, '幸福里一网格']]),
    });
    expect(text).toBe('打印花名册：全部状态，搜索“张”，片区：幸福里一网格，身份：执委，关爱标签：低保，年龄：45周岁及以上，文化程度：大学本科，政治面貌：中共党员，按年龄降序排序，12 人');
    expect(text).not.toMatch(/[{}=]|selection|zoneId/);
  });

  it('a roster whose selection is not JSON: the default roster, no raw text', () => {
    expect(describePrint({ document: 'members-roster', mode: 'print', title: '妇女花名册', params: { selection: '{oops' }, count: 3 })).toBe('打印花名册：在册，按姓名排序，3 人');
  });

  it('a meeting record and its 签到表 by the meeting title; the 统计表 by its date', () => {
    const meeting = { mode: 'print' as const, title: '2026-11-20 第四季度执委会议记录', params: { id: '1' }, subject: '第四季度执委会议' };
    expect(describePrint({ ...meeting, document: 'meeting' })).toBe('打印会议记录《第四季度执委会议》');
    expect(describePrint({ ...meeting, document: 'meeting', mode: 'pdf' })).toBe('导出会议记录《第四季度执委会议》为PDF');
    expect(describePrint({ ...meeting, document: 'meeting-signin' })).toBe('打印会议签到表《第四季度执委会议》');
    expect(describePrint({ document: 'members-stats', mode: 'print', title: '妇女基本情况统计表', params: { asOf: '2026-06-30' } })).toBe('打印基本情况统计表：统计截止2026年6月30日');
  });
});

describe('audit.recordPrint', () => {
  it('looks the meeting up by id, and logs 导出PDF as an export, 打印 as a print', async () => {
    const { ctx, ok, auditRows } = await openAppLike();
    const { id } = await ok<{ id: number }>('meetings.create', await fixtureMeetingInput(ctx));
    await ok('audit.recordPrint', { document: 'meeting', mode: 'print', title: '2026-11-20 第四季度执委会议记录', params: { id: String(id) } });
    await ok('audit.recordPrint', { document: 'meeting', mode: 'pdf', title: '2026-11-20 第四季度执委会议记录', params: { id: String(id) } });
    const rows = (await auditRows()).filter((r) => r.entity_type === 'meeting' && r.action !== 'create');
    expect(rows.map((r) => [r.action, r.entity_id, r.detail])).toEqual([
      ['print', id, '打印会议记录《第四季度执委会议》'],
      ['export', id, '导出会议记录《第四季度执委会议》为PDF'],
    ]);
  });

  it('names the zone of a roster printed for one 片区, and keeps the count it was given', async () => {
    const { ok, auditRows } = await openAppLike();
    const { id: zoneId } = await ok<{ id: number }>('members.saveZone', { name: '幸福里二网格' });
    const selection = JSON.stringify({ query: '', filters: { status: '在册', zoneId }, sort: { field: 'name', order: 'asc' } });
    await ok('audit.recordPrint', { document: 'members-roster', title: '妇女花名册', params: { selection }, count: 2600 });
    const row = (await auditRows()).at(-1)!;
    expect(row).toMatchObject({ action: 'print', entity_type: 'members-roster', detail: '打印花名册：在册，片区：幸福里二网格，按姓名排序，2,600 人' });
  });
});
