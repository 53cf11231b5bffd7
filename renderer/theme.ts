import type { ThemeConfig } from 'antd';

/** Slightly larger type than antd's default: many officers are 45+. */
export const theme: ThemeConfig = {
  token: {
    fontSize: 15,
    colorPrimary: '#c2185b',
    fontFamily:
      '"Microsoft YaHei", "微软雅黑", "PingFang SC", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", sans-serif',
  },
};
