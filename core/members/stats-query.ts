/**
 * The SQL behind 妇女基本情况统计: who is 在册 on the as-of date, and counts for
 * every breakdown. One pass over the narrow index member_stats (migration 006)
 * groups the women by `stats_code`, an integer SQLite packs from sex, education,
 * political status, 民族, marital status and zone; age is counted in the same
 * pass as "born on or before" sums, one per age threshold. The few thousand
 * groups are then added up per breakdown in JS. Roles and care tags, which are
 * many-to-many, are two small grouped joins.
 */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../db/schema';

export type StatsDimension = 'age' | 'education' | 'political' | 'ethnicity' | 'marital' | 'zone' | 'role' | 'tag' | 'men';

export interface StatsCountRow {
  dim: StatsDimension;
  /** The code (or age band, zone id as text, role, tag); null = 未填 / 未分片区. */
  value: string | null;
  n: number;
  /** Zone rows only: aged 45+ and 大专及以上 within the zone. */
  n45: number;
  college: number;
}

export const AGE_BANDS = ['18以下', '18–34', '35–44', '45–54', '55–64', '65及以上'] as const;
/** The lower bound of every band but the first, in 周岁. */
const AGE_THRESHOLDS = [18, 35, 45, 55, 65] as const;
export const COLLEGE_CODES = ['10', '20', '30'] as const;

/** Bit widths of stats_code, lowest first (migration 006); what is left above them is zone_id. Codes are 2-digit numbers; 0 = 未填. */
const CODE_FIELDS = [
  ['male', 2],
  ['education', 128],
  ['political', 16],
  ['ethnicity', 128],
  ['marital', 128],
] as const;

export function onRollOn(asOf: string): RawBuilder<unknown> {
  // Status on the date. From the date of her latest status change on, it is her current status.
  // Before that, the latest event up to the date; with none, she was still 在册 then. (The
  // 入册 event of a member without 入册日期 is dated the day she was entered, so events alone
  // would be wrong after a back-dated change; and most members never change, so no lookup.)
  return sql`m.deleted_at is null
    and (m.joined_on is null or m.joined_on <= ${asOf})
    and (case when m.status_date is null or m.status_date <= ${asOf} then m.status
      else coalesce(
        (select e.status from member_status_event e
          where e.member_id = m.id and e.date <= ${asOf}
          order by e.date desc, e.id desc limit 1),
        '在册') end) = '在册'`;
}

/**
 * 周岁 ≥ age on asOf ⇔ born on or before the same month-day `age` years earlier,
 * compared as text — exactly idcard.ts ageOn, 2月29日 included (no date arithmetic
 * that would move it to the 28th).
 */
const bornBy = (asOf: string, age: number) => `${String(Number(asOf.slice(0, 4)) - age).padStart(4, '0')}${asOf.slice(4)}`;

const code = (n: number) => (n === 0 ? null : String(n).padStart(2, '0'));

export async function selectStatsCounts(db: Kysely<Database>, asOf: string): Promise<StatsCountRow[]> {
  const onRoll = onRollOn(asOf);
  const atLeast = AGE_THRESHOLDS.map((age, i) => sql`sum(m.birth_date <= ${bornBy(asOf, age)}) as ${sql.raw(`a${i}`)}`);
  const [groups, roles, tags] = await Promise.all([
    sql<{ k: number; n: number } & Record<`a${number}`, number>>`select m.stats_code as k, count(*) as n, ${sql.join(atLeast)}
      from member m indexed by member_stats where ${onRoll} group by m.stats_code`.execute(db),
    // CROSS JOIN keeps the few role/tag rows as the outer loop; left to itself the planner
    // walks all 100,000 members through the wide roster index instead (measured 10x slower).
    sql<{ value: string; n: number }>`select r.role as value, count(*) as n from member_role r cross join member m on m.id = r.member_id
      where m.sex = '女' and ${onRoll} group by r.role`.execute(db),
    sql<{ value: string; n: number }>`select t.tag as value, count(*) as n from member_tag t cross join member m on m.id = t.member_id
      where m.sex = '女' and ${onRoll} group by t.tag`.execute(db),
  ]);

  const counts = new Map<string, StatsCountRow>();
  const add = (dim: StatsDimension, value: string | null, n: number, n45 = 0, college = 0) => {
    const id = `${dim}\u0000${value}`;
    const row = counts.get(id) ?? { dim, value, n: 0, n45: 0, college: 0 };
    row.n += n;
    row.n45 += n45;
    row.college += college;
    counts.set(id, row);
  };
  for (const group of groups.rows) {
    let rest = group.k;
    const field: Record<string, number> = {};
    for (const [name, size] of CODE_FIELDS) {
      field[name] = rest % size;
      rest = Math.floor(rest / size);
    }
    const n = group.n;
    if (field.male) {
      add('men', null, n);
      continue;
    }
    // Women at or above each threshold → women in each band.
    const atOrAbove = [n, ...AGE_THRESHOLDS.map((_, i) => group[`a${i}`]), 0];
    AGE_BANDS.forEach((band, i) => add('age', band, atOrAbove[i]! - atOrAbove[i + 1]!));
    const education = code(field.education!);
    add('education', education, n);
    add('political', code(field.political!), n);
    add('ethnicity', code(field.ethnicity!), n);
    add('marital', code(field.marital!), n);
    const aged45 = atOrAbove[AGE_THRESHOLDS.indexOf(45) + 1]!;
    add('zone', rest === 0 ? null : String(rest), n, aged45, COLLEGE_CODES.includes(education as never) ? n : 0);
  }
  if (!counts.has('men\u0000null')) add('men', null, 0);
  for (const r of roles.rows) add('role', r.value, r.n);
  for (const t of tags.rows) add('tag', t.value, t.n);
  return [...counts.values()];
}

export async function selectZones(db: Kysely<Database>) {
  return db.selectFrom('zone').select(['id', 'name']).orderBy('sort_order').orderBy('name').execute();
}
