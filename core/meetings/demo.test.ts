import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { seedDemoMembers } from '../members/demo-seed';
import { seedDemoBranch } from '../settings/demo';
import { settingsApi } from '../settings/api';
import { seedDemoMeetings } from './demo';
import { getMeeting, listActions } from './read';

describe('seed-demo --records: a year of 会议记录 and the 基本信息', () => {
  it('up to today: monthly 执委会议, quarterly 工作例会, 妇女小组长会议 every other month; those three weeks old 定稿; an open action overdue', async () => {
    const { ctx, db, close } = await openTempDatabase();
    ctx.now = () => new Date('2026-09-30T10:00:00+08:00');
    await seedDemoMembers(ctx, 400);
    const seeded = await seedDemoMeetings(ctx, { year: 2026 });
    // 执委会议 Jan–Sep on the 8th (9), 工作例会 Mar/Jun/Sep on the 25th (3), 小组长会议 Feb/Apr/Jun/Aug on the 15th (4).
    expect(seeded).toEqual({ year: 2026, meetings: 16, finalized: 15 });
    const rows = await db.selectFrom('meeting').innerJoin('meeting_type', 'meeting_type.id', 'meeting.type_id').select(['meeting.id', 'meeting.date', 'meeting.status', 'meeting_type.name']).execute();
    expect(rows.filter((r) => r.name === '执委会议').map((r) => r.date.slice(5, 7))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    const drafts = rows.filter((r) => r.status !== '已定稿');
    expect(drafts.map((r) => r.date)).toEqual(['2026-09-25']);
    const first = await getMeeting(ctx, rows[0]!.id);
    expect(first.attendees.filter((a) => a.attendance === '出席').length).toBeGreaterThanOrEqual(2);
    expect(first.topics.length).toBe(2);
    expect((await listActions(ctx, { scope: 'overdue', query: '' })).length).toBeGreaterThan(0);
    await close();
  });

  it('fills the 基本信息 of an empty file only', async () => {
    const { ctx, close } = await openTempDatabase();
    expect(await seedDemoBranch(ctx)).toEqual({ name: '幸福里社区妇联', fondsCode: '0194' });
    await settingsApi.saveBranchInfo.handler(ctx, { name: '真实社区妇联', street: '', fondsCode: '', contact: '', phone: '' });
    expect(await seedDemoBranch(ctx)).toEqual({ kept: true });
    expect((await settingsApi.getBranchInfo.handler(ctx, undefined)).name).toBe('真实社区妇联');
    await close();
  });
});
