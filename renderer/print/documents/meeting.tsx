/** 会议记录 (DESIGN §4.6): header table, body by 议题 with speakers, 决议, 行动事项, 散会, signatures, 更正 appendix. */
import { actionLine, meetingDocumentTitle, meetingHeaderRows } from '../../../core/meetings/layout';
import type { MeetingDetail } from '../../../core/meetings/read';
import { api } from '../../api';
import '../../meetings/meeting-print.css';
import { KeepDates } from '../layout';
import { definePrintDocument } from '../types';
import { CorrectionsAppendix } from './corrections-appendix';
import { MeetingPageStyle } from './meeting-page';
import { RecordHeaderTable, RecordSignatures, Speech, recordId } from './record-parts';
import { SessionItemsSection, loadSessionItems, type SessionItems } from './deliberation-session-items';

const CHINESE_NUMBERS = '一二三四五六七八九十';
const ordinal = (i: number) => (i < 10 ? CHINESE_NUMBERS[i]! : String(i + 1));

export async function loadMeeting(params: URLSearchParams): Promise<MeetingDetail> {
  return api.meetings.get({ id: recordId(params, '缺少会议编号，无法打印。') });
}

/** A 妇女议事会 also prints the 议题 it deliberated, from the deliberation module (one source of truth). */
type MeetingPrint = MeetingDetail & { deliberation: SessionItems | null };

async function loadMeetingPrint(params: URLSearchParams): Promise<MeetingPrint> {
  const m = await loadMeeting(params);
  return { ...m, deliberation: await loadSessionItems(m) };
}

function MeetingRecord({ data: m }: { data: MeetingPrint }) {
  return (
    <div className="meeting-doc">
      <MeetingPageStyle />
      <div className="meeting-stamp-space" aria-hidden />
      <h1 className="meeting-title">{meetingDocumentTitle(m)}</h1>
      <RecordHeaderTable rows={meetingHeaderRows(m)} />

      {m.topics.map((t, i) => (
        <section key={i}>
          <h2>
            {ordinal(i)}、{t.title}
          </h2>
          {t.notes && <p>{t.notes}</p>}
          {t.speeches.map((s, k) => (
            <Speech key={k} speaker={s.speaker} content={s.content} />
          ))}
        </section>
      ))}

      {m.deliberation && <SessionItemsSection session={m.deliberation} />}

      {m.resolutions.length > 0 && (
        <section>
          <h2>会议决议</h2>
          {m.resolutions.map((r, i) => (
            <p key={i}>
              {i + 1}. {r}
            </p>
          ))}
        </section>
      )}

      {m.actions.length > 0 && (
        <section>
          <h2>行动事项</h2>
          {m.actions.map((a, i) => (
            <p key={a.id}>
              {i + 1}. <KeepDates text={actionLine(a)} />
            </p>
          ))}
        </section>
      )}

      <p className="meeting-end">散会。</p>

      <RecordSignatures />

      <CorrectionsAppendix corrections={m.corrections} />
    </div>
  );
}

export const meetingDocument = definePrintDocument<MeetingPrint>({
  title: (_params, m) => `${m.date} ${meetingDocumentTitle(m)}`,
  orientation: 'portrait',
  load: loadMeetingPrint,
  Component: MeetingRecord,
});
