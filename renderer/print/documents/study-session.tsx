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

export async function loadSession(params: URLSearchParams): Promise<SessionDetail> {
  const id = Number(params.get('id'));
  if (!Number.isInteger(id) || id <= 0) throw new Error('缺少学习记录编号，无法打印。');
  return api.study.get({ id });
}

/** One session's record; `next` starts it on a new page (the ledger's later sessions). */
export function StudyRecord({ session: s, next = false }: { session: SessionDetail; next?: boolean }) {
  return (
    <div className={next ? 'study-next' : undefined} data-testid="study-record">
      {!next && <div className="meeting-stamp-space" aria-hidden />}
      <h1 className="meeting-title">{studyDocumentTitle(s)}</h1>
      <table className="print-table meeting-header">
        <tbody>
          {sessionHeaderRows(s).map(([label, value]) => (
            <tr key={label}>
              <th>{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <section>
        <h2>一、学习内容</h2>
        <p className="study-body">{s.content || '无'}</p>
      </section>
      <section>
        <h2>二、讨论发言</h2>
        {s.speeches.length ? (
          s.speeches.map((sp, k) => (
            <p key={k}>
              <span className="meeting-speaker">{sp.speaker}：</span>
              {sp.content}
            </p>
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
      <div className="meeting-signatures">
        <span>
          主持人（签字）：<span className="print-blank" />
        </span>
        <span>
          记录人（签字）：<span className="print-blank" />
        </span>
      </div>
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
