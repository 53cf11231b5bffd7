import type { ThemeConfig } from 'antd';

/** The system's "reduce motion" setting (Windows: 设置 → 辅助功能 → 视觉效果 → 动画效果) turns antd's animations off. */
const reduceMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/** Slightly larger type than antd's default: many officers are 45+. */
export const theme: ThemeConfig = {
  token: {
    motion: !reduceMotion,
    fontSize: 15,
    colorPrimary: '#c2185b',
    fontFamily:
      '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif',
  },
};
