/**
 * 年度归档检查: what is still to do before the inspector comes. Each finding
 * says what is wrong in Chinese and where to go (`target`: the record or the
 * item/box to open). Attachments are hashed in full here (readVerified).
 */
import { boxesOfYear, codesOfSources, itemsInOrder } from '../../db/archive/queries';
import { selectLinks } from '../../db/attachments/queries';
import { readVerified } from '../attachments/service';
import type { AppContext } from '../context';
import { AppError } from '../errors';
import { DRAFT, FINAL } from '../records/lock';
import { categoryText, pieceText, sameCategory } from './code';
import { ARCHIVE_BOX } from './boxes';
import { ARCHIVE_ITEM, categoryOf, itemViews } from './items';
import { ARCHIVE_SOURCES } from './sources';

export type FindingKind = 'unfiled' | 'draft' | 'gap' | 'no-title' | 'no-pages' | 'file-missing' | 'file-changed' | 'no-snapshot' | 'not-boxed' | 'box-mixed' | 'corrected';

export interface Finding {
  kind: FindingKind;
  message: string;
  /** Where the officer goes to fix it: a record ('meeting', 'study' …), an 'archive_item' or an 'archive_box'. */
  target: { type: string; id: number };
}

export const FINDING_TITLES: Record<FindingKind, string> = {
  unfiled: '已定稿未归档',
  draft: '仍是草稿',
  gap: '件号不连续',
  'no-title': '缺题名',
  'no-pages': '缺页数',
  'file-missing': '文件缺失',
  'file-changed': '文件被改动',
  'no-snapshot': '缺归档快照',
  'not-boxed': '未装盒',
  'box-mixed': '盒内混装',
  corrected: '归档后有更正',
};

export async function annualCheck(ctx: AppContext, year: number) {
  const findings: Finding[] = [];
  for (const source of ARCHIVE_SOURCES) {
    const records = await source.ofYear(ctx.db, year);
    const filed = await codesOfSources(ctx.db, source.type, records.map((r) => r.id));
    for (const r of records) {
      const label = `${source.title}《${r.title}》（${r.date}）`;
      if (r.status === DRAFT) findings.push({ kind: 'draft', message: `${label}还是草稿，定稿后才能归档。`, target: { type: source.type, id: r.id } });
      else if (r.status === FINAL && !filed.has(r.id)) findings.push({ kind: 'unfiled', message: `${label}已定稿，尚未归档。`, target: { type: source.type, id: r.id } });
    }
  }
  const items = await itemsInOrder(ctx.db).where('archive_item.year', '=', year).execute();
  // 件号 gaps per category: voided items keep their numbers, so a gap is a number never given or lost.
  const byCategory = new Map<string, typeof items>();
  for (const i of items) {
    const key = `${i.fonds_code}|${i.retention}|${i.org_code ?? ''}`;
    byCategory.set(key, [...(byCategory.get(key) ?? []), i]);
  }
  for (const list of byCategory.values()) {
    const numbers = new Set(list.map((i) => i.piece_no));
    const max = Math.max(...numbers);
    const absent: number[] = [];
    for (let n = 1; n <= max; n++) if (!numbers.has(n)) absent.push(n);
    if (absent.length) {
      const after = list.find((i) => i.piece_no > absent[0]!)!;
      findings.push({
        kind: 'gap',
        message: `${categoryText(categoryOf(list[0]!))} 缺少件号 ${absent.slice(0, 10).map(pieceText).join('、')}${absent.length > 10 ? ` 等 ${absent.length} 个` : ''}。`,
        target: { type: ARCHIVE_ITEM, id: after.id },
      });
    }
  }
  const dir = ctx.dbPath;
  for (const i of items) {
    if (i.voided_at) continue;
    const at = { type: ARCHIVE_ITEM, id: i.id };
    if (!i.title.trim()) findings.push({ kind: 'no-title', message: `档案 ${i.archival_code}没有题名。`, target: at });
    if (i.pages === null) findings.push({ kind: 'no-pages', message: `档案 ${i.archival_code}没有页数。`, target: at });
    if (i.source_type && !i.snapshot_link_id) findings.push({ kind: 'no-snapshot', message: `档案 ${i.archival_code}没有归档快照 PDF。`, target: at });
    if (dir !== ':memory:') {
      for (const link of await selectLinks(ctx.db, { type: ARCHIVE_ITEM, id: i.id })) {
        try {
          await readVerified(ctx, link.id);
        } catch (err) {
          if (!(err instanceof AppError)) throw err;
          const state = (err.details as { state?: string } | undefined)?.state;
          findings.push({
            kind: state === 'changed' ? 'file-changed' : 'file-missing',
            message: `档案 ${i.archival_code}的文件“${link.file_name}”${state === 'changed' ? '已被改动或损坏，与归档时不一致' : '不见了'}。`,
            target: at,
          });
        }
      }
    }
    if (i.box_id === null) findings.push({ kind: 'not-boxed', message: `档案 ${i.archival_code}${i.title ? `《${i.title}》` : ''}还没有装盒。`, target: at });
  }
  for (const box of await boxesOfYear(ctx.db)) {
    const inside = items.filter((i) => i.box_id === box.id);
    const boxCat = { fondsCode: box.fonds_code, year: box.year, retention: box.retention, orgCode: box.org_code };
    const stranger = (box.year === year ? inside : await itemsInOrder(ctx.db).where('archive_item.box_id', '=', box.id).execute()).find((i) => !sameCategory(categoryOf(i), boxCat));
    if (stranger && (box.year === year || stranger.year === year)) {
      findings.push({
        kind: 'box-mixed',
        message: `${categoryText(boxCat)} 第 ${box.box_no} 盒混装了 ${categoryText(categoryOf(stranger))} 的档案 ${stranger.archival_code}。`,
        target: { type: ARCHIVE_BOX, id: box.id },
      });
    }
  }
  const views = await itemViews(ctx.db, items.filter((i) => !i.voided_at && i.source_type));
  for (const v of views.filter((x) => x.correctedAfterFiling)) {
    findings.push({ kind: 'corrected', message: `档案 ${v.archivalCode}的来源记录在归档后有更正，请重新生成快照。`, target: { type: ARCHIVE_ITEM, id: v.id } });
  }
  const counts = Object.fromEntries(Object.keys(FINDING_TITLES).map((k) => [k, findings.filter((f) => f.kind === k).length])) as Record<FindingKind, number>;
  return { year, itemCount: items.length, findings, counts, titles: FINDING_TITLES, ok: findings.length === 0 };
}
