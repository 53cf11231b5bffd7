/**
 * 议事结果公示 of one 妇女议事会 (#/print/deliberation-gongshi?meetingId=…): what was
 * deliberated, the 决议 with its vote and rule, who carries it out and by when.
 * Posted publicly: it names no proposer and carries no ID number or phone of anyone
 * (deliberation.printNotice gives nothing else; its texts come masked).
 */
import dayjs from 'dayjs';
import { api } from '../../api';
import '../../deliberation/deliberation-print.css';
import { chineseDate } from '../layout';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import { voteLine } from './deliberation-parts';

type Notice = Awaited<ReturnType<typeof api.deliberation.printNotice>>;

function GongshiPrint({ data: s, branch }: PrintDocumentProps<Notice>) {
  const name = branch.name || '（未填写社区妇联名称）';
  return (
    <div className="delib-doc" data-testid="gongshi">
      <h1 className="delib-title">{s.title}</h1>
      <p className="delib-body">
        {chineseDate(s.meeting.date)}，{name}召开“{s.meeting.title}”{s.meeting.place ? `（${s.meeting.place}）` : ''}，对{s.items.length}项议题进行了审议表决。现将议事结果公示如下：
      </p>
      <table className="print-table delib-fixed">
        <thead>
          <tr>
            <th style={{ width: '8mm' }}>序号</th>
            <th style={{ width: '30mm' }}>议题</th>
            <th>决议</th>
            <th style={{ width: '32mm' }}>表决结果</th>
            <th style={{ width: '18mm' }}>主办单位</th>
            <th style={{ width: '21mm' }}>办理时限</th>
          </tr>
        </thead>
        <tbody>
          {s.items.map((i) => (
            <tr key={i.code}>
              <td>{i.order}</td>
              <td className="text">
                {i.code}
                <br />
                {i.title}
              </td>
              <td className="text">{i.resolution}</td>
              <td className="text">{voteLine(i.vote)}</td>
              <td className="text">
                {i.mainUnit || '待交办'}
                {i.coUnits ? `（协办：${i.coUnits}）` : ''}
              </td>
              <td>{i.dueOn ?? '待定'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!s.items.length && <p className="delib-body">本次议事会尚无表决结果。</p>}
      <p className="delib-body" style={{ marginTop: '4mm' }}>
        公示期间，居民群众如有意见建议，请向{name}或本片区妇女代表反映。
      </p>
      <div className="delib-issuer">
        <div>{name}</div>
        <div>{chineseDate(dayjs().format('YYYY-MM-DD'))}</div>
      </div>
    </div>
  );
}

export const deliberationGongshiDocument = definePrintDocument<Notice>({
  title: (_params, s) => `${s.meeting.date} 议事结果公示`,
  orientation: 'portrait',
  load: (params) => {
    const meetingId = Number(params.get('meetingId'));
    if (!Number.isInteger(meetingId) || meetingId <= 0) throw new Error('缺少议事会编号，无法打印议事结果公示。');
    return api.deliberation.printNotice({ meetingId });
  },
  Component: GongshiPrint,
});
