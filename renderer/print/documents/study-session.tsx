/**
 * 学习记录 page (A4, the 会议记录 layout of DESIGN §4.6): header table, 学习内容, 讨论发言,
 * 心得/小结, 补学情况, signatures, 更正 appendix. The annual 学习台账 PDF prints one per session.
 */
import { makeupText, sessionHeaderRows, studyDocumentTitle } from '../../../core/study/format';
import type { SessionDetail } from '../../../core/study/read';
import { api } from '../../api';
import '../../meetings/meeting-print.css';
import '../../study/study-print.css';
import { definePrintDocument } from '../types';
import { CorrectionsAppendix } from './corrections-appendix';
import { MeetingPageStyle } from './meeting-page';
import { RecordHeaderTable, RecordSignatures, Speech, recordId } from './record-parts';

export async function loadSession(params: URLSearchParams): Promise<SessionDetail> {
  return api.study.get({ id: recordId(params, '缺少学习记录编号，无法打印。') });
}

/** One session's record; `next` starts it on a new page (the ledger's later sessions). */
export function StudyRecord({ session: s, next = false }: { session: SessionDetail; next?: boolean }) {
  return (
    <div className={next ? 'study-next' : undefined} data-testid="study-record">
      {!next && <div className="meeting-stamp-space" aria-hidden />}
      <h1 className="meeting-title">{studyDocumentTitle(s)}</h1>
      <RecordHeaderTable rows={sessionHeaderRows(s)} />
      <section>
        <h2>一、学习内容</h2>
        <p className="study-body">{s.content || '无'}</p>
      </section>
      <section>
        <h2>二、讨论发言</h2>
        {s.speeches.length ? (
          s.speeches.map((sp, k) => (
            <Speech key={k} speaker={sp.speaker} content={sp.content} />
          ))
        ) : (
          <p>无</p>
        )}
      </section>
      <section>
        <h2>三、心得/小结</h2>
        <p className="study-body">{s.summary || '无'}</p>
      </section>
      <section>
        <h2>四、补学情况</h2>
        <p>{makeupText(s)}</p>
      </section>
      <RecordSignatures />
      <CorrectionsAppendix corrections={s.corrections} />
    </div>
  );
}

function StudySessionPrint({ data }: { data: SessionDetail }) {
  return (
    <div className="meeting-doc study-doc">
      <MeetingPageStyle />
      <StudyRecord session={data} />
    </div>
  );
}

export const studySessionDocument = definePrintDocument<SessionDetail>({
  title: (_params, s) => `${s.date} ${studyDocumentTitle(s)}`,
  orientation: 'portrait',
  load: loadSession,
  Component: StudySessionPrint,
});
