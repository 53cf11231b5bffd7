/** How a member reads in the audit log: her fields under their form labels, codes as names. */
import type { Kysely } from 'kysely';
import { linksOf, selectMemberRow } from '../../db/members/roster-queries';
import type { Database } from '../../db/schema';
import { codeName, EDUCATION, ETHNICITY, MARITAL_STATUS, POLITICAL_STATUS } from '../members/codes';

export async function memberSnapshot(db: Kysely<Database>, id: number): Promise<Record<string, unknown> | null> {
  const m = await selectMemberRow(db, id, { includeDeleted: true });
  if (!m) return null;
  const links = await linksOf(db, [id]);
  const roles = [...(links.roles.get(id) ?? [])].sort();
  const tags = [...(links.tags.get(id) ?? [])].sort();
  return {
    姓名: m.name,
    身份证号: m.id_number,
    民族: codeName(ETHNICITY, m.ethnicity),
    文化程度: codeName(EDUCATION, m.education),
    政治面貌: codeName(POLITICAL_STATUS, m.political),
    婚姻状况: codeName(MARITAL_STATUS, m.marital),
    联系电话: m.phone,
    户籍地址: m.household_address,
    现住址: m.current_address,
    片区: m.zone_name ?? '',
    楼栋: m.building,
    就业状况: m.employment,
    工作单位: m.workplace,
    入册日期: m.joined_on ?? '',
    身份: roles.join('、'),
    关爱标签: tags.join('、'),
    备注: m.note,
    状态: m.status,
    状态日期: m.status_date ?? '',
    状态原因: m.status_reason,
  };
}

/** Snapshots of many members at once (import updates), keyed by id. */
export async function memberSnapshots(db: Kysely<Database>, ids: readonly number[]) {
  const out = new Map<number, Record<string, unknown>>();
  for (const id of ids) {
    const snap = await memberSnapshot(db, id);
    if (snap) out.set(id, snap);
  }
  return out;
}
