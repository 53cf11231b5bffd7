/**
 * The roster fields a spreadsheet column can fill, and the header words officers
 * use for each. Plain TypeScript (no Node imports): the import page shows the
 * same list in its "核对列" step.
 */

export const IMPORT_FIELDS = {
  name: { label: '姓名', aliases: ['姓名', '名字', '妇女姓名', '成员姓名'] },
  idNumber: {
    label: '身份证号',
    aliases: ['身份证号', '身份证号码', '公民身份号码', '公民身份证号码', '证件号码', '身份证', '身份证件号码'],
  },
  ethnicity: { label: '民族', aliases: ['民族'] },
  education: { label: '文化程度', aliases: ['文化程度', '学历', '最高学历'] },
  political: { label: '政治面貌', aliases: ['政治面貌'] },
  marital: { label: '婚姻状况', aliases: ['婚姻状况', '婚姻状态', '婚否'] },
  phone: { label: '联系电话', aliases: ['手机', '手机号', '手机号码', '联系电话', '电话', '联系方式', '电话号码'] },
  householdAddress: { label: '户籍地址', aliases: ['户籍地址', '户籍地', '户籍所在地', '户口所在地'] },
  currentAddress: { label: '现住址', aliases: ['现住址', '居住地址', '家庭住址', '现居住地址', '住址', '现居地'] },
  zone: { label: '片区/网格', aliases: ['片区', '网格', '所属网格', '所属片区', '片区/网格', '小区'] },
  building: { label: '楼栋', aliases: ['楼栋', '楼号', '楼栋号', '门牌号'] },
  employment: { label: '就业状况', aliases: ['就业状况', '就业情况', '就业状态'] },
  workplace: { label: '工作单位', aliases: ['工作单位', '单位', '就业单位'] },
  joinedOn: { label: '入册日期', aliases: ['入册日期', '登记日期', '入册时间', '登记时间'] },
  roles: { label: '身份', aliases: ['身份', '职务', '妇联职务'] },
  tags: { label: '关爱标签', aliases: ['关爱标签', '困难类型', '帮扶类型', '标签'] },
  note: { label: '备注', aliases: ['备注', '说明'] },
  // Only checked against the 身份证号 (the ID wins); never stored.
  birthDate: { label: '出生日期（仅核对）', aliases: ['出生日期', '出生年月', '出生年月日', '生日'] },
  sex: { label: '性别（仅核对）', aliases: ['性别'] },
  age: { label: '年龄（仅核对）', aliases: ['年龄', '周岁'] },
  skip: { label: '不导入', aliases: ['序号', '编号', 'No.', 'NO', '序'] },
} as const;

export type ImportField = keyof typeof IMPORT_FIELDS;
export const IMPORT_FIELD_KEYS = Object.keys(IMPORT_FIELDS) as ImportField[];

/** 身份证号 *, 身 份 证 号, 身份证号（18位） → 身份证号. */
export function normalizeHeader(text: string): string {
  return text.normalize('NFKC').replace(/[\s*]+/g, '');
}

const ALIAS_TO_FIELD = new Map<string, ImportField>(
  IMPORT_FIELD_KEYS.flatMap((field) => IMPORT_FIELDS[field].aliases.map((a) => [normalizeHeader(a).toLowerCase(), field] as const)),
);

/** The field a header text names, if it is one of the known spellings. */
export function fieldForHeader(header: string): ImportField | undefined {
  const h = normalizeHeader(header).toLowerCase();
  if (!h) return undefined;
  return ALIAS_TO_FIELD.get(h) ?? ALIAS_TO_FIELD.get(h.replace(/\(.*\)$/, ''));
}

/** One column of the file and the field it fills (null: not imported). */
export interface ColumnMapping {
  /** 1-based column number (A = 1). */
  column: number;
  header: string;
  /** A multi-row header's texts top-down (基本信息/姓名), when there are several. */
  path?: string;
  field: ImportField | null;
}

/** The user's corrections: header text → field ('' or null: do not import). */
export type MappingOverride = Record<string, ImportField | '' | null>;

const REQUIRED_FIELDS: readonly ImportField[] = ['name', 'idNumber'];

/** The required fields no column fills (the user must map them before anything can be read). */
export const missingRequiredFields = (columns: readonly ColumnMapping[]): ImportField[] =>
  REQUIRED_FIELDS.filter((f) => !columns.some((c) => c.field === f));
