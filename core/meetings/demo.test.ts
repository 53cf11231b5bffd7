import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { seedDemoMembers } from '../members/demo-seed';
import { seedDemoBranch } from '../settings/demo';
import { settingsApi } from '../settings/api';
import { seedDemoMeetings } from './demo';
import { getMeeting, listActions } from './read';

describe('seed-demo --records: a year of 会议记录 and the 基本信息', () => {
  it('up to today: monthly 执委会议, quarterly 妇女小组长会议, 联席会议; older ones 定稿 except one stale draft; an open action overdue', async () => {
    const { ctx, db, close } = await openTempDatabase();
    ctx.now = () => new Date('2026-09-30T10:00:00+08:00');
    await seedDemoMembers(ctx, 400);
    const seeded = await seedDemoMeetings(ctx, { year: 2026 });
    // 执委会议 Jan–Sep (9), 小组长会议 Feb/May/Aug (3), 联席会议 May (1).
    expect(seeded).toEqual({ year: 2026, meetings: 13, finalized: 12 });
    const rows = await db.selectFrom('meeting').innerJoin('meeting_type', 'meeting_type.id', 'meeting.type_id').select(['meeting.id', 'meeting.date', 'meeting.status', 'meeting_type.name']).execute();
    expect(rows.filter((r) => r.name === '执委会议').map((r) => r.date.slice(5, 7))).toEqual(['01', '02', '03', '04', '05', '06', '07', '08', '09']);
    const drafts = rows.filter((r) => r.status !== '已定稿');
    expect(drafts.map((r) => r.date)).toEqual(['2026-08-08']);
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
