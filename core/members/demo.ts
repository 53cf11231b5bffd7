/**
 * Realistic synthetic members for demos and benchmarks: valid ID numbers,
 * plausible ages, education by generation, zones, roles and care tags.
 * Deterministic for a given seed, so tests and benchmarks repeat.
 */
import dayjs from 'dayjs';
import { checkChar } from './idcard';
import type { MemberFields } from './schema';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '秀英桂兰玉兰凤英秀兰玉梅丽娟艳红海燕春梅淑珍美玲晓燕丽华丽萍静怡欣怡雨涵梓涵思雨佳怡诗涵婷婷文静雪梅金凤翠兰建英慧敏春燕冬梅爱华明霞小红海丽月娥素芬巧云丹丹晓丽';
const ZONES = ['第一网格', '第二网格', '第三网格', '第四网格', '第五网格', '第六网格', '第七网格', '第八网格'];
const AREA_CODES = ['330106', '330105', '330102', '330108', '330110', '330381', '341202', '412723', '510122', '360124'];
const ROADS = ['幸福路', '和平街', '建设路', '文化巷', '解放路', '人民路', '新华街', '光明路'];

export const DEMO_ZONES = ZONES;

type Pick = <T>(items: readonly T[]) => T;

function weighted<T>(random: () => number, items: readonly [T, number][]): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [item, w] of items) if ((r -= w) < 0) return item;
  return items[items.length - 1]![0];
}

/** Older women more often left school early: the education mix shifts with birth year. */
function educationFor(random: () => number, birthYear: number): string | null {
  if (random() < 0.04) return null;
  if (birthYear < 1960) return weighted(random, [['80', 35], ['70', 35], ['60', 15], ['90', 12], ['40', 3]]);
  if (birthYear < 1980) return weighted(random, [['70', 35], ['60', 25], ['40', 15], ['30', 13], ['20', 8], ['80', 4]]);
  return weighted(random, [['20', 30], ['30', 28], ['60', 14], ['40', 12], ['70', 10], ['10', 6]]);
}

export interface DemoMember extends MemberFields {
  zoneName: string;
}

export function demoMembers(count: number, seed = 20261129, asOf = '2026-11-29'): DemoMember[] {
  const random = seededRandom(seed);
  const pick: Pick = (items) => items[Math.floor(random() * items.length)]!;
  const usedIds = new Set<string>();
  const members: DemoMember[] = [];
  const ref = dayjs(asOf);
  while (members.length < count) {
    const age = Math.floor(weighted(random, [[18 + random() * 17, 28], [35 + random() * 10, 20], [45 + random() * 10, 20], [55 + random() * 10, 17], [65 + random() * 30, 15]]));
    const birth = ref.subtract(age, 'year').subtract(Math.floor(random() * 364) + 1, 'day');
    const seq = String(Math.floor(random() * 500) * 2).padStart(3, '0'); // even: women
    const first17 = `${pick(AREA_CODES)}${birth.format('YYYYMMDD')}${seq}`;
    const idNumber = first17 + checkChar(first17);
    if (usedIds.has(idNumber)) continue;
    usedIds.add(idNumber);
    const givenLength = random() < 0.7 ? 2 : 1;
    const given = Array.from({ length: givenLength }, () => GIVEN[Math.floor(random() * GIVEN.length)]).join('');
    const zoneName = pick(ZONES);
    const building = `${1 + Math.floor(random() * 30)}幢`;
    const roles: MemberFields['roles'] = [];
    if (random() < 0.01) roles.push('执委');
    if (random() < 0.02) roles.push('妇女小组长');
    if (random() < 0.03) roles.push('妇女代表');
    if (random() < 0.05) roles.push('巾帼志愿者');
    const tags: string[] = [];
    if (random() < 0.03) tags.push('困难妇女');
    if (random() < 0.02) tags.push('单亲母亲');
    if (age >= 75 && random() < 0.2) tags.push('高龄独居');
    members.push({
      name: pick(SURNAMES.split('')) + given,
      idNumber,
      ethnicity: random() < 0.93 ? '01' : pick(['03', '08', '11', '15', '06']),
      education: educationFor(random, birth.year()),
      political: random() < 0.03 ? null : weighted(random, [['13', 78], ['01', 12], ['03', 8], ['02', 1], ['12', 1]]),
      marital: random() < 0.05 ? null : age < 25 ? weighted(random, [['10', 70], ['20', 30]]) : weighted(random, [['20', 80], ['30', 9], ['40', 6], ['10', 5]]),
      phone: random() < 0.1 ? '' : `1${pick(['38', '39', '58', '59', '86', '87', '35', '36'])}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`,
      householdAddress: `${pick(ROADS)}${1 + Math.floor(random() * 200)}号`,
      currentAddress: `${zoneName}${building}${1 + Math.floor(random() * 6)}单元${100 + Math.floor(random() * 1800)}室`,
      zoneId: null,
      zoneName,
      building,
      employment: age >= 55 ? '退休' : pick(['在职', '在职', '灵活就业', '个体经营', '失业', '无业']),
      workplace: '',
      joinedOn: ref.subtract(Math.floor(random() * 3650), 'day').format('YYYY-MM-DD'),
      roles,
      tags,
      note: '',
    });
  }
  return members;
}
