/** The 年度工作台账's parts and headings: plain data, shared by core and the print (no database here). */
/** The parts in print and sheet order; each starts on a new page and is one sheet of the .xlsx. */
export const YEARBOOK_PARTS = [
  { key: 'branch', title: '基本情况' },
  { key: 'members', title: '妇女基本情况统计' },
  { key: 'meetings', title: '会议记录' },
  { key: 'study', title: '学习记录' },
  { key: 'deliberation', title: '妇女议事会' },
  { key: 'archive', title: '档案归档' },
] as const;
export type YearbookPartKey = (typeof YEARBOOK_PARTS)[number]['key'];

export const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 一、基本情况 */
export const partHeading = (index: number) => `${NUMERALS[index]}、${YEARBOOK_PARTS[index]!.title}`;
export const yearbookTitle = (year: number) => `${year}年度工作台账`;
