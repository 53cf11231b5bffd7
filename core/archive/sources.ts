/**
 * The records that can be filed (归档): one entry per source type. Adding a
 * source (e.g. 妇女议事会's 办结 议题) = one entry in ARCHIVE_SOURCES, built with
 * `recordSource` from what the module already has (its row loader, its label,
 * its print route).
 */
import type { Kysely } from 'kysely';
import { selectMeeting } from '../../db/meetings/queries';
import type { Database } from '../../db/schema';
import { selectSession } from '../../db/study/queries';
import { selectItemRow } from '../../db/deliberation/queries';
import { AppError } from '../errors';
import { MEETING_RECORD, meetingLabel } from '../meetings/service';
import { DRAFT, FINAL, type RecordStatus } from '../records/lock';
import { sessionLabel, STUDY_RECORD } from '../study/read';
import type { Retention } from './code';

export interface SourceRecord {
  id: number;
  /** Its own title; the item's 题名 is built from it. */
  title: string;
  /** YYYY-MM-DD: gives 日期 and 年度. */
  date: string;
  status: RecordStatus;
  /** 会议记录《…》: names it in messages. */
  label: string;
  /** Key into the default 保管期限 settings (settings.ts). */
  retentionKind: string;
  /** Why it cannot be filed yet, when “still a draft” is not the right words (a 议题 not yet 办结). */
  notFinalReason?: string;
}

export interface RetentionKind {
  kind: string;
  label: string;
  /** DESIGN §4.5: 重要会议/换届 Y, routine meetings and study D30, other D10. */
  builtIn: Retention;
}

export interface ArchiveSource {
  /** As stored in archive_item.source_type and record_correction.record_type: 'meeting', 'study' … */
  type: string;
  /** 会议记录, 学习记录 … */
  title: string;
  load(db: Kysely<Database>, id: number): Promise<SourceRecord | null>;
  /** 题名 of the item filed from it (the archivist may edit it later). */
  itemTitle(record: SourceRecord): string;
  /** The print route whose PDF is the item's snapshot (renderer/print/registry.ts). */
  printRoute(id: number): string;
  /** Records of a year for the annual check (not in the 回收站). */
  ofYear(db: Kysely<Database>, year: number): Promise<Array<{ id: number; title: string; date: string; status: RecordStatus }>>;
  /** The kinds of record this source has for the default 保管期限 settings. */
  retentionKinds(db: Kysely<Database>): Promise<RetentionKind[]>;
}

const IMPORTANT_MEETING = /代表大会|换届/;
const withRecordSuffix = (title: string, suffix: string) => (/(记录|纪要)$/.test(title) ? title : `${title}${suffix}`);
const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-31`] as const;

const meetingSource: ArchiveSource = {
  type: MEETING_RECORD,
  title: '会议记录',
  async load(db, id) {
    const m = await selectMeeting(db, id);
    return m ? { id: m.id, title: m.title, date: m.date, status: m.status, label: meetingLabel(m), retentionKind: `meeting-type:${m.type_id}` } : null;
  },
  itemTitle: (r) => withRecordSuffix(r.title, '记录'),
  printRoute: (id) => `/print/meeting?id=${id}`,
  async ofYear(db, year) {
    const [from, to] = yearRange(year);
    return db.selectFrom('meeting').select(['id', 'title', 'date', 'status']).where('deleted_at', 'is', null).where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('id').execute();
  },
  async retentionKinds(db) {
    const types = await db.selectFrom('meeting_type').select(['id', 'name']).orderBy('sort_order').orderBy('id').execute();
    return types.map((t) => ({ kind: `meeting-type:${t.id}`, label: `会议记录：${t.name}`, builtIn: IMPORTANT_MEETING.test(t.name) ? 'Y' : 'D30' }));
  },
};

const studySource: ArchiveSource = {
  type: STUDY_RECORD,
  title: '学习记录',
  async load(db, id) {
    const s = await selectSession(db, id);
    return s ? { id: s.id, title: s.title, date: s.date, status: s.status, label: sessionLabel(s), retentionKind: 'study' } : null;
  },
  // “十一月集中学习” → “十一月集中学习记录”, “传达会议精神” → “传达会议精神学习记录”.
  itemTitle: (r) => withRecordSuffix(r.title, /学习$/.test(r.title) ? '记录' : '学习记录'),
  printRoute: (id) => `/print/study-session?id=${id}`,
  async ofYear(db, year) {
    const [from, to] = yearRange(year);
    return db.selectFrom('study_session').select(['id', 'title', 'date', 'status']).where('deleted_at', 'is', null).where('date', '>=', from).where('date', '<=', to).orderBy('date').orderBy('id').execute();
  },
  retentionKinds: async () => [{ kind: 'study', label: '学习记录', builtIn: 'D30' }],
};

/** 妇女议事会: a 议题 is filed once 办结; its printout is the 办理反馈单. */
const deliberationSource: ArchiveSource = {
  type: 'deliberation',
  title: '议题',
  async load(db, id) {
    const d = await selectItemRow(db, id);
    if (!d) return null;
    const closed = d.state === '办结';
    return {
      id: d.id,
      title: d.title,
      date: d.closed_on ?? d.state_on,
      status: closed ? FINAL : DRAFT,
      label: `议题 ${d.code}《${d.title}》`,
      retentionKind: 'deliberation',
      notFinalReason: closed ? undefined : `议题 ${d.code}《${d.title}》现在是“${d.state}”，办结后才能归档。`,
    };
  },
  itemTitle: (r) => `${r.title}办理情况`,
  printRoute: (id) => `/print/deliberation-feedback?id=${id}`,
  async ofYear(db, year) {
    const [from, to] = yearRange(year);
    const rows = await db.selectFrom('delib_item').select(['id', 'title', 'closed_on']).where('deleted_at', 'is', null).where('state', '=', '办结').where('closed_on', '>=', from).where('closed_on', '<=', to).orderBy('closed_on').orderBy('id').execute();
    return rows.map((r) => ({ id: r.id, title: r.title, date: r.closed_on!, status: FINAL }));
  },
  retentionKinds: async () => [{ kind: 'deliberation', label: '妇女议事会议题（办结）', builtIn: 'D30' }],
};

export const ARCHIVE_SOURCES: readonly ArchiveSource[] = [meetingSource, studySource, deliberationSource];

export function sourceType(type: string): ArchiveSource {
  const source = ARCHIVE_SOURCES.find((s) => s.type === type);
  if (!source) throw new AppError('VALIDATION', `“${type}”类记录不能归档。可归档的有：${ARCHIVE_SOURCES.map((s) => s.title).join('、')}。`);
  return source;
}

/** The record, finalized; NOT_FOUND or VALIDATION (a draft) naming it otherwise. */
export async function loadFileableRecord(db: Kysely<Database>, ref: { type: string; id: number }) {
  const source = sourceType(ref.type);
  const record = await source.load(db, ref.id);
  if (!record) throw new AppError('NOT_FOUND', `找不到编号为 ${ref.id} 的${source.title}，可能已被删除。`);
  if (record.status !== FINAL) {
    throw new AppError('VALIDATION', record.notFinalReason ?? `${record.label}还是草稿，不能归档。请先定稿，定稿后的记录才能归档。`, { field: '状态' });
  }
  return { source, record };
}
