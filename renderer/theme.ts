import type { ThemeConfig } from 'antd';
import type { FontSize } from '../core/font/sizes';
import './theme.css';

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

/**
 * antd's default greys and status colours for secondary text, placeholders, links,
 * danger buttons and warnings fall below WCAG AA's 4.5:1 on white (axe-core, e2e/accessibility.spec.ts):
 * darker ones that pass, for eyes over 45 on an office monitor.
 */
const READABLE_COLORS = {
  colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
  colorTextDescription: 'rgba(0, 0, 0, 0.62)',
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  colorLink: '#0958d9',
  colorError: '#cf1322',
  colorWarning: '#874d00',
  colorWarningText: '#874d00',
};

export function themeFor(size: FontSize): ThemeConfig {
  return {
    token: {
      motion: !reduceMotion,
      ...FONT_TOKENS[size],
      colorPrimary: '#c2185b',
      ...READABLE_COLORS,
      fontFamily:
        '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif',
    },
  };
}
