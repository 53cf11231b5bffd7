/** 签到表, printed before the meeting (the sheet itself: ./signin-sheet.tsx). */
import { meetingTimeText } from '../../../core/meetings/format';
import type { MeetingDetail } from '../../../core/meetings/read';
import { definePrintDocument } from '../types';
import { loadMeeting } from './meeting';
import { SignInSheet } from './signin-sheet';

function MeetingSignIn({ data: m }: { data: MeetingDetail }) {
  return (
    <SignInSheet
      title={m.title}
      facts={[
        ['时间', meetingTimeText(m.date, m.startTime, m.endTime)],
        ['地点', m.place],
      ]}
      attendees={m.attendees}
    />
  );
}

export const meetingSignInDocument = definePrintDocument<MeetingDetail>({
  title: (_params, m) => `${m.date} ${m.title}签到表`,
  orientation: 'portrait',
  load: loadMeeting,
  Component: MeetingSignIn,
});
