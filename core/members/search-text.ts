/**
 * The normalized texts a member is found by:
 * - search_text: name, full pinyin and initials (`zhl` finds 张海丽), ID number,
 *   phone digits, addresses and building — what searches of 3+ characters match;
 * - name_key: just name, full pinyin and initials — what 1–2-character searches
 *   match (a short key is what keeps those scans within DESIGN §5 at 100,000).
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

/**
 * Names repeat a great deal in a roster, and pinyin-pro's segmentation is the costly
 * part of an import row. Room for every distinct name of the largest importable file
 * (20 MB ≈ 170,000 rows), a few MB at most.
 */
const pinyinOfName = new Map<string, { full: string; initials: string }>();
const PINYIN_CACHE_LIMIT = 200_000;

function namePinyin(name: string): { full: string; initials: string } {
  const cached = pinyinOfName.get(name);
  if (cached) return cached;
  const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true });
  const result = { full: syllables.join('').toLowerCase(), initials: syllables.map((s) => s[0] ?? '').join('').toLowerCase() };
  if (pinyinOfName.size >= PINYIN_CACHE_LIMIT) pinyinOfName.clear();
  pinyinOfName.set(name, result);
  return result;
}

export function memberNameKey(name: string): string {
  const { full, initials } = namePinyin(name);
  return [name, full, initials].filter(Boolean).join(' ').toLowerCase();
}

export function memberSearchText(m: SearchableMember): string {
  return [memberNameKey(m.name), m.idNumber, m.phone.replace(/\D/g, ''), m.householdAddress, m.currentAddress, m.building]
    .filter(Boolean)
    .join(' ')
    .toLowerCase();
}

/** What the user typed, in the same form as the search text. */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}
