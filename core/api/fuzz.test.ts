/**
 * Hostile input to EVERY method of the API table (new methods are picked up by
 * iterating methodNames): arbitrary JSON and JS values, wrong types, huge
 * strings, deep nesting, prototype keys, NaN/Infinity, negative and huge ids,
 * and objects with the method's own field names holding such values.
 *
 * Each call must resolve to a typed envelope — never throw, never INTERNAL
 * (that would be a bug) — and must leave every table's rows unchanged when it
 * is refused, or when the method only reads.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { apiTable } from '../api';
import { createAppContext, DatabaseHolder } from '../backup/holder';
import { tableNames } from '../../db/backup';
import { openDatabase } from '../../db/open';
import type { ApiMethod } from './define';
import { dispatch, methodNames } from './dispatch';

const RUNS_PER_METHOD = 30;
const TYPED_CODES = new Set([
  'VALIDATION', 'NOT_FOUND', 'CONFLICT', 'LOCKED', 'FORBIDDEN', 'UNKNOWN_METHOD',
  'DB_TOO_NEW', 'DB_CORRUPT', 'DB_OPEN_FAILED', 'DB_NOT_OPEN',
]);
/**
 * Methods that only read, by their access label where modules give one, else by name.
 * Exports and prints are not among them: they are written to the audit log.
 */
const READ_NAME = /^(list|get|search|inspect|status|check|info|preview|count|find|stats|describe|load|suggest|choose|roster|template)/i;

function isReadOnly(name: string, method: ApiMethod): boolean {
  const access = (method as { access?: string }).access;
  return access ? access === 'read' : READ_NAME.test(name.split('.')[1]!);
}

/** Field names the method's schema knows (through optional/nullable/default wrappers), to aim values at real fields. */
function fieldNames(schema: z.ZodType, depth = 0): string[] {
  const def = (schema as unknown as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def || depth > 5) return [];
  if (def.shape && typeof def.shape === 'object') return Object.keys(def.shape);
  for (const inner of ['innerType', 'in', 'schema']) {
    if (def[inner]) return fieldNames(def[inner] as z.ZodType, depth + 1);
  }
  return [];
}

const nasty = fc.oneof(
  fc.constantFrom(NaN, Infinity, -Infinity, -0, -1, 0, 1, 2 ** 31, 2 ** 53 + 1, Number.MAX_VALUE, -1e308, 1.5),
  fc.constantFrom('', ' ', '\u0000', '\u202e', '１２３', '<script>x</script>', "'; drop table member; --", '%s%n', '__proto__', '2026-02-30', '9999-99-99'),
  fc.constantFrom(null, undefined, true, false, [], {}),
  fc.constant('长'.repeat(200_000)),
  fc.constant(Array.from({ length: 5000 }, (_, i) => i)),
  fc.string({ maxLength: 40 }),
  fc.integer(),
  fc.double(),
  fc.date({ noInvalidDate: false }),
  fc.bigInt().map((b) => b), // not JSON, but IPC's structured clone carries it
);

const prototypeKeys = fc.constantFrom(
  () => JSON.parse('{"__proto__": {"polluted": "yes"}, "id": 1}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}'),
  () => ({ toString: 'x', valueOf: 'y', hasOwnProperty: 1 }),
).map((make) => make());

/** Arrays nested a few thousand deep: stack-hungry for recursive validators. */
const deep = fc.integer({ min: 1000, max: 5000 }).map((depth) => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  // fast-check would print a failing counterexample recursively and overflow the stack itself.
  Object.defineProperty(value, fc.toStringMethod, { value: () => `<nested ${depth} deep>` });
  return value;
});

function payloadFor(fields: string[]): fc.Arbitrary<unknown> {
  const anyValue = fc.oneof(nasty, fc.jsonValue({ maxDepth: 4 }), fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true }));
  const aimed = fields.length
    ? fc.dictionary(fc.constantFrom(...fields, '__proto__', 'constructor', 'extra'), fc.oneof(anyValue, deep, prototypeKeys), { maxKeys: fields.length + 2 })
    : fc.constant(undefined);
  return fc.oneof({ weight: 3, arbitrary: aimed }, anyValue, deep, prototypeKeys);
}

/**
 * Generated strings never name a place outside the test's folder: leading
 * slashes and `..` are taken out, and the process works in a temp folder, so a
 * "path" such as a backup target lands there (this test runs as root here).
 */
function confine(payload: unknown): unknown {
  const tame = (text: string) => text.replace(/^[\\/]+|^[A-Za-z]:/g, '').replace(/\.\./g, '__');
  if (typeof payload === 'string') return tame(payload);
  // Iterative: the payload may be nested thousands deep.
  const pending: unknown[] = [payload];
  const seen = new Set<unknown>();
  while (pending.length) {
    const value = pending.pop();
    if (!value || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    for (const key of Reflect.ownKeys(value)) {
      const desc = Object.getOwnPropertyDescriptor(value, key);
      if (!desc || !('value' in desc)) continue;
      if (typeof desc.value === 'string' && desc.writable) (value as Record<PropertyKey, unknown>)[key] = tame(desc.value);
      else pending.push(desc.value);
    }
  }
  return payload;
}

let holder: DatabaseHolder;
let previousCwd: string | undefined;
let dir: string;
const NOW = new Date('2026-11-29T08:00:00+08:00');

async function digest(): Promise<string> {
  const raw = holder.current.raw;
  const hash = createHash('sha256');
  for (const table of await tableNames(raw)) {
    const rows = await new Promise<unknown[]>((ok, no) =>
      raw.all(`select * from "${table}" order by rowid`, (err, r) => (err ? no(err) : ok(r))),
    ).catch(() => new Promise<unknown[]>((ok, no) => raw.all(`select * from "${table}"`, (err, r) => (err ? no(err) : ok(r)))));
    hash.update(table).update(JSON.stringify(rows, (_k, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  return hash.digest('hex');
}

describe('恶意输入：每个接口方法', () => {
  const ctx = () => createAppContext(holder, () => NOW);

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fulian-fuzz-'));
    previousCwd = process.cwd();
    process.chdir(dir);
    holder = new DatabaseHolder(await openDatabase(join(dir, 'fulian.sqlite')));
    const seed = async (method: string, input: unknown) => {
      const answer = await dispatch(apiTable, ctx(), method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
    };
    await seed('settings.saveBranchInfo', { name: '幸福里社区妇联', street: '幸福里街道', fondsCode: '', contact: '', phone: '' });
    await seed('members.saveZone', { name: '一片区' });
    await seed('members.create', { name: '张海丽', idNumber: '11010519491231002x', phone: '13812345678', roles: ['执委'], tags: ['困难妇女'] });
  });

  afterAll(async () => {
    if (previousCwd) process.chdir(previousCwd);
    await holder?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const name of methodNames(apiTable)) {
    const [module, method] = name.split('.') as [keyof typeof apiTable, string];
    const target = (apiTable[module] as Record<string, ApiMethod>)[method]!;

    it(`${name}：恶意参数得到带类型的错误，被拒绝时数据不变`, { timeout: 60_000 }, async () => {
      const readOnly = isReadOnly(name, target);
      await fc.assert(
        fc.asyncProperty(payloadFor(fieldNames(target.input)), async (payload) => {
          const input = confine(payload);
          const before = await digest();
          const logged: unknown[] = [];
          let answer;
          try {
            answer = await dispatch(apiTable, ctx(), name, input, (err) => logged.push(err));
          } catch (err) {
            throw new Error(`${name} threw instead of answering an envelope: ${String(err)}`, { cause: err });
          }
          expect(typeof answer.ok).toBe('boolean');
          if (!answer.ok) {
            expect(answer.error.code, `${name} answered INTERNAL: ${String(logged[0])}`).not.toBe('INTERNAL');
            expect(TYPED_CODES.has(answer.error.code)).toBe(true);
            expect(answer.error.message).toMatch(/[\u4e00-\u9fff]/);
          }
          if (!answer.ok || readOnly) expect(await digest(), `${name} changed the database (${answer.ok ? 'read-only method' : answer.error.code})`).toBe(before);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: RUNS_PER_METHOD, seed: Number(process.env.FUZZ_SEED ?? 20261129), endOnFailure: true },
      );
    });
  }
});

describe('数据文件没打开（启动页面状态）时的每个接口方法', () => {
  it('都回答带类型的错误或正常结果，不会 INTERNAL，也不会崩溃', async () => {
    const holder = new DatabaseHolder({
      emptyAt: join(tmpdir(), 'fulian-never-opened', 'fulian.sqlite'),
      problem: { kind: 'corrupt', title: '数据文件已损坏', message: '测试', path: 'x', technical: '' },
    });
    const ctx = createAppContext(holder, () => NOW);
    for (const name of methodNames(apiTable)) {
      for (const input of [undefined, {}, { id: 1 }, { path: 'nowhere.sqlite' }]) {
        const logged: unknown[] = [];
        const answer = await dispatch(apiTable, ctx, name, input, (err) => logged.push(err));
        if (!answer.ok) expect(answer.error.code, `${name}(${JSON.stringify(input)}): ${String(logged[0])}`).not.toBe('INTERNAL');
      }
    }
  });
});

/**
 * Issue 10 item 6: ids that point nowhere and dates that do not exist, put one
 * at a time into a valid input of every method (or, for a method without an
 * example here — a new module's — into each of its fields). A dangling id is
 * NOT_FOUND (CONFLICT for a list that must match the stored one), an impossible
 * date VALIDATION; never INTERNAL, never a write.
 */
describe('不存在的编号和不存在的日期：每个接口方法', () => {
  const DANGLING = 987_654;
  const BAD_DATES = ['2026-02-30', '9999-99-99', '2026-13-45', '2025-02-29', '2026-04-31', '0000-00-00'];
  const ISO = /^\d{4}-\d{2}-\d{2}$/;
  /** Where an unknown id is a legitimate answer of "nothing": filters, and the one to leave out of a duplicate check. */
  const MAY_MATCH_NOTHING = /^(members\.(list|rosterSheet|exportRoster)\.filters\.zoneId|meetings\.list\.typeId|members\.checkDuplicates\.excludeId|meetings\.(create|update)\..*actions\.\d+\.id)$/;
  const ctx = () => createAppContext(holder, () => NOW);
  let examples: Record<string, unknown> = {};

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'fulian-refs-'));
    previousCwd = process.cwd();
    process.chdir(dir);
    holder = new DatabaseHolder(await openDatabase(join(dir, 'fulian.sqlite')));
    const ok = async <T>(method: string, input?: unknown): Promise<T> => {
      const answer = await dispatch(apiTable, ctx(), method, input);
      if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
      return answer.value as T;
    };
    const zoneId = (await ok<{ id: number }>('members.saveZone', { name: '一片区' })).id;
    const memberId = (await ok<{ id: number }>('members.create', { name: '张海丽', idNumber: '11010519491231002X', zoneId })).id;
    const typeId = (await ok<{ id: number }[]>('meetings.listTypes'))[0]!.id;
    const meeting = (memberId: number, actionId?: number) => ({
      typeId,
      title: '执委会议',
      date: '2026-11-20',
      startTime: '09:00',
      endTime: '10:00',
      place: '活动室',
      host: { memberId, name: '张海丽' },
      recorder: { memberId, name: '张海丽' },
      attendees: [{ memberId, name: '张海丽', attendance: '出席' }],
      topics: [{ title: '议题', notes: '', speeches: [{ speaker: '张海丽', content: '发言' }] }],
      resolutions: ['决议'],
      actions: [{ content: '落实', owner: '张海丽', dueDate: '2026-12-31', ...(actionId ? { id: actionId, carriedFromId: actionId } : {}) }],
    });
    const meetingId = (await ok<{ id: number }>('meetings.create', meeting(memberId))).id;
    const actionId = (await ok<{ actions: { id: number }[] }>('meetings.get', { id: meetingId })).actions[0]!.id;
    const operatorId = (await ok<{ id: number }>('operators.save', { name: '王主席', role: '管理员' })).id;
    const selection = { query: '', filters: { zoneId, status: '在册' }, asOf: '2026-11-29' };
    examples = {
      'audit.list': { from: '2026-11-01', to: '2026-11-29' },
      'audit.export': { from: '2026-11-01', to: '2026-11-29' },
      'meetings.saveType': { id: typeId, name: '执委会议', defaultRoles: [], defaultTopics: [] },
      'meetings.deleteType': { id: typeId },
      'meetings.template': { typeId, date: '2026-11-29' },
      'meetings.list': { typeId, year: 2026 },
      'meetings.get': { id: meetingId },
      'meetings.create': meeting(memberId, actionId),
      'meetings.update': { id: meetingId, meeting: meeting(memberId, actionId) },
      'meetings.remove': { id: meetingId },
      'meetings.finalize': { id: meetingId },
      'meetings.addCorrection': { id: meetingId, what: '更正', why: '笔误', by: '张海丽', on: '2026-11-29' },
      'meetings.setActionStatus': { actionId, status: '已完成' },
      'meetings.exportDocx': { id: meetingId },
      'members.create': { name: '李红', idNumber: '110105197503080028', zoneId, joinedOn: '2020-01-01' },
      'members.update': { id: memberId, member: { name: '张海丽', zoneId, joinedOn: '2020-01-01' } },
      'members.changeStatus': { id: memberId, status: '迁出', date: '2026-11-01', reason: '搬家' },
      'members.delete': { id: memberId },
      'members.list': selection,
      'members.get': { id: memberId },
      'members.reveal': { id: memberId, field: 'phone' },
      'members.checkDuplicates': { name: '张海丽', idNumber: '11010519491231002X', excludeId: memberId },
      'members.rosterSheet': selection,
      'members.exportRoster': selection,
      'members.saveZone': { id: zoneId, name: '一片区' },
      'members.deleteZone': { id: zoneId },
      'members.reorderZones': { ids: [zoneId] },
      'members.stats': { asOf: '2026-11-29' },
      'members.exportStats': { asOf: '2026-11-29' },
      'operators.save': { id: operatorId, name: '王主席', role: '管理员' },
      'operators.setPassword': { id: operatorId, password: null },
      'operators.remove': { id: operatorId },
      'recycle.restore': { type: 'member', id: memberId },
      'recycle.purge': { type: 'member', id: memberId },
      'session.unlock': { operatorId },
    };
  });

  afterAll(async () => {
    if (previousCwd) process.chdir(previousCwd);
    await holder?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  type Mutation = { path: string; kind: 'id' | 'date'; input: unknown };

  /** Copies of `value`, each with exactly one id or date replaced. */
  function mutations(value: unknown, path: string[] = [], key = ''): { path: string[]; kind: 'id' | 'date'; value: unknown }[] {
    const out: { path: string[]; kind: 'id' | 'date'; value: unknown }[] = [];
    if (typeof value === 'number' && /(^|[a-z])(id|Id|ids)$/.test(key)) out.push({ path, kind: 'id', value: DANGLING });
    if (typeof value === 'string' && ISO.test(value)) for (const bad of BAD_DATES) out.push({ path, kind: 'date', value: bad });
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        for (const m of mutations(item, [...path, String(i)], key)) out.push({ ...m, value: value.map((v, j) => (j === i ? m.value : v)) as unknown, path: m.path });
      });
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        for (const m of mutations(v, [...path, k], k)) out.push({ ...m, value: { ...(value as object), [k]: m.value } });
      }
    }
    return out;
  }

  function casesFor(name: string, target: ApiMethod): Mutation[] {
    if (name in examples) {
      return mutations(examples[name]).map((m) => ({ path: m.path.join('.'), kind: m.kind, input: m.value }));
    }
    // No example: each field alone, as an id and as each date.
    return fieldNames(target.input).flatMap((field) => [
      { path: field, kind: 'id' as const, input: { [field]: DANGLING } },
      ...BAD_DATES.map((bad) => ({ path: field, kind: 'date' as const, input: { [field]: bad } })),
    ]);
  }

  for (const name of methodNames(apiTable)) {
    const [module, method] = name.split('.') as [keyof typeof apiTable, string];
    const target = (apiTable[module] as Record<string, ApiMethod>)[method]!;

    it(`${name}：不存在的编号得到 NOT_FOUND，不存在的日期得到 VALIDATION`, { timeout: 60_000 }, async () => {
      const exampled = name in examples;
      // The untouched example passes the schema: each refusal below is then the mutation's doing.
      if (exampled) expect(target.input.safeParse(examples[name]).error?.issues ?? [], `${name}: the example itself`).toEqual([]);
      for (const c of casesFor(name, target)) {
        const before = await digest();
        const logged: unknown[] = [];
        const answer = await dispatch(apiTable, ctx(), name, confine(c.input), (err) => logged.push(err));
        const where = `${name}.${c.path} = ${c.kind === 'id' ? DANGLING : JSON.stringify((c.input as Record<string, unknown>)[c.path] ?? '…')}`;
        if (!answer.ok) {
          expect(answer.error.code, `${where} answered INTERNAL: ${String(logged[0])}`).not.toBe('INTERNAL');
          expect(TYPED_CODES.has(answer.error.code), where).toBe(true);
          expect(answer.error.message, where).toMatch(/[\u4e00-\u9fff]/);
          expect(await digest(), `${where} changed the database while refused`).toBe(before);
        }
        if (!exampled) continue; // a lone field of a method without an example may miss required fields anyway
        if (c.kind === 'date') {
          expect(answer.ok ? 'accepted' : answer.error.code, `${where}: an impossible date must be refused`).toBe('VALIDATION');
        } else if (!MAY_MATCH_NOTHING.test(`${name}.${c.path}`)) {
          expect(answer.ok ? 'accepted' : answer.error.code, `${where}: a dangling id must be refused`).toMatch(/^(NOT_FOUND|CONFLICT)$/);
        }
      }
    });
  }

  it('会议的主持人、记录人、参会人员、会议类型不存在时，说出是哪一项', async () => {
    const input = examples['meetings.create'] as Record<string, unknown>;
    const refused = async (patch: Record<string, unknown>) => {
      const answer = await dispatch(apiTable, ctx(), 'meetings.create', { ...input, ...patch });
      expect(answer.ok).toBe(false);
      return !answer.ok ? answer.error : null;
    };
    expect(await refused({ host: { memberId: DANGLING, name: '某人' } })).toMatchObject({ code: 'NOT_FOUND', message: `主持人：找不到编号为 ${DANGLING} 的成员，可能已被删除，请重新选择` });
    expect(await refused({ recorder: { memberId: DANGLING, name: '某人' } })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^记录人：/) });
    expect(await refused({ attendees: [{ memberId: DANGLING, name: '王芳', attendance: '出席' }], topics: [] })).toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/^参会人员第1行（王芳）：找不到编号为 987654 的成员/),
    });
    expect(await refused({ typeId: DANGLING })).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^会议类型：/) });
    expect(await refused({ date: '2026-02-30' })).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('会议日期不是有效日期') });
    expect(await refused({ actions: [{ content: '落实', dueDate: '2026-13-45' }] })).toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('完成时限不是有效日期') });
  });
});
