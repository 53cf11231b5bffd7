/** The annual 学习台账 as one document: the plan against what was held, then every session's record in date order. */
import type { StudyLedger } from '../../../core/study/ledger';
import { api } from '../../api';
import '../../meetings/meeting-print.css';
import '../../study/study-print.css';
import { PrintMeta } from '../layout';
import { definePrintDocument } from '../types';
import { MeetingPageStyle } from './meeting-page';
import { StudyHoursTable } from './study-hours-table';
import { StudyRecord } from './study-session';

async function load(params: URLSearchParams): Promise<StudyLedger> {
  const year = Number(params.get('year'));
  if (!Number.isInteger(year) || year < 1949 || year > 2100) throw new Error('缺少年度，无法打印学习台账。');
  return api.study.ledger({ year });
}

function LedgerPrint({ data: l, branch }: { data: StudyLedger; branch: { name: string } }) {
  const { totals } = l.plan;
  return (
    <div className="meeting-doc study-doc">
      <MeetingPageStyle />
      <div className="meeting-stamp-space" aria-hidden />
      <h1 className="meeting-title">{l.year}年度学习台账</h1>
      <PrintMeta items={[`单位：${branch.name || '（未填写社区妇联名称）'}`, `学习${l.summary.sessions}次，${l.summary.people}人，共${l.summary.hours}学时`]} />
      <h2>一、年度学习计划执行情况</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th style={{ width: '12mm' }}>月份</th>
            <th>计划学习主题</th>
            <th style={{ width: '20mm' }}>计划形式</th>
            <th style={{ width: '20mm' }}>主讲人</th>
            <th>实际学习</th>
          </tr>
        </thead>
        <tbody>
          {l.plan.months.map((m) => (
            <tr key={m.month}>
              <td>{m.month}月</td>
              <td className="text">{m.planned.map((p) => p.topic).join('\n') || '（未列计划）'}</td>
              <td>{m.planned.map((p) => p.form).join('\n')}</td>
              <td>{m.planned.map((p) => p.speaker).join('\n')}</td>
              <td className={m.empty ? 'text study-empty-month' : 'text'}>{m.empty ? '本月未开展学习' : m.held.map((s) => `${s.date} ${s.title}`).join('\n')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        全年计划{totals.planned}项，已按计划完成{totals.fulfilled}项；实际学习{totals.held}次（其中计划外{totals.unplanned}次）
        {totals.emptyMonths.length ? `；${totals.emptyMonths.join('、')}月未开展学习` : ''}。
      </p>
      <h2>二、个人学时</h2>
      <StudyHoursTable first="姓名" rows={l.people.map((p) => ({ ...p, key: p.memberId ? `m${p.memberId}` : `n${p.name}`, label: p.name }))} />
      {l.sessions.map((s) => (
        <StudyRecord key={s.id} session={s} next />
      ))}
    </div>
  );
}

export const studyLedgerDocument = definePrintDocument<StudyLedger>({
  title: (_params, l) => `${l.year}年度学习台账`,
  orientation: 'portrait',
  load,
  Component: LedgerPrint,
});
