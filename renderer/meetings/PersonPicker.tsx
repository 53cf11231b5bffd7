/**
 * 主持人 / 记录人 / 责任人: a name typed or picked. The list follows what is typed:
 * this meeting's people whose name contains it first, then 在册 members found by name,
 * pinyin or initials (meetings.memberOptions: “苏桂” or “sgy” → 苏桂英). ↓ Enter or
 * Tab takes the highlighted name; any other name may be typed as it is.
 */
import { AutoComplete } from 'antd';
import { useRef, useState } from 'react';
import { api } from '../api';
import { tabMovesOn } from '../keyboard/next-field';

export interface Person {
  memberId: number | null;
  name: string;
}

interface Props {
  id?: string;
  'aria-label'?: string;
  value: string;
  /** This meeting's people (attendees), offered first. */
  people: Person[];
  placeholder?: string;
  style?: React.CSSProperties;
  disabled?: boolean;
  onChange(person: Person): void;
}

export function PersonPicker({ value, people, onChange, ...rest }: Props) {
  const [found, setFound] = useState<Person[]>([]);
  const [query, setQuery] = useState<string | null>(null);
  const asked = useRef(0);

  const search = (text: string) => {
    const q = text.trim();
    setQuery(q);
    const ticket = ++asked.current;
    if (!q) return setFound([]);
    api.meetings.memberOptions({ query: q }).then(
      (rows) => ticket === asked.current && setFound(rows.map((r) => ({ memberId: r.memberId, name: r.name }))),
      () => undefined, // the meeting's own people are still offered
    );
  };
  const q = query ?? '';
  const ours = people.filter((p) => p.name && (!q || p.name.includes(q)));
  const names = [...new Set([...ours, ...found].map((p) => p.name))];
  const personNamed = (name: string): Person => [...people, ...found].find((p) => p.name === name) ?? { memberId: null, name };

  return (
    <AutoComplete
      {...rest}
      value={value}
      options={names.map((name) => ({ value: name }))}
      onSearch={search}
      onFocus={() => setQuery('')}
      onChange={(name: string) => onChange(personNamed(name))}
      onKeyDown={tabMovesOn}
      // Typing highlights nothing, so a free name is kept as typed; ↓ goes to the first match.
      defaultActiveFirstOption={false}
    />
  );
}
