/**
 * A Select for keyboard entry that never drops what was typed. Type to filter (by
 * label), ↓/Enter to choose as usual. Tab chooses the highlighted option AND moves on
 * to the next field (antd's open list keeps the focus on Tab, so the next thing typed
 * landed in the same field). Leaving the field with text typed but nothing
 * chosen picks the one option that text names (exactly, or as the only label
 * containing it). Text that names no option, or several, is not silently thrown away:
 * the officer is told which field and what to do. `tags` mode keeps typed text as a
 * new tag by itself (antd), so it is left alone.
 */
import { App, Select, type SelectProps } from 'antd';
import { useRef } from 'react';
import { tabMovesOn } from './next-field';

type Option = { value: string | number; label: string };

/** The option `text` names: an exact label, else the only label containing it. */
export function optionNamed(options: readonly Option[], text: string): Option | 'none' | 'several' {
  const exact = options.find((o) => o.label === text);
  if (exact) return exact;
  const containing = options.filter((o) => o.label.includes(text));
  if (containing.length === 1) return containing[0]!;
  return containing.length ? 'several' : 'none';
}

export interface TypedSelectProps extends Omit<SelectProps, 'options'> {
  options: Option[];
  /** The field's name for the message, e.g. 民族. */
  fieldLabel: string;
}

export function TypedSelect({ options, fieldLabel, onSearch, onSelect, onBlur, onKeyDown, ...props }: TypedSelectProps) {
  const { message } = App.useApp();
  const typed = useRef('');
  const multiple = props.mode === 'multiple';
  const values = (multiple ? ((props.value as Option['value'][] | undefined) ?? []) : [props.value]) as Option['value'][];

  const commit = () => {
    const text = typed.current.trim();
    typed.current = '';
    if (!text || props.mode === 'tags') return;
    const named = optionNamed(options, text);
    if (named === 'none') return void message.warning(`${fieldLabel}：没有“${text}”这一项，没有填入。请从列表中选择。`, 6);
    if (named === 'several') return void message.warning(`${fieldLabel}：有几项都含“${text}”，没有填入。请用 ↓ 选定一项后按回车。`, 6);
    if (values.includes(named.value)) return;
    const next = multiple ? [...values, named.value] : named.value;
    props.onChange?.(next, multiple ? options.filter((o) => (next as Option['value'][]).includes(o.value)) : named);
  };

  return (
    <Select
      {...props}
      options={options}
      showSearch={{
        optionFilterProp: 'label',
        onSearch: (text) => {
          typed.current = text;
          onSearch?.(text);
        },
      }}
      onSelect={(...args) => {
        typed.current = '';
        onSelect?.(...args);
      }}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        tabMovesOn(event);
      }}
      onBlur={(event) => {
        commit();
        onBlur?.(event);
      }}
    />
  );
}
