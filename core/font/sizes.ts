/** The app's type sizes for older officers (issue 15 item 5): the base font size of each, in px. */
export const FONT_SIZES = ['标准', '大', '特大'] as const;
export type FontSize = (typeof FONT_SIZES)[number];

export const DEFAULT_FONT_SIZE: FontSize = '标准';

export const isFontSize = (value: unknown): value is FontSize => FONT_SIZES.includes(value as FontSize);
