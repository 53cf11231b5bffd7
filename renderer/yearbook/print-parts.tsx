/** The six parts of the 年度工作台账 print, each from its module's figures (core/yearbook/build.ts). */
import type { Breakdown } from '../../core/members/stats';
import type { Yearbook } from '../../core/yearbook/build';
import { BreakdownTable } from '../members/stats-print';
import { chineseDate } from '../print/layout';
import { FiguresTables } from '../print/documents/deliberation-figures-tables';

type Part = { y: Yearbook };
const pct = (rate: string | null) => (rate === null ? '—' : `${rate}%`);
const none = (cols: number, text: string) => (
  <tr>
    <td colSpan={cols}>{text}</td>
  </tr>
);

export function BranchPart({ y }: Part) {
  return (
    <>
      <table className="print-table yearbook-facts">
        <tbody>
          <tr>
            <th>社区妇联名称</th>
            <td className="text">{y.branch.name || '（未填写）'}</td>
          </tr>
          <tr>
            <th>所属街道</th>
            <td className="text">{y.branch.street || '（未填写）'}</td>
          </tr>
          <tr>
            <th>全宗号</th>
            <td className="text">{y.branch.fondsCode || '（未填写）'}</td>
          </tr>
        </tbody>
      </table>
      <h2>妇联班子成员</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th style={{ width: '14mm' }}>序号</th>
            <th>姓名</th>
            <th>职务</th>
          </tr>
        </thead>
        <tbody>
          {y.officers.map((o, i) => (
            <tr key={`${o.name}${i}`}>
              <td>{i + 1}</td>
              <td>{o.name}</td>
              <td>{o.role}</td>
            </tr>
          ))}
          {!y.officers.length && none(3, '花名册中没有登记妇联主席、副主席或执委。')}
        </tbody>
      </table>
    </>
  );
}

export function MembersPart({ y }: Part) {
  const m = y.members;
  const key: Breakdown = { title: '', rows: [m.age45plus, ...m.education.aggregates], total: null, aggregates: [] };
  const blocks: Array<[string, Breakdown]> = [
    ['主要指标', key],
    ['年龄结构', m.age],
    ['文化程度', m.education],
    ['政治面貌', m.political],
    ['民族', m.ethnicity],
    ['婚姻状况', m.marital],
    ['担任职务（一人可有多项，不作合计）', m.roles],
  ];
  return (
    <>
      <p>
        截至{chineseDate(m.asOf)}，在册妇女{m.total}人。
      </p>
      {blocks.map(([title, block]) => (
        <section key={title} className="print-section">
          <h2>{title}</h2>
          <BreakdownTable block={block} />
        </section>
      ))}
      <p className="print-note">{m.basis}</p>
    </>
  );
}

export function MeetingsPart({ y }: Part) {
  return (
    <>
      <p>
        全年会议{y.meetings.total}次：{y.meetings.byType.map((t) => `${t.typeName}${t.meetings.length}次`).join('，')}。出席率＝出席人数÷应到人数（列席不计）。
      </p>
      {/* Types not held this year are named in the sentence above, not given an empty table each. */}
      {y.meetings.byType.filter((t) => t.meetings.length).map((t) => (
        <section key={t.typeName} className="print-section">
          <h2>
            {t.typeName}（{t.meetings.length}次）
          </h2>
          <table className="print-table">
            <thead>
              <tr>
                <th style={{ width: '22mm' }}>日期</th>
                <th>会议名称</th>
                <th style={{ width: '16mm' }}>主持人</th>
                <th style={{ width: '9mm' }}>应到</th>
                <th style={{ width: '9mm' }}>实到</th>
                <th style={{ width: '14mm' }}>出席率</th>
                <th style={{ width: '12mm' }}>状态</th>
              </tr>
            </thead>
            <tbody>
              {t.meetings.map((x) => (
                <tr key={x.id}>
                  <td>{x.date}</td>
                  <td className="text">
                    {x.title}
                    {x.session ? `（${x.session}）` : ''}
                  </td>
                  <td>{x.host}</td>
                  <td>{x.expected}</td>
                  <td>{x.present}</td>
                  <td>{pct(x.rate)}</td>
                  <td>{x.status}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </>
  );
}

export function StudyPart({ y }: Part) {
  const s = y.study;
  return (
    <>
      <p>
        全年学习{s.summary.sessions}次，{s.summary.people}人参加，共{s.summary.hours}学时；已补学{s.summary.makeupsDone}人次，未补学{s.summary.makeupOwed}人次
        {s.emptyMonths.length ? `；${s.emptyMonths.join('、')}月未开展学习` : ''}。
      </p>
      <table className="print-table">
        <thead>
          <tr>
            <th style={{ width: '22mm' }}>日期</th>
            <th style={{ width: '16mm' }}>形式</th>
            <th>主题</th>
            <th style={{ width: '9mm' }}>学时</th>
            <th style={{ width: '9mm' }}>应到</th>
            <th style={{ width: '9mm' }}>实到</th>
            <th style={{ width: '14mm' }}>出席率</th>
            <th style={{ width: '16mm' }}>已补学/应补学</th>
          </tr>
        </thead>
        <tbody>
          {s.sessions.map((x) => (
            <tr key={x.id}>
              <td>{x.date}</td>
              <td>{x.form}</td>
              <td className="text">{x.title}</td>
              <td>{x.hours}</td>
              <td>{x.expected}</td>
              <td>{x.present}</td>
              <td>{pct(x.rate)}</td>
              <td>{x.away ? `${x.madeUp}/${x.away}` : '—'}</td>
            </tr>
          ))}
          {!s.sessions.length && none(8, '本年度没有学习记录。')}
        </tbody>
      </table>
      {s.makeups.length > 0 && (
        <section className="print-section">
          <h2>补学情况</h2>
          <table className="print-table">
            <thead>
              <tr>
                <th style={{ width: '18mm' }}>姓名</th>
                <th style={{ width: '24mm' }}>学习日期</th>
                <th style={{ width: '40mm' }}>学习主题</th>
                <th>缺席/请假原因</th>
                <th style={{ width: '40mm' }}>补学</th>
              </tr>
            </thead>
            <tbody>
              {s.makeups.map((x, i) => (
                <tr key={i}>
                  <td>{x.name}</td>
                  <td>{x.sessionDate}</td>
                  <td className="text">{x.sessionTitle}</td>
                  <td className="text">
                    {x.attendance}
                    {x.reason ? `：${x.reason}` : ''}
                  </td>
                  <td className={x.makeupDate ? undefined : 'yearbook-owing'}>{x.makeupDate ? `${x.makeupDate} ${x.makeupMethod}` : '未补学'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}

export function DeliberationPart({ y }: Part) {
  const d = y.deliberation;
  return (
    <>
      <p>
        全年召开妇女议事会{d.sessions.length}次{d.sessions.length ? `（${d.sessions.map((s) => s.date).join('、')}）` : ''}，提出议题{d.figures.yearly.raised}项，办结{d.figures.yearly.closed}项。
      </p>
      <FiguresTables figures={d.figures} />
      <section className="print-section">
        <h2>议题一览</h2>
        <table className="print-table">
          <thead>
            <tr>
              <th style={{ width: '22mm' }}>编号</th>
              <th>议题</th>
              <th style={{ width: '16mm' }}>类别</th>
              <th style={{ width: '22mm' }}>提出日期</th>
              <th style={{ width: '24mm' }}>状态</th>
              <th style={{ width: '17mm' }}>回访</th>
            </tr>
          </thead>
          <tbody>
            {d.items.map((i) => (
              <tr key={i.code}>
                <td>{i.code}</td>
                <td className="text">{i.title}</td>
                <td>{i.category}</td>
                <td>{i.raisedOn}</td>
                <td>{i.state}</td>
                <td>{i.visit || '—'}</td>
              </tr>
            ))}
            {!d.items.length && none(6, '本年度没有提出议题。')}
          </tbody>
        </table>
      </section>
    </>
  );
}

export function ArchivePart({ y }: Part) {
  const a = y.archive;
  return (
    <>
      <p>
        本年度归档{a.total}件，共{a.pages}页{a.voided ? `；作废${a.voided}件（保留档号）` : ''}。
      </p>
      <table className="print-table">
        <thead>
          <tr>
            <th style={{ width: '10mm' }}>序号</th>
            <th style={{ width: '44mm' }}>档号</th>
            <th>题名</th>
            <th style={{ width: '20mm' }}>日期</th>
            <th style={{ width: '16mm' }}>保管期限</th>
            <th style={{ width: '11mm' }}>页数</th>
          </tr>
        </thead>
        <tbody>
          {a.rows.map((r) => (
            <tr key={r.itemId}>
              <td>{r.序号}</td>
              <td className="print-nowrap">{r.档号}</td>
              <td className="text">
                {r.题名}
                {r.作废 ? '（作废）' : ''}
              </td>
              <td>{r.日期}</td>
              <td>{r.retention}</td>
              <td>{r.页数 ?? ''}</td>
            </tr>
          ))}
          {!a.rows.length && none(6, '本年度没有归档文件。')}
        </tbody>
      </table>
    </>
  );
}
