/** Kysely's view of the database: one interface per table, added to by each module's migration. */
import type { Generated } from 'kysely';

export interface SchemaMigrationTable {
  version: number;
  name: string;
  applied_at: string;
}

/** 基本信息: a single row (id = 1). */
export interface BranchInfoTable {
  id: Generated<number>;
  name: string;
  street: string;
  fonds_code: string;
  contact: string;
  phone: string;
  updated_at: string;
}

export interface ZoneTable {
  id: Generated<number>;
  name: string;
  sort_order: Generated<number>;
  created_at: string;
}

export type MemberStatus = '在册' | '迁出' | '去世' | '其他';

/** 妇女花名册. Codes (民族, 文化程度 …) per DESIGN §4.2; null means 未填. */
export interface MemberTable {
  id: Generated<number>;
  name: string;
  id_number: string;
  birth_date: string;
  sex: '女' | '男';
  ethnicity: string | null;
  education: string | null;
  political: string | null;
  marital: string | null;
  phone: string;
  household_address: string;
  current_address: string;
  zone_id: number | null;
  building: string;
  employment: string;
  workplace: string;
  joined_on: string | null;
  status: MemberStatus;
  status_date: string | null;
  status_reason: string;
  note: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface MemberRoleTable {
  member_id: number;
  role: string;
}

export interface MemberTagTable {
  member_id: number;
  tag: string;
}

export interface MemberStatusEventTable {
  id: Generated<number>;
  member_id: number;
  status: MemberStatus;
  date: string;
  reason: string;
  created_at: string;
}

export interface Database {
  schema_migration: SchemaMigrationTable;
  branch_info: BranchInfoTable;
  zone: ZoneTable;
  member: MemberTable;
  member_role: MemberRoleTable;
  member_tag: MemberTagTable;
  member_status_event: MemberStatusEventTable;
}
