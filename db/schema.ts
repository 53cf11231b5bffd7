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

export interface Database {
  schema_migration: SchemaMigrationTable;
  branch_info: BranchInfoTable;
}
