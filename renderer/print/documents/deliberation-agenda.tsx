/** 议事会议程 (#/print/deliberation-agenda?meetingId=…): the session's time and place, then each 议题 to deliberate with its 诉求. */
import { api } from '../../api';
import '../../deliberation/deliberation-print.css';
import '../../meetings/meeting-print.css';
import { chineseDate } from '../layout';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { RecordHeaderTable } from './record-parts';

type Session = Awaited<ReturnType<typeof api.deliberation.printAgenda>>;

const ORDINALS = '一二三四五六七八九十';

function AgendaPrint({ data: s, branch }: PrintDocumentProps<Session>) {
  const m = s.meeting;
  return (
    <div className="delib-doc delib-sheet" data-testid="agenda">
      <h1 className="delib-title">{m.title}议程</h1>
      <RecordHeaderTable
        rows={[
          ['会议名称', m.title],
          ['时间', `${chineseDate(m.date)}${m.startTime ? ` ${m.startTime}${m.endTime ? `—${m.endTime}` : ''}` : ''}`],
          ['主持人', m.host || '（待定）'],
          ['地点', m.place || '（待定）'],
          ['组织单位', branch.name || '（未填写社区妇联名称）'],
          ['议题数', `${s.items.length}项`],
        ]}
      />
      <h2>议程</h2>
      <p className="delib-body">一、主持人宣布会议开始，通报应到、实到人数。</p>
      {s.items.map((i, n) => (
        <div key={i.code} className="print-keep-together">
          <p className="delib-body">
            {ORDINALS[n + 1] ?? n + 2}、审议议题 {i.code}“{i.title}”（{i.category}，{i.method}）
          </p>
          <p className="delib-body">
            提出人：{i.proposer}
            {i.seconders ? `；附议：${i.seconders}` : ''}
          </p>
          <p className="delib-body">诉求内容：{i.content}</p>
          <p className="delib-body">程序：提出人说明 → 讨论发言 → 表决（同意／反对／弃权） → 形成决议。</p>
        </div>
      ))}
      <p className="delib-body">
        {ORDINALS[s.items.length + 1] ?? s.items.length + 2}、主持人宣读表决结果和决议，明确承办单位和办理时限。
      </p>
      <p className="delib-body">{ORDINALS[s.items.length + 2] ?? s.items.length + 3}、散会。</p>
    </div>
  );
}

export const deliberationAgendaDocument = definePrintDocument<Session>({
  title: (_params, s) => `${s.meeting.date} ${s.meeting.title}议程`,
  orientation: 'portrait',
  load: (params) => {
    const meetingId = Number(params.get('meetingId'));
    if (!Number.isInteger(meetingId) || meetingId <= 0) throw new Error('缺少议事会编号，无法打印议程。');
    return api.deliberation.printAgenda({ meetingId });
  },
  Component: AgendaPrint,
});
