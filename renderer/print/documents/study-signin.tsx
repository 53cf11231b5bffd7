/** 学习签到表, printed before the session (the sheet itself: ./signin-sheet.tsx). */
import { sessionTimeText } from '../../../core/study/format';
import type { SessionDetail } from '../../../core/study/read';
import { definePrintDocument } from '../types';
import { SignInSheet } from './signin-sheet';
import { loadSession } from './study-session';

function StudySignIn({ data: s }: { data: SessionDetail }) {
  return (
    <SignInSheet
      title={s.title}
      facts={[
        ['学习形式', s.form],
        ['时间', sessionTimeText(s)],
        ['地点', s.place],
        ['主讲人', s.speaker.name],
      ]}
      attendees={s.attendees}
    />
  );
}

export const studySignInDocument = definePrintDocument<SessionDetail>({
  title: (_params, s) => `${s.date} ${s.title}签到表`,
  orientation: 'portrait',
  load: loadSession,
  Component: StudySignIn,
});
