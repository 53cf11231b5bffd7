/**
 * Roster search: name substring, full pinyin, pinyin initials (`zhl` finds
 * 张海丽), ID or phone tail and address, over member.search_text — combined
 * with the filters, sorted and paged in SQL. `searchMembers` is also what
 * `npm run bench` times.
 */
import dayjs from 'dayjs';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { linksOf, rosterPageIds, rosterRowsByIds, type RosterDbRow, type RosterWhere } from '../../db/members/roster-queries';
import type { AppContext } from '../context';
import { codeName, EDUCATION, POLITICAL_STATUS, ROLES } from './codes';
import { ageOn, maskIdNumber, maskPhone } from './idcard';
import { AGE_BANDS, rosterListSchema, type RosterFilters, type RosterListParams, type RosterSelection } from './roster-schema';
import { normalizeQuery } from './search-text';
import { today } from './service';

/** Age band as of a date → the birth dates it covers: age ≥ min ⇔ born on or before asOf − min years. */
function birthRange(bandKey: RosterFilters['ageBand'], asOf: string): Pick<RosterWhere, 'bornAfter' | 'bornOnOrBefore'> {
  const band = AGE_BANDS.find((b) => b.key === bandKey);
  if (!band) return {};
  const day = dayjs(asOf);
  return {
    bornOnOrBefore: day.subtract(band.min, 'year').format('YYYY-MM-DD'),
    bornAfter: band.max === null ? undefined : day.subtract(band.max, 'year').format('YYYY-MM-DD'),
  };
}

export function rosterWhere(selection: Pick<RosterSelection, 'query' | 'filters'>, asOf: string): RosterWhere {
  const f = selection.filters;
  return {
    query: normalizeQuery(selection.query),
    zoneId: f.zoneId,
    role: f.role,
    tag: f.tag,
    education: f.education,
    political: f.political,
    status: f.status === '全部' ? undefined : f.status,
    ...birthRange(f.ageBand, asOf),
  };
}

/** Roles (in the order of ROLES: 主席 first) and tags of these members. */
export async function memberLinks(db: Kysely<Database>, ids: readonly number[]) {
  const { roles, tags } = await linksOf(db, ids);
  const rank = (role: string) => ROLES.indexOf(role as (typeof ROLES)[number]);
  for (const list of roles.values()) list.sort((a, b) => rank(a) - rank(b));
  return { roles, tags };
}

export function toListRow(row: RosterDbRow, asOf: string, roles: string[], tags: string[]) {
  return {
    id: row.id,
    name: row.name,
    idNumberMasked: maskIdNumber(row.id_number),
    birthDate: row.birth_date,
    age: ageOn(row.birth_date, asOf),
    sex: row.sex,
    zoneName: row.zone_name ?? '',
    building: row.building,
    phoneMasked: maskPhone(row.phone),
    education: codeName(EDUCATION, row.education),
    political: codeName(POLITICAL_STATUS, row.political),
    roles,
    tags,
    status: row.status,
  };
}

export type RosterListRow = ReturnType<typeof toListRow>;

export async function searchMembers(
  ctx: AppContext,
  params: Partial<RosterListParams> | RosterListParams,
): Promise<{ total: number; rows: RosterListRow[] }> {
  const p = rosterListSchema.parse(params);
  const asOf = p.asOf ?? today(ctx);
  const where = rosterWhere(p, asOf);
  const { ids, total } = await rosterPageIds(ctx.db, where, p.sort, { offset: p.offset, limit: p.limit });
  const page = await rosterRowsByIds(ctx.db, ids);
  const { roles, tags } = await memberLinks(ctx.db, ids);
  return { total, rows: page.map((r) => toListRow(r, asOf, roles.get(r.id) ?? [], tags.get(r.id) ?? [])) };
}
