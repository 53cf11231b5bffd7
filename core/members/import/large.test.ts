/**
 * An import large enough to take the bulk path (member indexes rebuilt after
 * the insert, rows converted while SQLite writes the ones before): every member
 * arrives whole, with its roles, tags and first status event, and the database
 * ends with the same indexes as a fresh one, each holding every row.
 */
import { sql, type Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../db/schema';
import { openTempDatabase } from '../../../db/test-helpers';
import { codeName, EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS } from '../codes';
import { demoMembers } from '../demo';
import type { Sheet } from './read-sheet';
import { importSheets } from './run';

const COUNT = 12_000;
const AS_OF = '2026-11-29';

const HEADER = ['姓名', '身份证号码', '民族', '文化程度', '政治面貌', '婚姻状况', '联系电话', '现住址', '网格', '入册日期', '身份', '关爱标签'];

function rosterSheet(members: ReturnType<typeof demoMembers>): Sheet {
  const rows = members.map((m, i) => ({
    number: i + 2,
    cells: [
      m.name, m.idNumber, codeName(ETHNICITY, m.ethnicity), codeName(EDUCATION, m.education), codeName(POLITICAL_STATUS, m.political),
      codeName(MARITAL_STATUS, m.marital), m.phone, m.currentAddress, m.zoneName, m.joinedOn, m.roles.join('、'), m.tags.join('、'),
    ],
  }));
  return { name: '花名册', rows: [{ number: 1, cells: HEADER }, ...rows] };
}

async function indexes(db: Kysely<Database>) {
  const { rows } = await sql<{ name: string; tbl_name: string; sql: string | null }>`
    select name, tbl_name, sql from sqlite_master where type = 'index' order by name`.execute(db);
  return rows;
}

describe('importing more than 10,000 members into an empty roster', () => {
  it('writes every member with roles, tags and status event, and leaves every index as a fresh database has it', async () => {
    const { ctx, db } = await openTempDatabase();
    const fresh = await openTempDatabase('fresh.sqlite');
    const members = demoMembers(COUNT, 7, AS_OF);

    const summary = await importSheets(ctx, [rosterSheet(members)]);

    expect(summary).toMatchObject({ rows: COUNT, imported: COUNT, errorRows: 0, errors: [] });
    const written = await db
      .selectFrom('member')
      .leftJoin('zone', 'zone.id', 'member.zone_id')
      .select(['member.id', 'member.name', 'member.id_number', 'member.joined_on', 'member.status', 'zone.name as zone'])
      .orderBy('member.id')
      .execute();
    expect(written.map((m) => [m.name, m.id_number, m.joined_on, m.status, m.zone])).toEqual(
      members.map((m) => [m.name, m.idNumber, m.joinedOn, '在册', m.zoneName]),
    );

    const idOf = new Map(written.map((m) => [m.id_number, m.id]));
    const roles = await db.selectFrom('member_role').select(['member_id', 'role']).orderBy('member_id').orderBy('role').execute();
    const wantedRoles = members.flatMap((m) => m.roles.map((role) => ({ member_id: idOf.get(m.idNumber)!, role })));
    expect(roles).toEqual(wantedRoles.sort((a, b) => a.member_id - b.member_id || a.role.localeCompare(b.role)));
    const tagCount = await db.selectFrom('member_tag').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(tagCount.n)).toBe(members.reduce((n, m) => n + m.tags.length, 0));
    const events = await db.selectFrom('member_status_event').select(['member_id', 'status', 'date', 'reason']).orderBy('member_id').execute();
    expect(events).toEqual(written.map((m) => ({ member_id: m.id, status: '在册', date: m.joined_on, reason: '入册' })));

    expect(await indexes(db)).toEqual(await indexes(fresh.db));
    const check = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
    expect(check.rows.map((r) => r.integrity_check)).toEqual(['ok']);
  });
});
