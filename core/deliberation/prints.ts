/**
 * Print-ready data for the 妇女议事会 documents (renderer/print draws them; the
 * shared pipeline makes the PDF). Everything here is already masked: the 公示
 * carries no ID number or phone of anyone (no 提出人 contact at all, and every
 * text's ID- or phone-shaped runs masked); the others mask per DESIGN §4.3.
 */
import { selectItemRows } from '../../db/deliberation/queries';
import { selectBranchInfo } from '../../db/settings/queries';
import { maskFreeText } from '../audit/mask';
import type { AppContext } from '../context';
import { CATEGORIES, SOURCES } from './codes';
import { deliberationFigures } from './figures';
import { itemDetails, loadItem, type ItemDetail } from './read';
import { listSessions, sessionItems } from './sessions';

const branchOf = async (ctx: AppContext) => {
  const b = await selectBranchInfo(ctx.db);
  return { name: b.name, street: b.street };
};
const m = maskFreeText;

/** 议事会议程: the session and the 议题 to be deliberated, in 编号 order. */
export async function agendaData(ctx: AppContext, meetingId: number) {
  const { meeting, items } = await sessionItems(ctx, meetingId);
  return {
    branch: await branchOf(ctx),
    meeting: { ...meeting, title: m(meeting.title), place: m(meeting.place) },
    items: items.map((i, n) => ({
      order: n + 1,
      code: i.code,
      title: m(i.title),
      category: i.category,
      method: i.method,
      content: m(i.content),
      proposer: i.proposer.kind === '代表' ? i.proposer.name : `${i.proposer.name}（居民，经${i.proposer.via?.name ?? ''}转达）`,
      seconders: i.seconders.map((s) => s.name).join('、'),
    })),
  };
}

/** 议事结果公示: title, each 议题 with 决议 and vote (and the rule), 主办, 时限 — never an ID number or a phone. */
export async function noticeData(ctx: AppContext, meetingId: number) {
  const { meeting, items } = await sessionItems(ctx, meetingId);
  const branch = await branchOf(ctx);
  return {
    branch,
    title: `${branch.name || ''}妇女议事会议事结果公示`,
    meeting: { title: m(meeting.title), date: meeting.date, place: m(meeting.place) },
    items: items
      .filter((i) => i.vote)
      .map((i, n) => ({
        order: n + 1,
        code: i.code,
        title: m(i.title),
        resolution: m(i.vote!.resolution),
        vote: { expected: i.vote!.expected, present: i.vote!.present, yes: i.vote!.yes, no: i.vote!.no, abstain: i.vote!.abstain, passed: i.vote!.passed, ruleText: i.vote!.ruleText },
        mainUnit: i.mainUnit?.name ?? '',
        coUnits: i.coUnits.map((u) => u.name).join('、'),
        dueOn: i.dueOn,
      })),
    /** Items on the session not yet voted on, for the operator's attention (not printed as results). */
    pending: items.filter((i) => !i.vote).map((i) => i.code),
  };
}

/** 办理反馈单 of one 议题: 诉求, 办理过程 from the timeline, 结果, 回访 (signature line drawn by the print). */
export async function feedbackData(ctx: AppContext, id: number) {
  const [item] = await itemDetails(ctx, [await loadItem(ctx, id)]);
  return { branch: await branchOf(ctx), ...feedbackSheet(item!) };
}

/** One 议题 as its 办理反馈单 prints it (the 反馈单 itself, and each page of the 议事台账). */
function feedbackSheet(i: ItemDetail) {
  return {
    item: {
      code: i.code,
      title: m(i.title),
      category: i.category,
      source: i.source,
      method: i.method,
      raisedOn: i.raisedOn,
      state: i.state,
      content: i.content,
      proposer: { name: i.proposer.name, contact: i.proposer.contact, via: i.proposer.via?.name ?? '', kind: i.proposer.kind },
      seconders: i.seconders.map((s) => s.name).join('、'),
      meeting: i.meeting,
      vote: i.vote ? { ...i.vote, resolution: m(i.vote.resolution) } : null,
      mainUnit: i.mainUnit?.name ?? '',
      coUnits: i.coUnits.map((u) => u.name).join('、'),
      rounds: i.rounds.map((r) => ({ ...r, feedbackText: m(r.feedbackText) })),
      visits: i.visits,
      outcome: i.outcome ? { ...i.outcome, text: m(i.outcome.text), reason: m(i.outcome.reason) } : null,
    },
    /** 办理过程: the timeline without edits of the record itself. */
    process: i.timeline.filter((e) => e.kind !== 'update').map((e) => ({ date: e.date, label: e.label, note: e.note, operator: e.operator })),
  };
}

/** 妇女舆情汇总表 for a date range: 议题 raised in it (withdrawn left out), counted by 类别 and by 来源, and listed. */
export async function opinionsData(ctx: AppContext, range: { from: string; to: string }) {
  const rows = (await selectItemRows(ctx.db, { raisedFrom: range.from, raisedTo: range.to })).filter((r) => r.state !== '已撤回').reverse();
  const items = await itemDetails(ctx, rows);
  return {
    branch: await branchOf(ctx),
    range,
    koujing: '按提出日期统计所选期间收集的议题；已撤回的议题不计入。',
    total: items.length,
    byCategory: CATEGORIES.map((category) => ({ category, count: items.filter((i) => i.category === category).length })),
    bySource: SOURCES.map((source) => ({ source, count: items.filter((i) => i.source === source).length })),
    items: items.map((i) => ({ code: i.code, raisedOn: i.raisedOn, category: i.category, source: i.source, title: m(i.title), content: i.content, proposer: i.proposer.name, state: i.state })),
  };
}

/** The yearly 议事台账 (print: cover, contents, one 议题 per page; also the .xlsx): every 议题 raised in the year. */
export async function ledgerData(ctx: AppContext, year: number) {
  const rows = (await selectItemRows(ctx.db, { raisedFrom: `${year}-01-01`, raisedTo: `${year}-12-31` })).reverse();
  const [items, figures, sessions] = await Promise.all([itemDetails(ctx, rows), deliberationFigures(ctx, year), listSessions(ctx, year)]);
  return {
    branch: await branchOf(ctx),
    year,
    title: `${year}年度妇女议事会议事台账`,
    figures,
    sessions,
    items: items.map((i) => ({
      ...i,
      title: m(i.title),
      vote: i.vote ? { ...i.vote, resolution: m(i.vote.resolution) } : null,
      rounds: i.rounds.map((r) => ({ ...r, feedbackText: m(r.feedbackText) })),
      outcome: i.outcome ? { ...i.outcome, text: m(i.outcome.text), reason: m(i.outcome.reason) } : null,
      endReason: m(i.endReason),
      feedback: feedbackSheet(i),
    })),
  };
}
export type LedgerData = Awaited<ReturnType<typeof ledgerData>>;
