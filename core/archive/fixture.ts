/** For tests and the bench: a meeting and a study session on one roster, either finalized or not. */
import type { AppContext } from '../context';
import { createFixtureMeeting } from '../meetings/fixture';
import { createMeeting, finalizeMeeting } from '../meetings/service';
import { sessionInputSchema } from '../study/schema';
import { createSession, finalizeSession } from '../study/service';
import type { MeetingInput } from '../meetings/schema';

export async function createArchiveFixtures(ctx: AppContext, { finalize = true } = {}) {
  const meeting = await createFixtureMeeting(ctx);
  const wang = (await ctx.db.selectFrom('member').select('id').where('name', '=', '王秀英').executeTakeFirstOrThrow()).id;
  const study = await createSession(
    ctx,
    sessionInputSchema.parse({
      date: '2026-11-18',
      form: '集中学习',
      title: '十一月集中学习',
      content: '传达学习全国妇女十四大精神。',
      host: { memberId: wang, name: '王秀英' },
      speaker: { memberId: wang, name: '王秀英' },
      place: '社区党群服务中心二楼会议室',
      recorder: { memberId: null, name: '张丽' },
      hours: 2,
      attendees: [
        { memberId: wang, name: '王秀英', attendance: '出席' },
        { memberId: null, name: '周建国（社区书记）', attendance: '列席' },
      ],
    }),
  );
  if (finalize) {
    await finalizeMeeting(ctx, meeting.id);
    await finalizeSession(ctx, study.id);
  }
  /** Another meeting like the fixture one (bench: many records to file). */
  const anotherMeeting = async (overrides: Partial<MeetingInput>) => {
    const { id } = await createMeeting(ctx, { ...meeting.input, ...overrides });
    if (finalize) await finalizeMeeting(ctx, id);
    return id;
  };
  return { meetingId: meeting.id, studyId: study.id, meetingInput: meeting.input, anotherMeeting };
}
