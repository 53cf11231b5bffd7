/**
 * Picks 妇女代表 (在册 members with that role) for 提出人, 附议 and the list's filter:
 * the list follows what is typed (name, pinyin or initials, as the meetings' person
 * picker does, through the same query); only representatives are offered, as the core requires.
 */
import { Select } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { REPRESENTATIVE_ROLE } from '../../core/deliberation/codes';
import { api } from '../api';

type Option = { memberId: number; name: string };

interface Common {
  'aria-label': string;
  id?: string;
  placeholder?: string;
  style?: React.CSSProperties;
  /** Names already known (a saved 议题's people), so they show before any search. */
  known?: Option[];
}
type Single = Common & { mode?: undefined; value?: number; onChange?(id: number | undefined): void };
type Multiple = Common & { mode: 'multiple'; value?: number[]; onChange?(ids: number[]): void };

export function RepresentativeSelect(props: Single | Multiple) {
  const { known = [], mode, value, onChange, ...rest } = props;
  const [found, setFound] = useState<Option[]>([]);
  const asked = useRef(0);
  const search = (query: string) => {
    const ticket = ++asked.current;
    // The roster search the meetings' person picker uses (name, pinyin, initials), kept to 妇女代表.
    api.meetings.memberOptions({ query: query.trim() }).then(
      (rows) => ticket === asked.current && setFound(rows.filter((r) => r.roles.split('、').includes(REPRESENTATIVE_ROLE))),
      () => undefined,
    );
  };
  useEffect(() => search(''), []);
  const byId = new Map([...known, ...found].map((o) => [o.memberId, o.name]));
  return (
    <Select
      {...rest}
      mode={mode}
      allowClear
      showSearch
      filterOption={false}
      onSearch={search}
      value={value as never}
      onChange={(v: unknown) => (onChange as (v: unknown) => void)?.(v ?? (mode ? [] : undefined))}
      notFoundContent="花名册中没有这样的妇女代表"
      options={[...byId].map(([memberId, name]) => ({ value: memberId, label: name }))}
    />
  );
}
