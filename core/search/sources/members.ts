/**
 * 妇女花名册 in the global search: the roster's own search (core/members/search.ts:
 * 姓名, 拼音 and 首字母, the end of a 身份证号 or phone, 地址), listed with masked
 * numbers only. A number tail is highlighted only on the characters its mask shows.
 */
import { rosterPageIds, rosterRowsByIds, TRIGRAM_MIN, type RosterDbRow } from '../../../db/members/roster-queries';
import { membersApi } from '../../members/api';
import { maskIdNumber, maskPhone } from '../../members/idcard';
import { memberNameKey } from '../../members/search-text';
import { fragmentOf, marked } from '../marks';
import type { Fragment, Range, SearchHit } from '../schema';
import type { SearchSource } from '../source';
import { shortNameMatches } from './member-names';

const NUMBER_TAIL = /^\d+x?$/;

/** The end of a masked number that the mask shows (138****5678 → 4), and the range of it the query covers. */
function visibleTail(masked: string, query: string): Range[] {
  const shown = masked.length - Math.max(masked.lastIndexOf('*'), masked.lastIndexOf('-')) - 1;
  const n = Math.min(shown, query.length);
  return n > 0 ? [[masked.length - n, masked.length]] : [];
}

function numberFragment(row: RosterDbRow, query: string): Fragment | null {
  if (!NUMBER_TAIL.test(query)) return null;
  if (row.id_number.toLowerCase().endsWith(query)) {
    const text = maskIdNumber(row.id_number);
    return { label: '身份证号尾号', text, ranges: visibleTail(text, query) };
  }
  if (row.phone && row.phone.replace(/\D/g, '').endsWith(query)) {
    const text = maskPhone(row.phone);
    return { label: '电话尾号', text, ranges: visibleTail(text, query) };
  }
  return null;
}

const pinyinOf = (name: string) => memberNameKey(name).split(' ')[1] ?? '';

function pinyinFragment(name: string, query: string): Fragment | null {
  const [, full = '', initials = ''] = memberNameKey(name).split(' ');
  const text = initials.includes(query) ? initials : full.includes(query) ? full : '';
  return text ? { label: '拼音', ...marked(text, query) } : null;
}

export function memberHit(row: RosterDbRow, query: string): SearchHit {
  const title = marked(row.name, query);
  const fragments = title.ranges.length
    ? []
    : [pinyinFragment(row.name, query) ?? numberFragment(row, query) ?? fragmentOf('地址', `${row.current_address} ${row.building}`.trim(), query)].filter(
        (f): f is Fragment => f !== null,
      );
  const idMasked = maskIdNumber(row.id_number);
  return {
    id: row.id,
    title,
    subtitle: [idMasked, row.zone_name, row.status === '在册' ? '' : row.status].filter(Boolean).join(' · '),
    fragments,
    route: `/members?member=${row.id}`,
  };
}

export const membersSource: SearchSource = {
  group: 'members',
  opens: membersApi.get,
  async find(db, query, limit) {
    // A tail or pinyin match is shown as such: every roster hit is listed (the roster found it by what the officer typed).
    if ([...query].length >= TRIGRAM_MIN) {
      const { ids, total } = await rosterPageIds(db, { query }, { field: 'name', order: 'asc' }, { offset: 0, limit });
      const rows = await rosterRowsByIds(db, ids);
      return { group: 'members', hits: rows.map((r) => memberHit(r, query)), more: total > ids.length };
    }
    // One or two characters match hundreds of names: the first few found (在册 first), listed by 拼音.
    const ids = await shortNameMatches(db, query, limit + 1);
    const rows = (await rosterRowsByIds(db, ids.slice(0, limit))).sort((a, b) => pinyinOf(a.name).localeCompare(pinyinOf(b.name)) || a.id - b.id);
    return { group: 'members', hits: rows.map((r) => memberHit(r, query)), more: ids.length > limit };
  },
};
