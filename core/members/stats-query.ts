/**
 * The one SQL statement behind 妇女基本情况统计: who is 在册 on the as-of date,
 * and grouped counts for every breakdown. The set of members is computed once
 * (a materialized CTE) and each breakdown is a GROUP BY over it, joined by UNION ALL,
 * so 100,000 members cost one pass over `member` plus one index lookup each.
 */
import { sql, type Kysely } from 'kysely';
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

export async function selectStatsCounts(db: Kysely<Database>, asOf: string): Promise<StatsCountRow[]> {
  // 周岁 on the as-of date, exactly as idcard.ts ageOn: years minus one if the birthday (MM-DD) is still ahead.
  const age = sql`(cast(substr(${asOf}, 1, 4) as integer) - cast(substr(m.birth_date, 1, 4) as integer)
      - (substr(m.birth_date, 6, 5) > substr(${asOf}, 6, 5)))`;
  // Status on the date. From the date of her latest status change on, it is her current status.
  // Before that, the latest event up to the date; with none, she was still 在册 then. (The
  // 入册 event of a member without 入册日期 is dated the day she was entered, so events alone
  // would be wrong after a back-dated change; and most members never change, so no lookup.)
  const statusOnDate = sql`case when m.status_date is null or m.status_date <= ${asOf} then m.status
      else coalesce(
        (select e.status from member_status_event e
          where e.member_id = m.id and e.date <= ${asOf}
          order by e.date desc, e.id desc limit 1),
        '在册') end`;
  const result = await sql<StatsCountRow>`
    with on_roll as materialized (
      select m.id, m.sex, m.zone_id, m.education, m.political, m.ethnicity, m.marital, ${age} as age
      -- NOT INDEXED: reading every row in table order beats walking a partial roster index (6x at 100,000).
      from member m not indexed
      where m.deleted_at is null
        and (m.joined_on is null or m.joined_on <= ${asOf})
        and ${statusOnDate} = '在册'
    ),
    w as (select * from on_roll where sex = '女')
    select 'age' as dim,
        case when age < 18 then '18以下' when age < 35 then '18–34' when age < 45 then '35–44'
             when age < 55 then '45–54' when age < 65 then '55–64' else '65及以上' end as value,
        count(*) as n, 0 as n45, 0 as college
      from w group by 2
    union all select 'education', education, count(*), 0, 0 from w group by education
    union all select 'political', political, count(*), 0, 0 from w group by political
    union all select 'ethnicity', ethnicity, count(*), 0, 0 from w group by ethnicity
    union all select 'marital', marital, count(*), 0, 0 from w group by marital
    union all select 'zone', cast(zone_id as text), count(*), sum(age >= 45), sum(education in ('10', '20', '30'))
      from w group by zone_id
    union all select 'role', r.role, count(*), 0, 0 from w join member_role r on r.member_id = w.id group by r.role
    union all select 'tag', t.tag, count(*), 0, 0 from w join member_tag t on t.member_id = w.id group by t.tag
    union all select 'men', null, count(*), 0, 0 from on_roll where sex = '男'
  `.execute(db);
  return result.rows;
}

export async function selectZones(db: Kysely<Database>) {
  return db.selectFrom('zone').select(['id', 'name']).orderBy('sort_order').orderBy('name').execute();
}
