/**
 * A small roster whose statistics were computed by hand (tests, CLI test, e2e).
 * Written through the real services, so status history is what the app records.
 * Needs a context whose "today" is 2026-11-29 or later (status changes are dated up to 2026-09-01).
 *
 * As of 2026-06-30 (FIXTURE_AS_OF): 13 women on the roll (W1–W12 and W15, who moves out only
 * on 2026-09-01). Not counted: M13 (a man: excludedMen = 1), W14 (迁出 2026-03-01),
 * W16 (入册 2026-08-01), W17 (deleted), W18 (迁出 2025-05-01, back 在册 on 2026-08-01).
 *   ages: 18以下 1 · 18–34 2 · 35–44 4 · 45–54 2 · 55–64 2 · 65及以上 2; 45周岁及以上 6/13 = 46.2
 *   (W1 turns 45 exactly on 2026-06-30; W2 turns 45 one day later)
 *   education: 研究生 1, 本科 2, 专科 2, 中职 1, 高中 1, 初中 2, 小学 1, 其他 1, 未填 2;
 *   大专及以上 5/13 = 38.5; 初中及以下 4/13 = 30.8
 *   zones: 东区 5 (45+ 2 = 40.0, 大专+ 2 = 40.0) · 西区 5 (1 = 20.0, 3 = 60.0) · 北区 0 · 未分片区 3 (3 = 100.0, 0 = 0.0)
 * As of 2026-11-29: 14 women (W1–W12, W16, W18); 45周岁及以上 7/14 = 50.0.
 */
import { sql } from 'kysely';
import type { AppContext } from '../context';
import { checkChar } from './idcard';
import { memberInputSchema, type MemberInput } from './schema';
import { changeMemberStatus, createMember } from './service';

export const FIXTURE_AS_OF = '2026-06-30';

/** A valid 18-digit 身份证号 for a birth date; the 17th digit is even for women. */
export function fixtureId(birth: string, seq: number, sex: '女' | '男' = '女'): string {
  const first17 = `110105${birth.replaceAll('-', '')}${String(seq).padStart(2, '0')}${sex === '女' ? 2 * (seq % 5) : 2 * (seq % 5) + 1}`;
  return first17 + checkChar(first17);
}

type Person = Omit<MemberInput, 'idNumber' | 'zoneId'> & { birth: string; zone?: '东区' | '西区'; sex?: '女' | '男' };

const PEOPLE: Person[] = [
  { name: '王秀英', birth: '1981-06-30', education: '20', political: '01', ethnicity: '01', marital: '20', zone: '东区', roles: ['执委'], tags: ['困难妇女'] },
  { name: '李桂芳', birth: '1981-07-01', education: '30', political: '13', ethnicity: '01', marital: '20', zone: '东区' },
  { name: '张小雨', birth: '2010-01-01', education: '70', political: '03', ethnicity: '01', marital: '10', zone: '东区' },
  { name: '刘静', birth: '2008-06-30', education: '60', political: '13', marital: '10', zone: '西区' },
  { name: '马慧', birth: '1992-03-15', education: '10', political: '02', ethnicity: '03', marital: '20', zone: '西区' },
  { name: '陈丽', birth: '1991-06-29', ethnicity: '01', zone: '西区', roles: ['妇女代表', '巾帼志愿者'] },
  { name: '杨淑珍', birth: '1975-01-01', education: '80', political: '13', ethnicity: '01', marital: '40' },
  { name: '阿依古丽', birth: '1962-12-31', education: '90', political: '13', ethnicity: '05', marital: '30', tags: ['单亲母亲'] },
  { name: '赵玉兰', birth: '1961-06-30', education: '70', political: '01', ethnicity: '01', marital: '30', zone: '东区', tags: ['高龄独居'] },
  { name: '孙凤英', birth: '1940-02-29', political: '13', ethnicity: '01', marital: '30' },
  { name: '周敏', birth: '1990-01-01', education: '20', political: '13', ethnicity: '01', marital: '20', zone: '西区', roles: ['执委'] },
  { name: '吴婷', birth: '1985-10-10', education: '40', political: '13', ethnicity: '01', marital: '20', zone: '东区' },
  { name: '郑建国', birth: '1980-01-01', sex: '男', education: '20', ethnicity: '01', zone: '东区' },
  { name: '冯雪', birth: '1988-08-08', education: '20', ethnicity: '01', zone: '东区', tags: ['困难妇女'] },
  { name: '褚红梅', birth: '1970-05-05', education: '30', political: '01', ethnicity: '01', marital: '20', zone: '西区', joinedOn: '2020-01-01' },
  { name: '卫佳', birth: '1995-05-05', education: '20', ethnicity: '01', zone: '东区', joinedOn: '2026-08-01' },
  { name: '蒋删', birth: '1980-03-03', education: '20', ethnicity: '01', zone: '东区', roles: ['执委'] },
  { name: '沈回', birth: '1970-01-01', education: '70', ethnicity: '01', zone: '西区', joinedOn: '2019-01-01' },
];

export async function seedStatsFixture(ctx: AppContext): Promise<void> {
  const now = ctx.now().toISOString();
  await ctx.db
    .insertInto('zone')
    .values([
      { name: '东区', sort_order: 1, created_at: now },
      { name: '西区', sort_order: 2, created_at: now },
      { name: '北区', sort_order: 3, created_at: now },
    ])
    .execute();
  const zones = new Map((await ctx.db.selectFrom('zone').select(['id', 'name']).execute()).map((z) => [z.name, z.id]));

  const ids: number[] = [];
  for (const [i, { birth, zone, sex, ...person }] of PEOPLE.entries()) {
    const input: MemberInput = { ...person, idNumber: fixtureId(birth, i + 1, sex), zoneId: zone ? zones.get(zone)! : null };
    ids.push((await createMember(ctx, await memberInputSchema.parseAsync(input))).id);
  }
  const [w14, w15, w17, w18] = [ids[13]!, ids[14]!, ids[16]!, ids[17]!];
  await changeMemberStatus(ctx, { id: w14, status: '迁出', date: '2026-03-01', reason: '搬家' });
  await changeMemberStatus(ctx, { id: w15, status: '迁出', date: '2026-09-01', reason: '随子女迁居' });
  await changeMemberStatus(ctx, { id: w18, status: '迁出', date: '2025-05-01', reason: '外出务工' });
  await changeMemberStatus(ctx, { id: w18, status: '在册', date: '2026-08-01', reason: '返回' });
  await sql`update member set deleted_at = ${now} where id = ${w17}`.execute(ctx.db);
}
