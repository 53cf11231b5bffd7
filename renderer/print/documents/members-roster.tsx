/**
 * Print document 'members-roster': the 妇女花名册 on A4 landscape, for the
 * selection the roster page shows (#/print/members-roster?selection=<json>).
 * Phones and ID numbers stay masked; the header row repeats on every page.
 */
import dayjs from 'dayjs';
import type { RosterSheetRow } from '../../../core/members/roster-export';
import type { RosterSelectionInput } from '../../../core/members/roster-schema';
import { api } from '../../api';
import { chineseDate, PrintMeta, PrintTitle } from '../layout';
import { definePrintDocument, type PrintDocumentProps } from '../types';
import './members-roster.css';

interface RosterPrint {
  asOf: string;
  rows: RosterSheetRow[];
}

function selectionOf(params: URLSearchParams): RosterSelectionInput {
  try {
    return JSON.parse(params.get('selection') ?? '{}') as RosterSelectionInput;
  } catch {
    return {};
  }
}

export const membersRosterDocument = definePrintDocument<RosterPrint>({
  title: () => `妇女花名册（${chineseDate(dayjs().format('YYYY-MM-DD'))}）`,
  orientation: 'landscape',
  load: (params) => api.members.rosterSheet(selectionOf(params)),
  Component: RosterSheet,
  count: (data) => data.rows.length,
});

/**
 * Widths (of 267 mm) fit each column's longest value at 10pt, 身份 takes the rest (≈18 characters);
 * `wrap`: a longer value goes onto a second line rather than being cut off.
 */
const COLUMNS: Array<{ title: string; width?: string; wrap?: boolean; value(r: RosterSheetRow, i: number): string | number }> = [
  { title: '序号', width: '4.5%', value: (_r, i) => i + 1 },
  { title: '姓名', width: '8%', value: (r) => r.name },
  { title: '性别', width: '4%', value: (r) => r.sex },
  { title: '出生日期', width: '9.5%', value: (r) => r.birthDate },
  { title: '年龄', width: '4.5%', value: (r) => r.age },
  { title: '民族', width: '6.5%', value: (r) => r.ethnicity },
  { title: '文化程度', width: '9.5%', value: (r) => r.education },
  { title: '政治面貌', width: '9.5%', value: (r) => r.political },
  { title: '片区', width: '11%', wrap: true, value: (r) => [r.zoneName, r.building].filter(Boolean).join(' ') },
  { title: '联系电话', width: '9%', value: (r) => r.phoneMasked },
  { title: '身份', wrap: true, value: (r) => r.roles.join('、') },
];

function RosterSheet({ data, branch, params }: PrintDocumentProps<RosterPrint>) {
  const status = selectionOf(params).filters?.status ?? '在册';
  return (
    <>
      <PrintTitle>妇女花名册</PrintTitle>
      <PrintMeta
        items={[
          `单位：${branch.name || '（未填写社区妇联名称）'}`,
          `共${data.rows.length}人（${status === '全部' ? '全部状态' : status}）`,
          `打印日期：${chineseDate(data.asOf)}`,
        ]}
      />
      <table className="print-table roster-print">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c.title} style={{ width: c.width }}>
                {c.title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.rows.map((row, i) => (
            <tr key={row.id}>
              {COLUMNS.map((c) => (
                <td key={c.title} className={`${typeof c.value(row, i) === 'number' ? 'num' : 'text'}${c.wrap ? ' wrap' : ''}`}>
                  {c.value(row, i)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
