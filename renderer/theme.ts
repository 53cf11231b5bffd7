import type { ThemeConfig } from 'antd';
import type { FontSize } from '../core/font/sizes';

/** The system's "reduce motion" setting (Windows: 设置 → 辅助功能 → 视觉效果 → 动画效果) turns antd's animations off. */
const reduceMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

/**
 * antd's seed tokens per 字号 (renderer/font): every size, heading and control height
 * antd derives follows from these two, in every page, dialog, table and drawer.
 * 标准 is already slightly larger than antd's default: many officers are 45+.
 */
export const FONT_TOKENS: Record<FontSize, { fontSize: number; controlHeight: number }> = {
  标准: { fontSize: 15, controlHeight: 32 },
  大: { fontSize: 16, controlHeight: 36 },
  特大: { fontSize: 18, controlHeight: 40 },
};

export function themeFor(size: FontSize): ThemeConfig {
  return {
    token: {
      motion: !reduceMotion,
      ...FONT_TOKENS[size],
      colorPrimary: '#c2185b',
      fontFamily:
        '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif',
    },
  };
}
