import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { meetingInputSchema } from '../meetings/schema';
import { attendanceFigures, isAway, wasThere } from './attendance';
import { attendeeSchema, checkAttendees } from './schema';

/** What a second module (学习记录) builds from the same pieces. */
const studyLike = z
  .object({ attendees: z.array(attendeeSchema('参加人员')).default([]) })
  .superRefine((s, ctx) => checkAttendees(s.attendees, ctx, { who: '参加人员', reasonRequired: ['请假', '缺席'] }));

const messages = (r: { success: boolean; error?: z.ZodError }) => (r.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('one attendance mechanism for meetings and study', () => {
  const people = [
    { name: '王秀英', attendance: '出席' as const },
    { name: '刘芳', attendance: '请假' as const },
    { name: '李桂兰', attendance: '缺席' as const },
    { name: '社区书记', attendance: '列席' as const },
  ];

  it('a 请假 without a reason is refused naming her, in either module', () => {
    const meeting = meetingInputSchema.safeParse({ typeId: 1, title: '执委会议', date: '2026-11-20', attendees: people });
    expect(messages(meeting)).toEqual(['attendees.1.reason: 刘芳请假，请填写请假原因']);
    const study = studyLike.safeParse({ attendees: people });
    expect(messages(study)).toEqual(['attendees.1.reason: 刘芳请假，请填写请假原因', 'attendees.2.reason: 李桂兰缺席，请填写缺席原因']);
  });

  it('names the people with the module’s own word', () => {
    const twice = [people[0], people[0]];
    expect(messages(studyLike.safeParse({ attendees: twice }))).toEqual(['attendees.1.name: 参加人员“王秀英”重复']);
    expect(messages(studyLike.safeParse({ attendees: [{ name: ' ', attendance: '出席' }] }))).toEqual(['attendees.0.name: 请填写参加人员姓名']);
    expect(messages(studyLike.safeParse({ attendees: [{ name: '甲', attendance: '迟到' }] }))).toEqual(['attendees.0.attendance: 出席情况应为 出席/缺席/请假/列席']);
  });

  it('counts the same figures whichever record the list belongs to', () => {
    const parsed = studyLike.parse({ attendees: people.map((p) => ({ ...p, reason: '有事' })) });
    expect(attendanceFigures(parsed.attendees)).toEqual({ expected: 3, present: 1, absent: 1, leave: 1, guests: 1, rate: '33.3' });
    expect(parsed.attendees.filter(isAway).map((a) => a.name)).toEqual(['刘芳', '李桂兰']);
    expect(parsed.attendees.filter(wasThere).map((a) => a.name)).toEqual(['王秀英', '社区书记']);
  });
});
