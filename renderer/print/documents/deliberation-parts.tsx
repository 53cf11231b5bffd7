/**
 * Parts the 妇女议事会 prints share: the vote line with its rule, and one 议题 as a
 * 办理反馈单 page (the 反馈单 alone, and every page of the yearly 议事台账).
 * The data comes print-ready and masked from the core (deliberation.printFeedback).
 */
import type { api } from '../../api';
import '../../deliberation/deliberation-print.css';
import '../../meetings/meeting-print.css';
import { KeepDates, chineseDate } from '../layout';
import { RecordHeaderTable } from './record-parts';

export type FeedbackData = Omit<Awaited<ReturnType<typeof api.deliberation.printFeedback>>, 'branch'>;
type Vote = { expected: number; present: number; yes: number; no: number; abstain: number; passed: boolean; ruleText: string };

export const voteLine = (v: Vote) => `应到${v.expected}人，实到${v.present}人；同意${v.yes}票，反对${v.no}票，弃权${v.abstain}票；${v.passed ? '通过' : '未通过'}（${v.ruleText}）`;

const ordinalRound = (round: number) => (round === 1 ? '' : `第${round === 2 ? '二' : round}次办理：`);

function proposerText({ proposer: p }: FeedbackData['item']) {
  return p.kind === '代表' ? `${p.name}（妇女代表）` : `${p.name}（居民${p.contact ? `，${p.contact}` : ''}；经妇女代表${p.via}转达）`;
}

function resultText(i: FeedbackData['item']) {
  if (i.outcome) return `${i.outcome.label}${i.outcome.reason ? `（${i.outcome.reason}）` : ''}\n${i.outcome.text}`;
  return ['不予立项', '未通过', '已撤回'].includes(i.state) ? i.state : '办理中';
}

/** The 办理反馈单 of one 议题: 诉求, 办理过程 from the timeline, 结果, 回访, and a blank for the proposer to sign. */
export function FeedbackSheet({ data: { item: i, process }, branchName, next = false }: { data: FeedbackData; branchName: string; next?: boolean }) {
  const rows: [string, React.ReactNode][] = [
    ['议题名称', i.title],
    ['提出人', proposerText(i)],
    ['附议代表', i.seconders || '无'],
    ['类别 / 来源', `${i.category} / ${i.source}（${i.method}）`],
    ['提出日期', chineseDate(i.raisedOn)],
    ['诉求内容', i.content],
    ['审议情况', i.vote ? `${chineseDate(i.vote.date)}${i.meeting ? `，${i.meeting.title}` : ''}：${voteLine(i.vote)}` : '未审议'],
    ['决议', i.vote?.resolution || '—'],
    ['承办单位', i.mainUnit ? `主办：${i.mainUnit}${i.coUnits ? `；协办：${i.coUnits}` : ''}` : '—'],
    ['办理时限', i.rounds.map((r) => `${ordinalRound(r.round)}${chineseDate(r.startedOn)}交办，${chineseDate(r.dueOn)}前办结`).join('\n') || '—'],
    ['办理过程', <KeepDates key="p" text={process.map((e) => `${chineseDate(e.date)} ${e.label}${e.note ? `：${e.note}` : ''}`).join('\n')} />],
    ['办理结果', resultText(i)],
    ['回访情况', i.visits.map((v) => `${chineseDate(v.date)} ${v.method}回访（回访人：${v.visitor}）：${v.result}${v.note ? `，${v.note}` : ''}`).join('\n') || '尚未回访'],
  ];
  return (
    <div className={next ? 'delib-sheet delib-next' : 'delib-sheet'} data-testid="feedback-sheet">
      <h1 className="delib-title">妇女议事会议题办理反馈单</h1>
      <div className="delib-meta">
        <span>单位：{branchName || '（未填写社区妇联名称）'}</span>
        <span>编号：{i.code}</span>
      </div>
      <RecordHeaderTable rows={rows} />
      <div className="delib-sign">
        <span>
          提出人意见：
          <span className="print-blank delib-wide-blank" />
        </span>
        <span>
          提出人（签字）：<span className="print-blank" />
        </span>
        <span>
          日期：<span className="print-blank" />
        </span>
      </div>
    </div>
  );
}
