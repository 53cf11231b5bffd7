/**
 * Code tables of DESIGN §4.2. Members store the code; screens, exports and
 * prints show the name. `aliases` are the words officers actually type in
 * their Excel rosters, used by import.
 */
export interface CodeItem {
  code: string;
  name: string;
  aliases?: readonly string[];
}
export type CodeTable = readonly CodeItem[];

const ETHNIC_NAMES = [
  '汉族', '蒙古族', '回族', '藏族', '维吾尔族', '苗族', '彝族', '壮族', '布依族', '朝鲜族',
  '满族', '侗族', '瑶族', '白族', '土家族', '哈尼族', '哈萨克族', '傣族', '黎族', '傈僳族',
  '佤族', '畲族', '高山族', '拉祜族', '水族', '东乡族', '纳西族', '景颇族', '柯尔克孜族', '土族',
  '达斡尔族', '仫佬族', '羌族', '布朗族', '撒拉族', '毛南族', '仡佬族', '锡伯族', '阿昌族', '普米族',
  '塔吉克族', '怒族', '乌孜别克族', '俄罗斯族', '鄂温克族', '德昂族', '保安族', '裕固族', '京族', '塔塔尔族',
  '独龙族', '鄂伦春族', '赫哲族', '门巴族', '珞巴族', '基诺族',
];

/** 民族 GB/T 3304. "汉" alone is accepted for "汉族", and so on. */
export const ETHNICITY: CodeTable = [
  ...ETHNIC_NAMES.map((name, i) => ({
    code: String(i + 1).padStart(2, '0'),
    name,
    aliases: [name.replace(/族$/, '')],
  })),
  { code: '97', name: '其他' },
  { code: '98', name: '外国血统中国籍人士', aliases: ['外国血统'] },
];

/** 文化程度 GB/T 4658, major classes. */
export const EDUCATION: CodeTable = [
  { code: '10', name: '研究生', aliases: ['研究生教育', '硕士', '博士', '硕士研究生', '博士研究生', '研究生及以上'] },
  { code: '20', name: '大学本科', aliases: ['本科', '大本', '学士'] },
  { code: '30', name: '大学专科', aliases: ['大专', '专科', '高职'] },
  { code: '40', name: '中等职业教育', aliases: ['中专', '职高', '技校', '中技', '中职', '中专/职高/技校'] },
  { code: '60', name: '普通高中', aliases: ['高中'] },
  { code: '70', name: '初中', aliases: ['初级中学'] },
  { code: '80', name: '小学' },
  { code: '90', name: '其他', aliases: ['文盲', '半文盲', '文盲或半文盲', '未上学', '无'] },
];

/** 政治面貌 GB/T 4762. */
export const POLITICAL_STATUS: CodeTable = [
  { code: '01', name: '中共党员', aliases: ['党员', '中国共产党党员', '共产党员'] },
  { code: '02', name: '中共预备党员', aliases: ['预备党员'] },
  { code: '03', name: '共青团员', aliases: ['团员'] },
  { code: '04', name: '民革会员', aliases: ['民革'] },
  { code: '05', name: '民盟盟员', aliases: ['民盟'] },
  { code: '06', name: '民建会员', aliases: ['民建'] },
  { code: '07', name: '民进会员', aliases: ['民进'] },
  { code: '08', name: '农工党党员', aliases: ['农工党'] },
  { code: '09', name: '致公党党员', aliases: ['致公党'] },
  { code: '10', name: '九三学社社员', aliases: ['九三学社'] },
  { code: '11', name: '台盟盟员', aliases: ['台盟'] },
  { code: '12', name: '无党派人士', aliases: ['无党派'] },
  { code: '13', name: '群众', aliases: ['无'] },
];

/** 婚姻状况 GB/T 2261.2. */
export const MARITAL_STATUS: CodeTable = [
  { code: '10', name: '未婚' },
  { code: '20', name: '已婚', aliases: ['有配偶'] },
  { code: '21', name: '初婚' },
  { code: '22', name: '再婚' },
  { code: '23', name: '复婚' },
  { code: '30', name: '丧偶' },
  { code: '40', name: '离婚', aliases: ['离异'] },
  { code: '90', name: '未说明', aliases: ['不详'] },
];

/** Roles a member can hold (many at once). */
export const ROLES = ['妇联主席', '副主席', '执委', '妇女小组长', '妇女代表', '巾帼志愿者'] as const;
export type Role = (typeof ROLES)[number];

/** Care tags offered by default; officers may add their own. */
export const CARE_TAGS = ['困难妇女', '单亲母亲', '留守妇女', '残疾妇女', '失业妇女', '孕产期', '高龄独居'] as const;

export const MEMBER_STATUSES = ['在册', '迁出', '去世', '其他'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const EMPLOYMENT = ['在职', '灵活就业', '个体经营', '务农', '失业', '退休', '在校学生', '无业', '其他'] as const;

export function codeName(table: CodeTable, code: string | null | undefined): string {
  if (!code) return '';
  return table.find((item) => item.code === code)?.name ?? '';
}

/** The code for what a person typed: a code, a name or an alias; spaces ignored. */
export function findCode(table: CodeTable, text: string): string | undefined {
  const t = text.replace(/\s+/g, '');
  if (!t) return undefined;
  return table.find((item) => item.code === t || item.name === t || item.aliases?.includes(t))?.code;
}
