/** Kysely's view of the database: one interface per table, added to by each module's migration. */
import type { Generated, GeneratedAlways } from 'kysely';
import type { DeliberationTables } from './deliberation/schema';

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
  /** Name, full pinyin and initials: what 1–2-character searches match (migration 006). */
  name_key: string;
  /** The single-valued statistics breakdowns packed in one integer, computed by SQLite (migration 006). */
  stats_code: GeneratedAlways<number>;
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

/** 更正 entries of any locked record (core/records), keyed by (record_type, record_id). */
export interface RecordCorrectionTable {
  id: Generated<number>;
  record_type: string;
  record_id: number;
  what: string;
  why: string;
  corrected_by: string;
  corrected_on: string;
  created_at: string;
}

/** 会议类型 and its template: default_roles / default_topics are JSON arrays of strings. */
export interface MeetingTypeTable {
  id: Generated<number>;
  name: string;
  default_roles: string;
  default_topics: string;
  sort_order: Generated<number>;
  created_at: string;
  /** 每月 / 每季度 / 每半年 / 每年 / 不定期 (migration 013). */
  rhythm: Generated<'每月' | '每季度' | '每半年' | '每年' | '不定期'>;
}

/** Text columns default to '' in the table (Generated = optional on insert). */
export interface MeetingTable {
  id: Generated<number>;
  type_id: number;
  title: string;
  session: Generated<string>;
  date: string;
  start_time: Generated<string>;
  end_time: Generated<string>;
  place: Generated<string>;
  host_member_id: number | null;
  host_name: Generated<string>;
  recorder_member_id: number | null;
  recorder_name: Generated<string>;
  status: Generated<'草稿' | '已定稿'>;
  finalized_at: string | null;
  search_text: Generated<string>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface MeetingAttendeeTable {
  id: Generated<number>;
  meeting_id: number;
  member_id: number | null;
  name: string;
  attendance: '出席' | '缺席' | '请假' | '列席';
  reason: string;
  sort_order: number;
}

/** speeches: JSON array of { speaker, content }. */
export interface MeetingTopicTable {
  id: Generated<number>;
  meeting_id: number;
  sort_order: number;
  title: string;
  notes: string;
  speeches: string;
}

export interface MeetingResolutionTable {
  id: Generated<number>;
  meeting_id: number;
  sort_order: number;
  content: string;
}

export interface MeetingActionTable {
  id: Generated<number>;
  meeting_id: number;
  sort_order: number;
  content: string;
  owner: string;
  due_date: string | null;
  status: '未开始' | '进行中' | '已完成';
  carried_from_id: number | null;
  status_changed_at: string | null;
}

export interface Database extends DeliberationTables {
  schema_migration: SchemaMigrationTable;
  branch_info: BranchInfoTable;
  zone: ZoneTable;
  member: MemberTable;
  member_role: MemberRoleTable;
  member_tag: MemberTagTable;
  member_status_event: MemberStatusEventTable;
  record_correction: RecordCorrectionTable;
  meeting_type: MeetingTypeTable;
  meeting: MeetingTable;
  meeting_attendee: MeetingAttendeeTable;
  meeting_topic: MeetingTopicTable;
  meeting_resolution: MeetingResolutionTable;
  meeting_action: MeetingActionTable;
  audit_log: AuditLogTable;
  operator: OperatorTable;
  app_setting: AppSettingTable;
  branch_officer: BranchOfficerTable;
  import_mapping: ImportMappingTable;
  study_hours_rule: StudyHoursRuleTable;
  study_plan_item: StudyPlanItemTable;
  study_material: StudyMaterialTable;
  study_session: StudySessionTable;
  study_session_material: StudySessionMaterialTable;
  study_attendee: StudyAttendeeTable;
  study_speech: StudySpeechTable;
  study_makeup: StudyMakeupTable;
  attachment: AttachmentTable;
  attachment_link: AttachmentLinkTable;
  report_identity: ReportIdentityTable;
  district_round: DistrictRoundTable;
  district_branch: DistrictBranchTable;
  district_package: DistrictPackageTable;
  archive_org: ArchiveOrgTable;
  archive_retention_default: ArchiveRetentionDefaultTable;
  archive_box: ArchiveBoxTable;
  archive_item: ArchiveItemTable;
}

/** 上报包, branch side: the code the 街道 assigned and the 街道 key for ID hashes (migration 011). */
export interface ReportIdentityTable {
  id: number;
  branch_code: string;
  district_key: string;
  updated_at: string;
}

/** 街道汇总: the 统计截止日期 of the round being collected (one row). */
export interface DistrictRoundTable {
  id: number;
  as_of: string;
  updated_at: string;
}

/** 街道汇总: an expected 社区 and the key fingerprint it registered. */
export interface DistrictBranchTable {
  code: string;
  name: string;
  fingerprint: string;
  sort_order: number;
  created_at: string;
}

/** 街道汇总: one received 上报包; replaced_by points at the newer package that replaced it. */
export interface DistrictPackageTable {
  id: Generated<number>;
  branch_code: string;
  as_of: string;
  file_name: string;
  sha256: string;
  generated_at: string;
  body_json: string;
  received_at: string;
  replaced_by: number | null;
}

/** A column mapping chosen in 导入花名册, for files whose sheet has this header (core/members/import/saved-mapping.ts). */
export interface ImportMappingTable {
  header_key: string;
  mapping_json: string;
  updated_at: string;
}

/** One audited event (core/audit). before_json/after_json hold masked values only. */
export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  operator_id: number | null;
  operator_name: string;
  action: string;
  entity_type: string;
  entity_id: number | null;
  label: string;
  before_json: string | null;
  after_json: string | null;
  detail: string;
}

export type OperatorRole = '管理员' | '录入员' | '只读';

/** 操作员 (core/operators); password_hash is scrypt with its own salt, null when no password is set. */
export interface OperatorTable {
  id: Generated<number>;
  name: string;
  role: OperatorRole;
  password_hash: string | null;
  created_at: string;
  updated_at: string;
}

/** 妇联主席 / 副主席 / 执委 as typed in the wizard or 设置 → 基本信息 (migration 014). */
export interface BranchOfficerTable {
  id: Generated<number>;
  name: string;
  role: '妇联主席' | '副主席' | '执委';
  member_id: number | null;
  sort_order: number;
  created_at: string;
}

/** App-wide settings as key → JSON text. */
export interface AppSettingTable {
  key: string;
  value: string;
}

/** 学习记录 (migration 010). Hours are half-hour units: hours_halves 3 = 1.5 学时. */
export interface StudyHoursRuleTable {
  id: Generated<number>;
  name: string;
  kind: 'fixed' | 'per_hour';
  hours_halves: number;
  sort_order: number;
}

export interface StudyPlanItemTable {
  id: Generated<number>;
  year: number;
  month: number;
  topic: string;
  form: string;
  speaker: string;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface StudyMaterialTable {
  id: Generated<number>;
  title: string;
  issuer: string;
  doc_number: string;
  published_on: string | null;
  kind: '文件' | '讲话' | '报告' | '其他';
  source: string;
  search_text: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface StudySessionTable {
  id: Generated<number>;
  date: string;
  start_time: string;
  end_time: string;
  form: string;
  title: string;
  content: string;
  host_member_id: number | null;
  host_name: string;
  speaker_member_id: number | null;
  speaker_name: string;
  place: string;
  recorder_member_id: number | null;
  recorder_name: string;
  hours_halves: number;
  hours_rule_id: number | null;
  summary: string;
  plan_item_id: number | null;
  status: Generated<'草稿' | '已定稿'>;
  finalized_at: string | null;
  search_text: string;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}

export interface StudySessionMaterialTable {
  session_id: number;
  material_id: number;
  sort_order: number;
}

export interface StudyAttendeeTable {
  id: Generated<number>;
  session_id: number;
  member_id: number | null;
  name: string;
  attendance: '出席' | '缺席' | '请假' | '列席';
  reason: string;
  /** A per-person override (partial attendance); null = the session's hours. */
  hours_halves: number | null;
  sort_order: number;
}

export interface StudySpeechTable {
  id: Generated<number>;
  session_id: number;
  sort_order: number;
  speaker: string;
  content: string;
}

/** 补学 of one 缺席/请假 attendee of a finalized session. */
export interface StudyMakeupTable {
  id: Generated<number>;
  attendee_id: number;
  date: string;
  method: string;
  reflection: string;
  hours_halves: number;
  created_at: string;
}
export type AttachmentKind = 'pdf' | 'doc' | 'docx' | 'jpg' | 'png';

/** One distinct file in `attachments/`, named by sha256 (core/attachments). */
export interface AttachmentTable {
  id: Generated<number>;
  sha256: string;
  size: number;
  kind: AttachmentKind;
  created_at: string;
}

/** A record's use of an attachment: owner_type is the record's kind ('meeting', 'study' …). */
export interface AttachmentLinkTable {
  id: Generated<number>;
  attachment_id: number;
  owner_type: string;
  owner_id: number;
  /** The name the officer's file had, shown and used when opening. */
  file_name: string;
  added_at: string;
  added_by: string;
}

/** 档案台账 (migration 012). */
export type Retention = 'Y' | 'D30' | 'D10';

/** 机构(问题) codes the branch uses: 3 capital letters or digits. */
export interface ArchiveOrgTable {
  code: string;
  name: string;
  sort_order: Generated<number>;
  created_at: string;
}

/** Default 保管期限 overrides by record kind (core/archive/retention.ts names the kinds). */
export interface ArchiveRetentionDefaultTable {
  kind: string;
  retention: Retention;
  updated_at: string;
}

/** 档案盒: one category (全宗号, 年度, 保管期限, 机构(问题)) and its 备考表. */
export interface ArchiveBoxTable {
  id: Generated<number>;
  fonds_code: string;
  year: number;
  retention: Retention;
  org_code: string | null;
  box_no: number;
  contents_note: Generated<string>;
  arranged_by: Generated<string>;
  arranged_on: string | null;
  checked_by: Generated<string>;
  checked_on: string | null;
  created_at: string;
  updated_at: string;
}

/** 件: the 档号 parts are frozen by a trigger; voided items keep their row. */
export interface ArchiveItemTable {
  id: Generated<number>;
  fonds_code: string;
  year: number;
  retention: Retention;
  org_code: string | null;
  piece_no: number;
  archival_code: string;
  doc_kind: string;
  responsible: Generated<string>;
  doc_number: Generated<string>;
  title: Generated<string>;
  self_titled: Generated<number>;
  date: string | null;
  secrecy: Generated<string>;
  pages: number | null;
  note: Generated<string>;
  source_type: string | null;
  source_id: number | null;
  snapshot_link_id: number | null;
  snapshot_at: string | null;
  snapshot_corrections: Generated<number>;
  box_id: number | null;
  voided_at: string | null;
  void_reason: Generated<string>;
  search_text: Generated<string>;
  filed_by: Generated<string>;
  created_at: string;
  updated_at: string;
}
