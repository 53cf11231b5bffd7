/**
 * search.global over a real data file with a record of every module: what each
 * finds, the grouping, highlight offsets into the shown text, masking, the role
 * filter and hostile input — through the API table, as the renderer calls it.
 */
import { describe, expect, it } from 'vitest';
import { openTempDatabase } from '../../db/test-helpers';
import { apiTable } from '../api';
import { withAccess } from '../api/define';
import { dispatch } from '../api/dispatch';
import type { AppContext } from '../context';
import { createManualItem } from '../archive/items';
import { itemInput } from '../deliberation/fixture';
import { createItem } from '../deliberation/service';
import { createFixtureMeeting } from '../meetings/fixture';
import { addMembers, makeIdNumber } from '../members/roster-fixture';
import { createMaterial } from '../study/materials';
import { createSession } from '../study/service';
import { fixtureSessionInput } from '../study/fixture';
import { globalSearch, SOURCES } from './global';
import { globalSearchSchema, type GlobalSearchResult, type Marked, type SearchGroupKey } from './schema';

const HU_ID = makeIdNumber('1975-03-08', 4, '330106');

async function fixture() {
  const opened = await openTempDatabase();
  const { ctx } = opened;
  await dispatch(apiTable, ctx, 'settings.saveBranchInfo', { name: '幸福里社区妇联', street: '西湖街道', fondsCode: '0194', contact: '', phone: '' });
  const meeting = await createFixtureMeeting(ctx);
  const ids = Object.fromEntries((await ctx.db.selectFrom('member').select(['id', 'name']).execute()).map((m) => [m.name, m.id]));
  const reps = { wang: ids['王秀英']!, li: ids['李桂兰']!, zhang: ids['张丽']!, liu: ids['刘芳']!, zhao: ids['赵敏']! };
  await ctx.db.insertInto('member_role').values([reps.li, reps.zhang, reps.liu].map((member_id) => ({ member_id, role: '妇女代表' }))).execute();
  const [hu] = await addMembers(ctx, [
    { name: '胡海燕', birthDate: '1975-03-08', idNumber: HU_ID, phone: '13912345678', currentAddress: '幸福里小区7栋2单元' },
  ]);
  // The study fixture seeds its own roster: reuse the meeting's by a fresh session input on the same people.
  const { input } = await fixtureSessionInput(await openTempDatabase().then((o) => o.ctx));
  const people = (who: string) => ({ memberId: ids[who] ?? null, name: who });
  const session = await createSession(ctx, {
    ...input,
    title: '巾帼志愿服务专题学习',
    host: people('王秀英'),
    speaker: people('李桂兰'),
    recorder: people('张丽'),
    planItemId: null,
    materialIds: [],
    attendees: [{ ...people('王秀英'), attendance: '出席' as const, reason: '', hours: null }],
  });
  const material = await createMaterial(ctx, { title: '关于加强家庭家教家风建设的意见', issuer: '区妇联', docNumber: '区妇字〔2026〕7号', publishedOn: '2026-05-10', kind: '文件', source: '' });
  const item = await createItem(ctx, itemInput(reps));
  const archived = await createManualItem(ctx, {
    title: '幸福里社区妇联2026年工作计划',
    selfTitled: false,
    responsible: '幸福里社区妇联',
    docNumber: '',
    date: '2026-01-15',
    secrecy: '',
    pages: 3,
    note: '',
    docKind: '计划',
    year: 2026,
    retention: 'D30',
  });
  return { ...opened, meetingId: meeting.id, hu: hu!, sessionId: session.id, materialId: material.id, itemId: item.id, archived };
}

async function search(ctx: AppContext, query: unknown, limit?: number): Promise<GlobalSearchResult> {
  const answer = await dispatch(apiTable, ctx, 'search.global', limit === undefined ? { query } : { query, limit });
  if (!answer.ok) throw new Error(`search failed: ${answer.error.message}`);
  return answer.value as GlobalSearchResult;
}

const groupsOf = (r: GlobalSearchResult) => r.groups.map((g) => g.group);
const hitsOf = (r: GlobalSearchResult, group: SearchGroupKey) => r.groups.find((g) => g.group === group)?.hits ?? [];
/** The highlighted pieces of a marked text, read back through its ranges. */
const marks = (m: Marked) => m.ranges.map(([s, e]) => m.text.slice(s, e));

describe('search.global', () => {
  it('finds a record of every module, each group in module order with a route that opens it', async () => {
    const f = await fixture();
    const cases: Array<[string, SearchGroupKey, string, string]> = [
      ['胡海燕', 'members', `/members?member=${f.hu}`, '胡海燕'],
      ['执委会议', 'meetings', `/meetings/${f.meetingId}`, '第四季度执委会议'],
      ['巾帼志愿', 'study', `/study/${f.sessionId}`, '巾帼志愿服务专题学习'],
      ['家教家风', 'materials', `/study/materials?material=${f.materialId}`, '关于加强家庭家教家风建设的意见'],
      ['夜间照明', 'deliberation', `/deliberation/items/${f.itemId}`, '小区东门夜间照明不足'],
      ['工作计划', 'archive', `/archive/items/${f.archived.id}`, '幸福里社区妇联2026年工作计划'],
    ];
    for (const [query, group, route, title] of cases) {
      const hit = hitsOf(await search(f.ctx, query), group)[0];
      expect(hit, `${query} → ${group}`).toMatchObject({ route, title: { text: title } });
    }
    // 冬季 is in the meeting's 议题 and 决议 and nowhere else.
    const winter = await search(f.ctx, '冬季');
    expect(groupsOf(winter)).toEqual(['meetings']);
    expect(hitsOf(winter, 'meetings')[0]!.fragments.map((x) => x.label)).toEqual(['决议', '发言']);
    // 幸福里 names the member's address, the archive item and the branch's plan: grouped in module order.
    expect(groupsOf(await search(f.ctx, '幸福里'))).toEqual(['members', 'archive']);
  });

  it('highlights where the query is, as offsets into the shown text', async () => {
    const f = await fixture();
    const meeting = hitsOf(await search(f.ctx, '走访慰问'), 'meetings')[0]!;
    expect(meeting.title.ranges).toEqual([]);
    const resolution = meeting.fragments.find((x) => x.label === '决议')!;
    expect(resolution.text).toBe('12月开展困难妇女冬季走访慰问，由李桂兰牵头。');
    expect(resolution.ranges).toEqual([[11, 15]]);
    // A long text is cut around the match with … and the offsets follow the cut.
    const item = hitsOf(await search(f.ctx, '接孩子'), 'deliberation')[0]!;
    const content = item.fragments.find((x) => x.label === '内容')!;
    expect(content.text.startsWith('…')).toBe(true);
    expect(marks(content)).toEqual(['接孩子']);
    // Every occurrence in the title; the 档号 typed without separators is marked in the 档号 as shown.
    const code = f.archived.archivalCode;
    const archive = hitsOf(await search(f.ctx, code.replace(/[-·]/g, '').slice(0, 10)), 'archive')[0]!;
    expect(archive.fragments[0]).toMatchObject({ label: '档号', text: code });
    expect(marks(archive.fragments[0]!)[0]!.replace(/[-·]/g, '')).toBe(code.replace(/[-·]/g, '').slice(0, 10));
    const title = hitsOf(await search(f.ctx, '社区妇联'), 'archive')[0]!.title;
    expect(marks(title)).toEqual(['社区妇联']);
  });

  it('finds members by one character, pinyin initials and an ID or phone tail, showing masked numbers only', async () => {
    const f = await fixture();
    expect(marks(hitsOf(await search(f.ctx, '燕'), 'members')[0]!.title)).toEqual(['燕']);
    const pinyin = hitsOf(await search(f.ctx, 'hhy'), 'members')[0]!;
    expect(pinyin.title.text).toBe('胡海燕');
    expect(pinyin.fragments[0]).toEqual({ label: '拼音', text: 'hhy', ranges: [[0, 3]] });

    const tail = HU_ID.slice(-4);
    const byId = hitsOf(await search(f.ctx, tail), 'members');
    expect(byId.map((h) => h.title.text)).toEqual(['胡海燕']);
    const fragment = byId[0]!.fragments[0]!;
    expect(fragment.label).toBe('身份证号尾号');
    expect(fragment.text).toBe(`${HU_ID[0]}${'*'.repeat(16)}${HU_ID[17]}`);
    // Only the one digit the mask shows is marked, never a hidden one.
    expect(fragment.ranges).toEqual([[17, 18]]);
    expect(byId[0]!.subtitle).toContain(fragment.text);

    const phone = hitsOf(await search(f.ctx, '345678'), 'members')[0]!.fragments[0]!;
    expect(phone).toEqual({ label: '电话尾号', text: '139****5678', ranges: [[7, 11]] });
    // Digits from the middle of the number find nothing (they would reveal hidden digits).
    expect(hitsOf(await search(f.ctx, HU_ID.slice(6, 14)), 'members')).toEqual([]);
    expect(hitsOf(await search(f.ctx, '1234'), 'members')).toEqual([]);
  });

  it('never lets a full ID or phone out, and hides a record found only inside a masked number', async () => {
    const f = await fixture();
    // The 议题's content holds a resident's full 身份证号 and phone (core/deliberation/fixture.ts).
    for (const query of ['照明', '刘女士', '东门', '11010519491231002x', '13900001111', '1949123100', HU_ID, HU_ID.slice(-6), '胡']) {
      const text = JSON.stringify((await search(f.ctx, query)).groups);
      expect(text, query).not.toMatch(/\d{11}|11010519491231002X/i);
      expect(text, query).not.toContain(HU_ID.slice(6, 14));
    }
    expect(hitsOf(await search(f.ctx, '13900001111'), 'deliberation')).toEqual([]);
    expect(hitsOf(await search(f.ctx, '1949123100'), 'deliberation')).toEqual([]);
    const masked = hitsOf(await search(f.ctx, '刘女士'), 'deliberation')[0]!.fragments[0]!;
    expect(masked.text).toContain('139****1111');
  });

  it('searches only the groups whose records the role may open', async () => {
    const f = await fixture();
    const asReader = { ...f.ctx, operator: { id: 1, name: '小李', role: '只读' as const } };
    const all = await globalSearch(asReader, globalSearchSchema.parse({ query: '王秀英' }));
    expect(groupsOf(all)).toEqual(['members', 'meetings', 'study']);
    const writeOnlyMeetings = SOURCES.map((s) => (s.group === 'meetings' ? { ...s, opens: withAccess(s.opens, 'write') } : s));
    expect(groupsOf(await globalSearch(asReader, globalSearchSchema.parse({ query: '王秀英' }), writeOnlyMeetings))).toEqual(['members', 'study']);
    const asClerk = { ...f.ctx, operator: { id: 2, name: '小王', role: '录入员' as const } };
    expect(groupsOf(await globalSearch(asClerk, globalSearchSchema.parse({ query: '王秀英' }), writeOnlyMeetings))).toEqual(['members', 'meetings', 'study']);
  });

  it('limits each group and says when there is more', async () => {
    const f = await fixture();
    await addMembers(f.ctx, Array.from({ length: 7 }, (_, i) => ({ name: `王${'一二三四五六七'[i]}`, birthDate: `1980-02-0${i + 1}` })));
    const wang = (await search(f.ctx, '王', 3)).groups.find((g) => g.group === 'members')!;
    expect(wang.hits).toHaveLength(3);
    expect(wang.more).toBe(true);
    const few = (await search(f.ctx, '胡海燕')).groups.find((g) => g.group === 'members')!;
    expect(few.more).toBe(false);
  });

  it('short searches see a member added or removed a moment ago, and find names past the in-memory list as well', async () => {
    const f = await fixture();
    expect(hitsOf(await search(f.ctx, '燕'), 'members').map((h) => h.title.text)).toEqual(['胡海燕']);
    const [added] = await addMembers(f.ctx, [{ name: '燕秋云', birthDate: '1990-05-05' }]);
    expect(hitsOf(await search(f.ctx, '燕'), 'members').map((h) => h.title.text)).toEqual(['胡海燕', '燕秋云']);
    await dispatch(apiTable, f.ctx, 'members.delete', { id: added });
    expect(hitsOf(await search(f.ctx, '燕'), 'members').map((h) => h.title.text)).toEqual(['胡海燕']);
    // Many distinct names hold the query (a common surname): a few of them give the first hits, and there are more.
    const a = '春夏秋冬梅兰竹菊松柏桃李杏桂荷莲';
    const names = [...a].flatMap((x) => [...a].slice(0, 3).map((y) => `燕${x}${y}`));
    await addMembers(f.ctx, names.map((name, i) => ({ name, birthDate: `19${50 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}` })));
    const many = (await search(f.ctx, '燕', 5)).groups.find((g) => g.group === 'members')!;
    expect(many.hits).toHaveLength(5);
    expect(many.more).toBe(true);
    for (const hit of many.hits) expect(hit.title.text).toContain('燕');
  });

  it('takes hostile input without throwing: quotes, FTS syntax, 10,000 characters, control characters', async () => {
    const f = await fixture();
    const hostile = ['"', '""', '"执委', '*', '执委*', 'NEAR(执委 会议)', '执委 AND 会议', 'OR', '-', '%', '_', '\\', "'; drop table member; --", '^会议', '会议:', '(', '\u0000\u0007', '\ud800', '执'.repeat(10_000), 'a'.repeat(10_000), '  ', ''];
    for (const query of hostile) {
      const answer = await dispatch(apiTable, f.ctx, 'search.global', { query });
      expect(answer.ok, JSON.stringify(query).slice(0, 40)).toBe(true);
    }
    expect(await search(f.ctx, '')).toEqual({ query: '', groups: [] });
    expect(groupsOf(await search(f.ctx, '%'))).toEqual([]);
    // The table is still there and FTS syntax was read as text.
    expect(groupsOf(await search(f.ctx, '执委*'))).toEqual([]);
    expect(hitsOf(await search(f.ctx, '胡海燕'), 'members')).toHaveLength(1);
    // Not a string, or a limit out of range: a Chinese VALIDATION error, not a crash.
    const bad = await dispatch(apiTable, f.ctx, 'search.global', { query: 42 });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await dispatch(apiTable, f.ctx, 'search.global', { query: '王', limit: 1000 })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('条数') } });
  });
});
