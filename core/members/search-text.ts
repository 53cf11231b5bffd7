/**
 * The normalized text a member is found by: name, full pinyin and initials
 * (`zhl` finds 张海丽), ID number, phone digits, addresses and building.
 */
import { pinyin } from 'pinyin-pro';

export interface SearchableMember {
  name: string;
  idNumber: string;
  phone: string;
  householdAddress: string;
  currentAddress: string;
  building: string;
}

export function namePinyin(name: string): { full: string; initials: string } {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true });
  return { full: syllables.join('').toLowerCase(), initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase() };
}

export function memberSearchText(m: SearchableMember): string {
  const { full, initials } = namePinyin(m.name);
  return [m.name, full, initials, m.idNumber, m.phone.replace(/\D/g, ''), m.householdAddress, m.currentAddress, m.building]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** What the user typed, in the same form as the search text. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
