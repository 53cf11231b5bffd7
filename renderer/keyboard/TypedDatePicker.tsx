/**
 * A DatePicker for keyboard entry: a date may be typed the ways officers write it
 * (2020-03-08, 2020.3.8, 2020/3/8, 20200308, 2020年3月8日), shown as YYYY-MM-DD.
 * Text that is no date is not silently put back to the old value: she is told.
 */
import { App, DatePicker, type DatePickerProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { tabMovesOn } from './next-field';

dayjs.extend(customParseFormat);

export const DATE_INPUT_FORMATS = ['YYYY-MM-DD', 'YYYY.M.D', 'YYYY/M/D', 'YYYYMMDD', 'YYYY年M月D日', 'YYYY-M-D'];

const isDate = (text: string) => DATE_INPUT_FORMATS.some((f) => dayjs(text, f, true).isValid());

type Props = Omit<DatePickerProps, 'onChange' | 'multiple' | 'value' | 'defaultValue'> & {
  value?: Dayjs | null;
  fieldLabel: string;
  onChange?(date: Dayjs | null): void;
};

export function TypedDatePicker({ fieldLabel, onBlur, onKeyDown, onChange, ...props }: Props) {
  const { message } = App.useApp();
  return (
    <DatePicker
      format={DATE_INPUT_FORMATS}
      {...props}
      onChange={(date: Dayjs | null) => onChange?.(date)}
      onKeyDown={(event, preventDefault) => {
        onKeyDown?.(event, preventDefault);
        tabMovesOn(event);
      }}
      onBlur={(event, info) => {
        const text = (event.target as HTMLInputElement).value.trim();
        if (text && !isDate(text)) message.warning(`${fieldLabel}：“${text}”不是日期，没有填入。请按 2020-03-08 这样输入。`, 6);
        onBlur?.(event, info);
      }}
    />
  );
}
