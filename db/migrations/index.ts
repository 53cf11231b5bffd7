/**
 * Every migration, in order. Statically imported so they survive bundling and asar.
 * Forward-only: never edit a migration that has shipped; add the next number
 * (numbers run 1, 2, 3 … without gaps: a test checks it, since a gap filled later
 * would be skipped on every file already past it).
 */
import type { Kysely } from 'kysely';
import * as m001 from './001_branch_info';
import * as m002 from './002_members';
import * as m003 from './003_roster_indexes';
import * as m004 from './004_meetings';
import * as m005 from './005_audit_operators_recycle';
import * as m006 from './006_roster_speed';
import * as m007 from './007_import_mappings';
import * as m008 from './008_attachments';
import * as m009 from './009_study';
import * as m010 from './010_reporting';
import * as m011 from './011_deliberation';
import * as m012 from './012_archive';
// 013–015 are taken by the other issue-15 branches (home, search, font); the lead renumbers at merge.
import * as m013 from './013_meeting_rhythm';
import * as m014 from './014_officers_setup';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<unknown>): Promise<void>;
}

export const migrations: readonly Migration[] = [
  { version: 1, name: 'branch_info', ...m001 },
  { version: 2, name: 'members', ...m002 },
  { version: 3, name: 'roster_indexes', ...m003 },
  { version: 4, name: 'meetings', ...m004 },
  { version: 5, name: 'audit_operators_recycle', ...m005 },
  { version: 6, name: 'roster_speed', ...m006 },
  { version: 7, name: 'import_mappings', ...m007 },
  { version: 8, name: 'attachments', ...m008 },
  { version: 9, name: 'study', ...m009 },
  { version: 10, name: 'reporting', ...m010 },
  { version: 11, name: 'deliberation', ...m011 },
  { version: 12, name: 'archive', ...m012 },
  { version: 13, name: 'meeting_rhythm', ...m013 },
  { version: 14, name: 'officers_setup', ...m014 },
];

export const LATEST_VERSION = migrations[migrations.length - 1]!.version;
