import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { dispatch } from '../api/dispatch';
import { computeMemberStats, percent, type Breakdown, type MemberStats } from './stats';
import { ageOn } from './idcard';
import { memberInputSchema } from './schema';
import { createMember } from './service';
import { AGE_BANDS } from './stats-query';
import { fixtureId, FIXTURE_AS_OF, seedStatsFixture } from './stats-fixture';

/** The band of an age in 周岁, written out from the table headings. */
const ageBand = (age: number) => (age < 18 ? '18以下' : age < 35 ? '18–34' : age < 45 ? '35–44' : age < 55 ? '45–54' : age < 65 ? '55–64' : '65及以上');

async function fixtureStats(asOf = FIXTURE_AS_OF) {
  const { ctx, db } = await openTempDatabase();
  await seedStatsFixture(ctx);
  return { stats: await computeMemberStats(db, asOf), ctx, db };
}

const table = (b: Breakdown) => b.rows.map((r) => [r.label, r.count, r.denominator, r.percent]);

function expectSumsToTotal(stats: MemberStats) {
  for (const b of [stats.age, stats.education, stats.political, stats.ethnicity, stats.ethnicGroups, stats.marital]) {
    expect(b.rows.reduce((s, r) => s + r.count, 0), b.title).toBe(stats.total);
    expect(b.total, b.title).toEqual({ label: '合计', count: stats.total, denominator: stats.total, percent: '100.0' });
  }
  expect(stats.zones.reduce((s, z) => s + z.members.count, 0)).toBe(stats.total);
}

describe('percent', () => {
  it('rounds half up to one decimal in integer arithmetic, and shows — without a denominator', () => {
    expect(percent(800, 2600)).toBe('30.8');
    expect(percent(1, 16)).toBe('6.3'); // 6.25
    expect(percent(1, 8)).toBe('12.5');
    expect(percent(2, 3)).toBe('66.7');
    expect(percent(13, 13)).toBe('100.0');
    expect(percent(0, 13)).toBe('0.0');
    expect(percent(0, 0)).toBe('—');
  });
});

describe('妇女基本情况统计 on the hand-computed roster', () => {
  it('counts only women 在册 on the date, and reports the excluded man', async () => {
    const { stats } = await fixtureStats();
    expect(stats.asOf).toBe('2026-06-30');
    expect(stats.total).toBe(13);
    expect(stats.excludedMen).toBe(1);
    expect(stats.basis).toContain('截至2026年6月30日在册妇女，共13人；年龄按周岁计算');
    expectSumsToTotal(stats);
  });

  it('ages in 周岁 with the 45 boundary on the birthday itself', async () => {
    const { stats } = await fixtureStats();
    expect(table(stats.age)).toEqual([
      ['18以下', 1, 13, '7.7'],
      ['18–34', 2, 13, '15.4'],
      ['35–44', 4, 13, '30.8'],
      ['45–54', 2, 13, '15.4'],
      ['55–64', 2, 13, '15.4'],
      ['65及以上', 2, 13, '15.4'],
    ]);
    expect(stats.age45plus).toEqual({ label: '45周岁及以上', count: 6, denominator: 13, percent: '46.2' });
    expect(stats.age.aggregates).toEqual([stats.age45plus]);
    // One day later 李桂芳 (born 1981-07-01) turns 45 too.
    const { stats: nextDay } = await fixtureStats('2026-07-01');
    expect(nextDay.age45plus.count).toBe(7);
  });

  it('education by class with 未填 and the two aggregates', async () => {
    const { stats } = await fixtureStats();
    expect(table(stats.education)).toEqual([
      ['研究生', 1, 13, '7.7'],
      ['大学本科', 2, 13, '15.4'],
      ['大学专科', 2, 13, '15.4'],
      ['中等职业教育', 1, 13, '7.7'],
      ['普通高中', 1, 13, '7.7'],
      ['初中', 2, 13, '15.4'],
      ['小学', 1, 13, '7.7'],
      ['其他', 1, 13, '7.7'],
      ['未填', 2, 13, '15.4'],
    ]);
    expect(stats.education.aggregates).toEqual([
      { label: '大专及以上', count: 5, denominator: 13, percent: '38.5' },
      { label: '初中及以下', count: 4, denominator: 13, percent: '30.8' },
    ]);
  });

  it('political status, 民族 and marital status, each with 未填', async () => {
    const { stats } = await fixtureStats();
    expect(table(stats.political)).toEqual([
      ['中共党员', 3, 13, '23.1'],
      ['中共预备党员', 1, 13, '7.7'],
      ['共青团员', 1, 13, '7.7'],
      ['群众', 7, 13, '53.8'],
      ['未填', 1, 13, '7.7'],
    ]);
    expect(table(stats.ethnicity)).toEqual([
      ['汉族', 10, 13, '76.9'],
      ['少数民族', 2, 13, '15.4'],
      ['未填', 1, 13, '7.7'],
    ]);
    expect(table(stats.ethnicGroups)).toEqual([
      ['汉族', 10, 13, '76.9'],
      ['回族', 1, 13, '7.7'],
      ['维吾尔族', 1, 13, '7.7'],
      ['未填', 1, 13, '7.7'],
    ]);
    expect(table(stats.marital)).toEqual([
      ['未婚', 2, 13, '15.4'],
      ['已婚', 6, 13, '46.2'],
      ['丧偶', 3, 13, '23.1'],
      ['离婚', 1, 13, '7.7'],
      ['未填', 1, 13, '7.7'],
    ]);
  });

  it('roles and care tags: each over the total, no 合计; people not on the roll do not count', async () => {
    const { stats } = await fixtureStats();
    expect(table(stats.roles)).toEqual([
      ['妇联主席', 0, 13, '0.0'],
      ['副主席', 0, 13, '0.0'],
      ['执委', 2, 13, '15.4'],
      ['妇女小组长', 0, 13, '0.0'],
      ['妇女代表', 1, 13, '7.7'],
      ['巾帼志愿者', 1, 13, '7.7'],
    ]);
    expect(stats.roles.total).toBeNull();
    expect(stats.tags.rows.filter((r) => r.count > 0).map((r) => [r.label, r.count])).toEqual([
      ['困难妇女', 1],
      ['单亲母亲', 1],
      ['高龄独居', 1],
    ]);
  });

  it('per zone: members, 45+ and 大专及以上 shares within each zone, empty zones and 未分片区 included', async () => {
    const { stats } = await fixtureStats();
    expect(stats.zones.map((z) => [z.label, z.members.count, z.members.percent, z.age45plus.count, z.age45plus.percent, z.collegePlus.count, z.collegePlus.percent])).toEqual([
      ['东区', 5, '38.5', 2, '40.0', 2, '40.0'],
      ['西区', 5, '38.5', 1, '20.0', 3, '60.0'],
      ['北区', 0, '0.0', 0, '—', 0, '—'],
      ['未分片区', 3, '23.1', 3, '100.0', 0, '0.0'],
    ]);
    expect(stats.zonesTotal.members).toMatchObject({ count: 13, percent: '100.0' });
    expect(stats.zonesTotal.age45plus).toMatchObject({ count: 6, denominator: 13, percent: '46.2' });
  });

  it('follows the status history: moved out after the date still counts, re-joined later does not yet', async () => {
    const { stats } = await fixtureStats('2026-11-29');
    expect(stats.total).toBe(14);
    expect(stats.age45plus).toMatchObject({ count: 7, denominator: 14, percent: '50.0' });
    expectSumsToTotal(stats);
    const { stats: early } = await fixtureStats('2019-06-01');
    // Members without 入册日期 (W1–W12, and 冯雪 who only left in 2026) plus 沈回 (入册 2019-01-01);
    // 褚红梅 (入册 2020) and 卫佳 (2026) not yet.
    expect(early.total).toBe(14);
    expectSumsToTotal(early);
  });

  it('puts every woman in the age band ageOn gives her, on leap days and birthdays alike', async () => {
    const { ctx, db } = await openTempDatabase();
    const births = ['2008-02-28', '2008-02-29', '2008-03-01', '1981-02-28', '1981-03-01', '1972-02-29', '1961-02-28', '1961-03-01', '2010-02-28'];
    for (const [i, birth] of births.entries()) {
      await createMember(ctx, await memberInputSchema.parseAsync({ name: `测试${i}`, idNumber: fixtureId(birth, i + 1) }));
    }
    for (const asOf of ['2026-02-27', '2026-02-28', '2026-03-01', '2024-02-28', '2024-02-29', '2024-03-01']) {
      const bands = births.map((birth) => ageBand(ageOn(birth, asOf)));
      const expected = AGE_BANDS.map((band) => bands.filter((b) => b === band).length);
      const { age } = await computeMemberStats(db, asOf);
      expect(age.rows.map((r) => r.count), asOf).toEqual(expected);
    }
  });

  it('members.stats defaults to today and refuses a date after today in Chinese', async () => {
    const { ctx } = await openTempDatabase();
    await seedStatsFixture(ctx);
    const answer = await dispatch(apiTable, ctx, 'members.stats', undefined);
    expect(answer).toMatchObject({ ok: true, value: { asOf: '2026-11-29', total: 14 } });
    const future = await dispatch(apiTable, ctx, 'members.stats', { asOf: '2026-11-30' });
    expect(future).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '统计截止日期不能晚于今天' } });
    const bad = await dispatch(apiTable, ctx, 'members.stats', { asOf: '2026-02-30' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('统计截止日期') } });
  });
});
