import { codeName, EDUCATION, POLITICAL_STATUS } from '../members/codes';
import { AGE_BANDS } from '../members/roster-schema';
import { ENTITY_TYPES } from './names';

/** One audit row as lines a person reads: the note, then "字段：旧 → 新" (values already masked by the core). */
interface Described {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  detail: string;
}

const show = (v: unknown) => (v === null || v === undefined || v === '' ? '（空）' : String(v));

const filled = (v: unknown) => v !== null && v !== undefined && v !== '';

/**
 * An update: one "姓名：王芳 → 王芳芳" line per changed field. A create or
 * delete: its filled-in values on one line ("姓名：王芳；身份证号：…").
 */
export function describeChange(row: Pick<Described, 'before' | 'after'>): string[] {
  if (row.before && row.after) {
    const keys = [...new Set([...Object.keys(row.before), ...Object.keys(row.after)])];
    return keys.map((k) => `${k}：${show(row.before![k])} → ${show(row.after![k])}`);
  }
  const values = Object.entries(row.after ?? row.before ?? {}).filter(([, v]) => filled(v));
  return values.length ? [values.map(([k, v]) => `${k}：${String(v)}`).join('；')] : [];
}

/** The note first, then the changes: the viewer's 内容 column. */
export function describeRow(row: Described): string[] {
  return row.detail ? [row.detail, ...describeChange(row)] : describeChange(row);
}

/** What the print route reports about one print, and what the core looked up for it. */
export interface PrintFacts {
  /** The print route's document name: 'meeting', 'members-roster' … */
  document: string;
  /** 打印 on paper, or 导出PDF. */
  mode: 'print' | 'pdf';
  /** The document's window title (e.g. 妇女花名册（2026年12月1日）). */
  title: string;
  /** The route's parameters (a roster's selection as JSON, a meeting's id, the 统计截止日期). */
  params: Record<string, string>;
  /** The record printed, by its name: a meeting's title. */
  subject?: string;
  /** How many rows the document printed (the roster's women). */
  count?: number;
  /** Zone names by id, for a roster printed for one 片区. */
  zoneNames?: ReadonlyMap<number, string>;
}

const SORT_NAMES: Record<string, string> = { name: '姓名', age: '年龄', zone: '片区', joinedOn: '入册日期', idTail: '证件尾号' };

/** 2026-06-30 → 2026年6月30日 (an unreadable value is shown as it came). */
const dateText = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, '$1年$2月$3日') : iso);

/** The roster's selection as an officer reads it: 在册，搜索“张”，片区：一网格，按姓名排序. */
function selectionText(params: Record<string, string>, zoneNames?: ReadonlyMap<number, string>): string[] {
  let selection: { query?: unknown; filters?: Record<string, unknown>; sort?: { field?: unknown; order?: unknown } } = {};
  try {
    selection = JSON.parse(params.selection ?? '{}') ?? {};
  } catch {
    // A selection that is not JSON prints the default roster; say only what is known.
  }
  const f = selection.filters ?? {};
  const status = typeof f.status === 'string' ? f.status : '在册';
  const parts = [status === '全部' ? '全部状态' : status];
  if (typeof selection.query === 'string' && selection.query.trim()) parts.push(`搜索“${selection.query.trim()}”`);
  if (typeof f.zoneId === 'number') parts.push(`片区：${zoneNames?.get(f.zoneId) ?? `编号${f.zoneId}`}`);
  if (typeof f.role === 'string') parts.push(`身份：${f.role}`);
  if (typeof f.tag === 'string') parts.push(`关爱标签：${f.tag}`);
  if (typeof f.ageBand === 'string') parts.push(`年龄：${AGE_BAND_NAMES[f.ageBand] ?? f.ageBand}`);
  if (typeof f.education === 'string') parts.push(`文化程度：${codeName(EDUCATION, f.education) || f.education}`);
  if (typeof f.political === 'string') parts.push(`政治面貌：${codeName(POLITICAL_STATUS, f.political) || f.political}`);
  const field = SORT_NAMES[String(selection.sort?.field ?? 'name')] ?? '姓名';
  parts.push(`按${field}${selection.sort?.order === 'desc' ? '降序' : ''}排序`);
  return parts;
}

const AGE_BAND_NAMES: Record<string, string> = Object.fromEntries(AGE_BANDS.map((b) => [b.key, b.name]));

/**
 * One print as a line of the 操作日志: “打印会议记录《第四季度执委会议》”,
 * “导出花名册为PDF：在册，按姓名排序，2,600 人”. Never the route's raw parameters.
 */
export function describePrint(facts: PrintFacts): string {
  const pdf = facts.mode === 'pdf';
  const named = (what: string) => `${what}${facts.subject ? `《${facts.subject}》` : ''}`;
  let what: string;
  let details: string[] = [];
  switch (facts.document) {
    case 'meeting':
      what = named('会议记录');
      break;
    case 'meeting-signin':
      what = named('会议签到表');
      break;
    case 'members-stats':
      what = '基本情况统计表';
      details = [facts.params.asOf ? `统计截止${dateText(facts.params.asOf)}` : '统计截止当天'];
      break;
    case 'members-roster':
      what = '花名册';
      details = selectionText(facts.params, facts.zoneNames);
      break;
    default:
      what = `${ENTITY_TYPES[facts.document] ?? '文档'}《${facts.subject ?? facts.title}》`;
  }
  if (facts.count !== undefined) details.push(`${facts.count.toLocaleString('en-US')} 人`);
  const head = pdf ? `导出${what}为PDF` : `打印${what}`;
  return details.length ? `${head}：${details.join('，')}` : head;
}
