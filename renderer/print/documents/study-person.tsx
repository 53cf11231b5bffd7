/** 个人学习情况: one member's sessions attended and missed, 补学 and hours, per year (no ID or phone). */
import type { PersonRecord } from '../../../core/study/person';
import { api } from '../../api';
import '../../meetings/meeting-print.css';
import '../../study/study-print.css';
import { PrintMeta } from '../layout';
import { definePrintDocument } from '../types';
import { MeetingPageStyle } from './meeting-page';
import { StudyHoursTable } from './study-hours-table';

async function load(params: URLSearchParams): Promise<PersonRecord> {
  const memberId = Number(params.get('memberId'));
  if (!Number.isInteger(memberId) || memberId <= 0) throw new Error('缺少成员编号，无法打印。');
  const year = params.get('year') ? Number(params.get('year')) : undefined;
  return api.study.person({ memberId, year });
}

const titleOf = (r: PersonRecord) => `${r.member.name}个人学习情况${r.year ? `（${r.year}年度）` : ''}`;

function PersonPrint({ data: r, branch }: { data: PersonRecord; branch: { name: string } }) {
  return (
    <div className="meeting-doc study-doc">
      <MeetingPageStyle />
      <h1 className="meeting-title">{titleOf(r)}</h1>
      <PrintMeta items={[`单位：${branch.name || '（未填写社区妇联名称）'}`, `姓名：${r.member.name}`]} />
      <StudyHoursTable first="年度" rows={r.years.map((y) => ({ ...y, key: y.year, label: `${y.year}年` }))} empty="没有学习记录" />
      <h2>学习明细</h2>
      <table className="print-table">
        <thead>
          <tr>
            <th style={{ width: '24mm' }}>日期</th>
            <th>学习主题</th>
            <th style={{ width: '20mm' }}>形式</th>
            <th style={{ width: '24mm' }}>参加情况</th>
            <th>补学</th>
            <th style={{ width: '12mm' }}>学时</th>
          </tr>
        </thead>
        <tbody>
          {r.entries.map((e) => (
            <tr key={e.sessionId}>
              <td>{e.date}</td>
              <td className="text">{e.title}</td>
              <td>{e.form}</td>
              <td>{e.reason ? `${e.attendance}（${e.reason}）` : e.attendance}</td>
              <td className="text">{e.makeup ? `${e.makeup.date} ${e.makeup.method}` : e.owesMakeup ? '尚未补学' : ''}</td>
              <td>{e.hours}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export const studyPersonDocument = definePrintDocument<PersonRecord>({
  title: (_params, r) => titleOf(r),
  orientation: 'portrait',
  load,
  Component: PersonPrint,
});
