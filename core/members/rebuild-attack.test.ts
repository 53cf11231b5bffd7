/**
 * Issue 10 item 4, as an attack: a 只读 and a 录入员 collect every output they
 * can get — members.list, members.get, the print data (rosterSheet), the .xlsx
 * export, the audit log, an import preview, a duplicate refusal — and try to
 * rebuild each member's full 身份证号 from what is shown together: the masked
 * number, 出生日期, 性别, and the 片区 (from which, generously, the attacker is
 * assumed to know the exact 6-digit 地址码). A number counts as rebuilt when at
 * most a handful (≤ 10) of valid numbers fit everything seen.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openAppLike } from '../audit/testing';
import { checkChar } from './idcard';
import { xlsxFile } from './import/test-files';

const N = 120;
const HANDFUL = 10;
/** Each 片区 lies in one district: its 地址码 is what an officer (or attacker) would guess. */
const ZONES = [
  { name: '东片区', area: '110105' },
  { name: '西片区', area: '110108' },
  { name: '南片区', area: '320102' },
  { name: '北片区', area: '440305' },
];

/** Deterministic pseudo-random numbers, so the figures are the same every run. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s ^ (s >>> 15), 2246822519) + 0x9e3779b9) >>> 0) / 2 ** 32);
}

function people() {
  const next = random(20261201);
  const used = new Set<string>();
  const list: { name: string; idNumber: string; zone: (typeof ZONES)[number]; phone: string }[] = [];
  while (list.length < N) {
    const zone = ZONES[Math.floor(next() * ZONES.length)]!;
    const year = 1940 + Math.floor(next() * 60);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const seq = Math.floor(next() * 500) * 2; // even 17th digit: female
    const first17 = `${zone.area}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${String(seq).padStart(3, '0')}`;
    const idNumber = first17 + checkChar(first17);
    if (used.has(idNumber)) continue;
    used.add(idNumber);
    const i = list.length;
    list.push({ name: `成员${String.fromCharCode(0x4e00 + i * 37)}${String.fromCharCode(0x4e00 + i * 53 + 11)}`, idNumber, zone, phone: `139${String(10_000_000 + i * 7919).slice(-8)}` });
  }
  return list;
}

/** What the attacker learns of one member: characters seen at each position, birth date, sex, zone. */
interface Seen {
  known: Map<number, string>;
  birthDate?: string;
  sex?: string;
  zone?: string;
}

/** A masked or full number as shown: every non-* character is a revealed position. */
function learn(seen: Seen, shown: unknown) {
  if (typeof shown !== 'string' || shown.length !== 18) return;
  [...shown].forEach((c, i) => c !== '*' && seen.known.set(i, c));
}

/** How many valid 18-digit numbers fit everything seen (the attacker's candidate list). */
function candidates(seen: Seen): number {
  const area = ZONES.find((z) => z.name === seen.zone)?.area;
  const fixed = new Map(seen.known);
  if (area) [...area].forEach((c, i) => fixed.set(i, c));
  if (seen.birthDate) [...seen.birthDate.replace(/-/g, '')].forEach((c, i) => fixed.set(6 + i, c));
  let count = 0;
  const prefix = Array.from({ length: 14 }, (_, i) => fixed.get(i));
  const openPrefix = prefix.filter((c) => c === undefined).length;
  if (openPrefix > 4) return Infinity; // far beyond a handful: no need to count
  const walk = (pos: number, acc: string) => {
    if (count > 1e6) return;
    if (pos === 17) {
      const check = checkChar(acc);
      const seenCheck = fixed.get(17);
      if (seenCheck === undefined || seenCheck === check) count++;
      return;
    }
    const given = fixed.get(pos);
    for (const d of given !== undefined ? [given] : '0123456789') {
      if (pos === 16 && seen.sex && (Number(d) % 2 === 1 ? '男' : '女') !== seen.sex) continue;
      walk(pos + 1, acc + d);
    }
  };
  walk(0, '');
  return count;
}

async function sheetRows(base64: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  let header: string[] = [];
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
    if (values.includes('身份证号')) header = values;
    else if (header.length) rows.push(Object.fromEntries(header.map((h, i) => [h, values[i]])));
  });
  return rows;
}

describe('无法从非管理员能看到的内容还原完整身份证号（问题10第4项）', () => {
  it('只读和录入员从列表、详情、打印、导出、操作日志、导入预览都还原不出一个号码', { timeout: 120_000 }, async () => {
    const { ok, call } = await openAppLike();
    const members = people();
    await ok('operators.save', { name: '王主席', role: '管理员' });
    const zoneIds = new Map<string, number>();
    for (const z of ZONES) zoneIds.set(z.name, (await ok<{ id: number }>('members.saveZone', { name: z.name })).id);
    for (const m of members) {
      await ok('members.create', { name: m.name, idNumber: m.idNumber, phone: m.phone, zoneId: zoneIds.get(m.zone.name) });
    }
    const entry = await ok<{ id: number }>('operators.save', { name: '李录入', role: '录入员' });
    const reader = await ok<{ id: number }>('operators.save', { name: '赵只读', role: '只读' });
    const byName = new Map(members.map((m) => [m.name, m]));
    const everyFull = new RegExp(members.map((m) => m.idNumber).join('|'));

    const figures: Record<string, { outputs: string[]; rebuilt: number; fewest: number; fullNumbersSeen: number }> = {};
    for (const [role, operatorId] of [['只读', reader.id], ['录入员', entry.id]] as const) {
      await ok('session.unlock', { operatorId });
      const seen = new Map(members.map((m) => [m.name, { known: new Map(), zone: undefined, birthDate: undefined, sex: undefined } as Seen]));
      const outputs: string[] = [];
      const texts: string[] = [];
      const take = (name: unknown, facts: { id?: unknown; birthDate?: unknown; sex?: unknown; zone?: unknown }) => {
        const s = seen.get(String(name));
        if (!s) return;
        learn(s, facts.id);
        if (typeof facts.birthDate === 'string' && facts.birthDate) s.birthDate = facts.birthDate;
        if (typeof facts.sex === 'string' && facts.sex) s.sex = facts.sex;
        if (typeof facts.zone === 'string' && facts.zone) s.zone = facts.zone;
      };
      const attempt = async (method: string, input?: unknown) => {
        const answer = await call(method, input);
        texts.push(JSON.stringify(answer));
        if (answer.ok) outputs.push(method);
        return answer.ok ? (answer.value as Record<string, unknown>) : null;
      };

      const list = await attempt('members.list', { limit: 1000, filters: { status: '全部' } });
      type ListRow = { id: number; name: string; idNumberMasked: string; birthDate: string; sex: string; zoneName: string };
      for (const r of (list?.rows ?? []) as ListRow[]) {
        take(r.name, { id: r.idNumberMasked, birthDate: r.birthDate, sex: r.sex, zone: r.zoneName });
        const detail = await attempt('members.get', { id: r.id });
        if (detail) take(detail.name, { id: detail.idNumberMasked, birthDate: detail.birthDate, sex: detail.sex, zone: (detail.zone as { name?: string } | null)?.name });
        // The sort by ID: whatever order it gives must not tell hidden digits either (checked below via the masks only).
      }
      const sheet = await attempt('members.rosterSheet', { filters: { status: '全部' }, sort: { field: 'idTail', order: 'asc' } });
      for (const r of (sheet?.rows ?? []) as { name: string; idNumber: string; birthDate: string; sex: string; zoneName: string }[]) {
        take(r.name, { id: r.idNumber, birthDate: r.birthDate, sex: r.sex, zone: r.zoneName });
      }
      const exported = await attempt('members.exportRoster', { filters: { status: '全部' } });
      if (exported) {
        for (const r of await sheetRows(String(exported.base64))) {
          texts.push(JSON.stringify(r));
          take(r['姓名'], { id: r['身份证号'], birthDate: r['出生日期'], sex: r['性别'], zone: r['片区'] });
        }
      }
      const fullExport = await attempt('members.exportRoster', { filters: { status: '全部' }, fullIdNumbers: true });
      expect(fullExport, `${role} 不能导出完整身份证号`).toBeNull();
      for (const r of ((await attempt('audit.list', { pageSize: 200 }))?.rows ?? []) as { label: string; after: Record<string, unknown> | null }[]) {
        take(r.label, { id: r.after?.['身份证号'] });
      }
      const reveal = await attempt('members.reveal', { id: (list?.rows as ListRow[] | undefined)?.[0]?.id ?? 1, field: 'idNumber' });
      expect(reveal, `${role} 不能查看完整身份证号`).toBeNull();
      // An import preview of a file that holds the members again: its sample and notes.
      const file = await xlsxFile({
        rows: [['姓名', '身份证号码', '所属网格'], ...members.slice(0, 30).map((m) => [`${m.name}乙`, m.idNumber, m.zone.name])],
        textColumns: [2],
      });
      const preview = await attempt('members.importPreview', { fileName: '花名册.xlsx', base64: file.toString('base64') });
      for (const r of (preview?.sample ?? []) as { name: string; idNumber: string; birthDate: string; zone: string }[]) {
        take(r.name.replace(/乙$/, ''), { id: r.idNumber, birthDate: r.birthDate, zone: r.zone });
      }
      // The refusal of a second registration names who holds the number.
      const twin = members[0]!;
      const refused = await call('members.create', { name: '重复登记', idNumber: twin.idNumber });
      texts.push(JSON.stringify(refused));
      if (!refused.ok) learn(seen.get(twin.name)!, /[0-9X*]{18}/.exec(refused.error.message)?.[0]);

      let rebuilt = 0;
      let fewest = Infinity;
      for (const [name, s] of seen) {
        const n = candidates(s);
        expect(n, `${name}: the true number must fit what was seen`).toBeGreaterThanOrEqual(1);
        if (n <= HANDFUL) rebuilt++;
        fewest = Math.min(fewest, n);
        expect(byName.has(name)).toBe(true);
      }
      const all = texts.join('\n');
      const fullNumbersSeen = members.filter((m) => all.includes(m.idNumber)).length;
      expect(all).not.toMatch(everyFull);
      figures[role] = { outputs: [...new Set(outputs)], rebuilt, fewest, fullNumbersSeen };
    }
    console.log(`rebuild attack over ${N} members:`, JSON.stringify(figures));
    for (const [role, f] of Object.entries(figures)) {
      expect(f.outputs, role).toEqual(expect.arrayContaining(['members.list', 'members.get', 'members.rosterSheet']));
      expect({ role, rebuilt: f.rebuilt, fullNumbersSeen: f.fullNumbersSeen }).toEqual({ role, rebuilt: 0, fullNumbersSeen: 0 });
      expect(f.fewest, role).toBeGreaterThan(HANDFUL);
    }
    expect(figures['录入员']!.outputs).toEqual(expect.arrayContaining(['members.exportRoster', 'members.importPreview']));
  });
});
