/**
 * The SQL behind 妇女基本情况统计: who is 在册 on the as-of date, and counts for
 * every breakdown. One pass over `member` groups the women by a single integer
 * that packs sex, age, education, political status, 民族, marital status and
 * zone (GROUP BY on one integer sorts several times faster than on seven text
 * columns); the few thousand groups are then summed per breakdown in JS.
 * Roles and care tags, which are many-to-many, are two small grouped joins.
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
export const COLLEGE_CODES = ['10', '20', '30'] as const;

/** Bit widths of the packed group key, lowest first. Codes are 2-digit numbers; 0 = 未填. */
const KEY_FIELDS = [
  ['male', 2],
  ['age', 128],
  ['education', 128],
  ['political', 16],
  ['ethnicity', 128],
  ['marital', 128],
] as const;

function onRollOn(asOf: string): RawBuilder<unknown> {
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

function ageBand(age: number): (typeof AGE_BANDS)[number] {
  if (age < 18) return '18以下';
  if (age < 35) return '18–34';
  if (age < 45) return '35–44';
  if (age < 55) return '45–54';
  if (age < 65) return '55–64';
  return '65及以上';
}

const code = (n: number) => (n === 0 ? null : String(n).padStart(2, '0'));

export async function selectStatsCounts(db: Kysely<Database>, asOf: string): Promise<StatsCountRow[]> {
  // 周岁 on the as-of date, exactly as idcard.ts ageOn: years minus one if the birthday (MM-DD) is still ahead.
  const age = sql`max(0, min(127, cast(substr(${asOf}, 1, 4) as integer) - cast(substr(m.birth_date, 1, 4) as integer)
      - (substr(m.birth_date, 6, 5) > substr(${asOf}, 6, 5))))`;
  const codeNumber = (column: string) => sql`coalesce(cast(${sql.ref(`m.${column}`)} as integer), 0)`;
  const key = sql`((((((coalesce(m.zone_id, 0) * 128 + ${codeNumber('marital')}) * 128 + ${codeNumber('ethnicity')}) * 16
      + ${codeNumber('political')}) * 128 + ${codeNumber('education')}) * 128 + ${age}) * 2 + (m.sex = '男'))`;
  const onRoll = onRollOn(asOf);
  const [groups, roles, tags] = await Promise.all([
    // NOT INDEXED: reading every row in table order beats walking a partial roster index (6x at 100,000).
    sql<{ k: number; n: number }>`select ${key} as k, count(*) as n from member m not indexed where ${onRoll} group by k`.execute(db),
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
  for (const { k, n } of groups.rows) {
    let rest = k;
    const field: Record<string, number> = {};
    for (const [name, size] of KEY_FIELDS) {
      field[name] = rest % size;
      rest = Math.floor(rest / size);
    }
    if (field.male) {
      add('men', null, n);
      continue;
    }
    const education = code(field.education!);
    add('age', ageBand(field.age!), n);
    add('education', education, n);
    add('political', code(field.political!), n);
    add('ethnicity', code(field.ethnicity!), n);
    add('marital', code(field.marital!), n);
    add('zone', rest === 0 ? null : String(rest), n, field.age! >= 45 ? n : 0, COLLEGE_CODES.includes(education as never) ? n : 0);
  }
  if (!counts.has('men\u0000null')) add('men', null, 0);
  for (const r of roles.rows) add('role', r.value, r.n);
  for (const t of tags.rows) add('tag', t.value, t.n);
  return [...counts.values()];
}

export async function selectZones(db: Kysely<Database>) {
  return db.selectFrom('zone').select(['id', 'name']).orderBy('sort_order').orderBy('name').execute();
}
