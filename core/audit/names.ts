/** The audit log's vocabulary: actions and entity types as stored, with the names people read. */
export const AUDIT_ACTIONS = {
  create: '新增',
  update: '修改',
  delete: '删除',
  restore: '从回收站恢复',
  purge: '彻底删除',
  status: '状态变动',
  finalize: '定稿',
  correct: '更正',
  import: '导入',
  export: '导出',
  print: '打印',
  reveal: '查看完整信息',
  backup: '备份',
  restoreBackup: '恢复备份',
  signIn: '登录',
} as const;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

export const ENTITY_TYPES: Record<string, string> = {
  member: '成员',
  zone: '片区',
  branch_info: '基本信息',
  operator: '操作员',
  lock_settings: '锁定设置',
  data_file: '数据文件',
  meeting: '会议记录',
  meeting_type: '会议类型',
  meeting_action: '行动事项',
  audit_log: '操作日志',
  study: '学习记录',
  study_material: '学习材料',
  study_makeup: '补学',
  study_plan: '学习计划',
  study_hours_rule: '学时计算规则',
  statistics: '统计表',
  district_package: '上报包',
  district_branch: '应报社区',
  report_identity: '上报设置',
  deliberation: '议题',
  delib_unit: '承办单位',
  delib_settings: '妇女议事会设置',
  archive_item: '档案',
  archive_box: '档案盒',
  archive_settings: '档案设置',
  archive_package: '档案包',
  yearbook: '年度工作台账',
  // Printed documents: audit.recordPrint stores the print route's document name.
  'members-roster': '花名册',
  'members-stats': '基本情况统计表',
  'meeting-signin': '会议签到表',
  'study-session': '学习记录',
  'study-signin': '学习签到表',
  'study-person': '个人学习情况',
  'study-ledger': '学习台账',
};

export const actionName = (action: string) => (AUDIT_ACTIONS as Record<string, string>)[action] ?? action;
export const entityName = (type: string) => ENTITY_TYPES[type] ?? type;
