/** Header: 字号 标准 / 大 / 特大, one click, remembered for the signed-in operator. */
import { App, Segmented } from 'antd';
import { FONT_SIZES, type FontSize } from '../../core/font/sizes';
import { useFontSize } from './FontSizeProvider';

export function FontSizeToggle() {
  const { size, choose } = useFontSize();
  const { message } = App.useApp();
  return (
    <span className="font-size-toggle" data-testid="font-size-toggle">
      <span id="font-size-label">字号</span>
      <Segmented<FontSize>
        aria-labelledby="font-size-label"
        options={FONT_SIZES.map((value) => ({ value, label: value }))}
        value={size}
        onChange={(next) => choose(next).catch((err: unknown) => message.error(`字号未能保存：${err instanceof Error ? err.message : String(err)}`))}
      />
    </span>
  );
}
