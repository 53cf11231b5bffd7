/**
 * A realistic year of 妇女议事会 for a demo file or the bench: a quarterly session
 * (one 一事一议 session of its own), 议题 raised all year by the roster's 妇女代表
 * (some for residents), in every state — 不予立项, 撤回, 未通过, overdue, 不满意 →
 * 二次办理, 办结 A–D. Written through the services and transitions, so every row is
 * what the app itself would write (events and audit included). Deterministic per seed.
 */
import dayjs from 'dayjs';
import type { AppContext } from '../context';
import { CATEGORIES, METHODS, SOURCES } from './codes';
import { REPRESENTATIVE_ROLE } from './codes';
import { itemInputSchema } from './schema';
import { createItem, createSession, listUnits } from './service';
import * as t from './transitions';

const CONCERNS: Array<[title: string, content: string, category: (typeof CATEGORIES)[number]]> = [
  ['小区东门夜间照明不足', '东门至3号楼的路灯坏了两个月，晚上接孩子放学的妈妈们走夜路不安全。', '权益维护'],
  ['希望开设四点半课堂', '双职工家庭放学后无人看护孩子，希望社区利用活动室开设四点半课堂。', '儿童关爱'],
  ['全职妈妈再就业技能培训', '不少全职妈妈想重新就业，希望组织电商、家政等技能培训并对接岗位。', '就业创业'],
  ['楼道堆放杂物影响老人通行', '5号楼楼道长期堆放纸箱和旧家具，独居老人上下楼不便，也有消防隐患。', '环境卫生'],
  ['开展家风家教讲座', '年轻父母希望听一听家庭教育方面的讲座，学习如何与青春期孩子沟通。', '家风家教'],
  ['反家暴知识宣传', '个别家庭有家暴苗头，希望妇联开展反家暴法宣传，公布求助渠道。', '权益维护'],
  ['社区母婴室设置', '党群服务中心没有母婴室，带婴儿来办事的妈妈哺乳不便。', '妇女发展'],
  ['两癌筛查名额不够', '今年适龄妇女两癌免费筛查名额有限，很多人没有报上名。', '妇女发展'],
  ['网上流传不实信息引发担忧', '业主群里流传学校附近有可疑人员的消息，家长很紧张，希望核实并回应。', '舆情动态'],
  ['村规民约中男女不平等条款', '小区自治章程里有关于出嫁女不参与分红的表述，希望修改。', '男女平等'],
  ['垃圾分类点异味严重', '2号楼旁的垃圾分类点夏天异味严重，希望调整清运时间、增加清洗。', '环境卫生'],
  ['儿童游乐设施损坏', '中心花园的滑梯和秋千有松动，存在安全隐患。', '儿童关爱'],
  ['困难妇女春节慰问名单', '建议把新近离异、独自抚养孩子的困难妇女纳入春节慰问名单。', '其他'],
  ['广场舞噪音扰民', '晚上广场舞音响太大，影响学生学习和老人休息，希望协调时间和音量。', '其他'],
  ['家门口灵活就业岗位', '希望社区对接周边企业，提供适合宝妈的手工、客服等灵活就业岗位。', '就业创业'],
  ['婚姻家庭纠纷调解', '希望设立婚姻家庭纠纷调解室，请律师定期坐班。', '权益维护'],
];
const RESIDENTS = ['周桂芳', '吴秀兰', '郑丽华', '孙美玲', '马淑英', '朱红梅'];
const REJECT_REASONS = ['属于个人之间的民事纠纷，已建议通过人民调解解决', '已由街道统一部署实施，无需另行议事', '不属于社区议事范围，已转交相关部门'];

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export interface DemoDeliberationOptions {
  year: number;
  /** How many 议题 to raise over the year (default 40). */
  items?: number;
  seed?: number;
}

export async function seedDemoDeliberation(ctx: AppContext, options: DemoDeliberationOptions) {
  const { year } = options;
  const count = options.items ?? 40;
  const rnd = random(options.seed ?? year + 13);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const today = dayjs(ctx.now()).format('YYYY-MM-DD');
  const day = (d: string, n: number) => dayjs(d).add(n, 'day').format('YYYY-MM-DD');
  const reps = await ctx.db
    .selectFrom('member')
    .innerJoin('member_role', 'member_role.member_id', 'member.id')
    .select(['member.id', 'member.name'])
    .where('member_role.role', '=', REPRESENTATIVE_ROLE)
    .where('member.status', '=', '在册')
    .where('member.deleted_at', 'is', null)
    .orderBy('member.id')
    .limit(30)
    .execute();
  if (reps.length < 3) return { year, items: 0, sessions: 0, note: '花名册中妇女代表太少，未生成议事会记录（请先生成演示名单）' };
  const units = await listUnits(ctx);
  const unit = (name: string) => units.find((u) => u.name === name)?.id ?? units[0]!.id;

  // One regular session in the middle of each quarter, up to today; a 一事一议 session in April.
  const sessions: { id: number; date: string }[] = [];
  for (const [date, title] of [[`${year}-02-20`, '第一季度妇女议事会'], [`${year}-04-28`, '一事一议专题议事会'], [`${year}-05-22`, '第二季度妇女议事会'], [`${year}-08-21`, '第三季度妇女议事会'], [`${year}-11-20`, '第四季度妇女议事会']] as const) {
    if (date > today) break;
    sessions.push({ id: (await createSession(ctx, { title: `${year}年${title}`, date, place: '社区党群服务中心议事厅' })).id, date });
  }
  // The next session, already called: recent 议题 are on its agenda (列入议事会).
  const upcoming = day(today, 14);
  if (upcoming.startsWith(`${year}-`) && sessions.length) {
    sessions.push({ id: (await createSession(ctx, { title: `${year}年妇女议事会（${dayjs(upcoming).month() + 1}月）`, date: upcoming, place: '社区党群服务中心议事厅' })).id, date: upcoming });
  }
  // One late-year 议题 waits at each of these steps (for a session, 交办, 回访, 办结), as real ones do.
  const waiting = new Set(['已立项', '已表决', '已反馈', '已回访']);

  const states: Record<string, number> = {};
  let made = 0;
  for (let i = 0; i < count; i++) {
    // Spread over the year up to today; the last six were raised in the last days (on the next session's agenda, in 研判 or 收集).
    const end = today < `${year}-12-20` ? today : `${year}-12-20`;
    const span = dayjs(end).diff(`${year}-01-03`, 'day');
    const raisedOn = i >= count - 6 ? day(end, -[10, 8, 4, 3, 1, 0][i - count + 6]!) : day(`${year}-01-03`, Math.floor(((i + rnd() * 0.8) / count) * span));
    if (span < 0 || raisedOn < `${year}-01-01`) break;
    const [title, content, category] = CONCERNS[i % CONCERNS.length]!;
    const rep = pick(reps);
    const others = reps.filter((r) => r.id !== rep.id);
    const seconders = [...new Set([pick(others).id, pick(others).id])];
    const resident = rnd() < 0.35;
    const input = itemInputSchema.parse({
      title: i >= CONCERNS.length ? `${title}（再次反映）` : title,
      content,
      source: pick(SOURCES),
      category,
      method: rnd() < 0.7 ? '一季一议' : pick(METHODS),
      raisedOn,
      proposer: resident ? { kind: '居民', name: pick(RESIDENTS), contact: `139${String(10000000 + Math.floor(rnd() * 89999999))}`, viaMemberId: rep.id } : { kind: '代表', memberId: rep.id },
      seconderIds: seconders,
    });
    const { id } = await createItem(ctx, input);
    made++;
    const final = await advance(id, raisedOn, rep.name);
    states[final] = (states[final] ?? 0) + 1;
  }
  return { year, items: made, sessions: sessions.length, states };

  /** Takes the 议题 as far as its dates allow (never past today); answers the state it ends in. */
  async function advance(id: number, raisedOn: string, repName: string): Promise<string> {
    const ok = (d: string) => d <= today;
    const waits = (state: string) => raisedOn >= `${year}-06-01` && waiting.delete(state);
    const submitOn = day(raisedOn, 2);
    if (!ok(submitOn)) return '收集';
    await t.submit(ctx, { id, date: submitOn, note: '' });
    const judgedOn = day(submitOn, 3);
    if (!ok(judgedOn)) return '研判';
    const r = rnd();
    if (r < 0.1) {
      await t.reject(ctx, { id, date: judgedOn, reason: pick(REJECT_REASONS) });
      return '不予立项';
    }
    if (r < 0.15) {
      await t.withdraw(ctx, { id, date: judgedOn, reason: '提出人反映问题已自行解决，申请撤回' });
      return '已撤回';
    }
    await t.accept(ctx, { id, date: judgedOn, note: '属于妇女群众普遍关心的问题，同意立项。' });
    if (waits('已立项')) return '已立项';
    const session = sessions.find((s) => s.date > day(judgedOn, 3));
    const scheduleOn = day(judgedOn, 2);
    if (!session || !ok(scheduleOn)) return '已立项';
    await t.schedule(ctx, { id, date: scheduleOn < session.date ? scheduleOn : session.date, meetingId: session.id });
    if (!ok(session.date)) return '列入议事会';
    const fails = rnd() < 0.08;
    await t.vote(ctx, { id, date: session.date, expected: 11, present: 9 + Math.floor(rnd() * 3), yes: fails ? 3 : 8, no: fails ? 5 : 0, abstain: 1, resolution: fails ? '经表决未获通过，建议提出人补充情况后再议。' : '同意办理，明确主办单位和办理时限，限期反馈。' });
    if (fails) return '未通过';
    const assignOn = day(session.date, 2);
    if (!ok(assignOn) || waits('已表决')) return '已表决';
    await t.assign(ctx, { id, date: assignOn, mainUnitId: unit(pick(['社区两委', '物业', '网格', '街道科室'])), coUnitIds: rnd() < 0.5 ? [unit('社区妇联')] : [] });
    const progressOn = day(assignOn, 7);
    if (ok(progressOn)) await t.addEntry(ctx, 'progress', { id, date: progressOn, content: '主办单位已现场查看，制定了办理方案。', byName: repName });
    const late = rnd() < 0.2;
    const feedbackOn = day(assignOn, late ? 38 : 12 + Math.floor(rnd() * 15));
    if (late && ok(day(assignOn, 25))) await t.addEntry(ctx, 'reminder', { id, date: day(assignOn, 25), content: '时限将到，电话催办主办单位。', byName: repName });
    if (!ok(feedbackOn)) return '落实';
    await t.feedback(ctx, { id, date: feedbackOn, text: '主办单位已按决议办理完毕，办理情况已在社区公示栏公示。', publicizedOn: feedbackOn });
    let visitOn = day(feedbackOn, 5);
    if (!ok(visitOn) || waits('已反馈')) return '已反馈';
    if (rnd() < 0.18) {
      await t.visit(ctx, { id, date: visitOn, result: '不满意', method: '当面', visitor: repName, note: '问题只解决了一部分，希望彻底解决。' });
      const again = day(visitOn, 10);
      if (!ok(again)) return '落实';
      await t.feedback(ctx, { id, date: again, text: '二次办理：剩余问题已全部整改。', publicizedOn: null });
      visitOn = day(again, 4);
      if (!ok(visitOn)) return '已反馈';
    }
    await t.visit(ctx, { id, date: visitOn, result: rnd() < 0.7 ? '满意' : '基本满意', method: pick(['当面', '电话', '书面'] as const), visitor: repName, note: '' });
    const closeOn = day(visitOn, 3);
    if (!ok(closeOn) || waits('已回访')) return '已回访';
    const g = rnd();
    const grade = g < 0.65 ? 'A' : g < 0.82 ? 'B' : g < 0.94 ? 'C' : 'D';
    await t.close(ctx, {
      id,
      date: closeOn,
      grade,
      resultText: { A: '问题已解决，提出人满意。', B: '正在解决，已明确后续安排。', C: '已列入社区明年工作计划。', D: '受条件限制暂不能解决，意见留作参考。' }[grade],
      reason: grade === 'D' ? '涉及产权单位，社区无权处置，已向街道反映。' : '',
    });
    return '办结';
  }
}
