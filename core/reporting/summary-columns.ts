/** The key figures of the 分社区汇总表, in column order (no Node imports: the renderer shows the same columns). */
import type { KeyFigures } from './format';

export const SUMMARY_COLUMNS: { key: Exclude<keyof KeyFigures, 'total'>; label: string }[] = [
  { key: 'age45plus', label: '45周岁及以上' },
  { key: 'collegePlus', label: '大专及以上' },
  { key: 'juniorOrBelow', label: '初中及以下' },
  { key: 'party', label: '党员' },
  { key: 'minority', label: '少数民族' },
];
