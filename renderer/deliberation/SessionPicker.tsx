/**
 * 列入议事会: pick a 妇女议事会 session (a meeting of that type), or create one on
 * the spot (名称, 日期, 地点) — a 一事一议 may be called for one 议题 alone.
 * A form control: value = the meeting's id.
 */
import { Button, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { TypedDatePicker } from '../keyboard/TypedDatePicker';
import { errorText } from '../records/run';

type Session = Awaited<ReturnType<typeof api.deliberation.sessions>>[number];

export function SessionPicker({ value, onChange }: { value?: number; onChange?(id: number): void }) {
  const [sessions, setSessions] = useState<Session[]>([]);
  const [creating, setCreating] = useState(false);
  const [title, setTitle] = useState(`${dayjs().format('YYYY年M月')}妇女议事会`);
  const [date, setDate] = useState<Dayjs>(dayjs());
  const [place, setPlace] = useState('');
  const [error, setError] = useState<string>();
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    void api.deliberation.sessions({}).then(setSessions, (err: unknown) => setError(errorText(err)));
  }, [reloads]);

  const create = async () => {
    setError(undefined);
    try {
      const { id } = await api.deliberation.createSession({ title, date: date.format('YYYY-MM-DD'), place });
      setCreating(false);
      setReloads((n) => n + 1);
      onChange?.(id);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Select
        aria-label="议事会"
        value={value}
        onChange={(id: number) => onChange?.(id)}
        placeholder="选择一次妇女议事会"
        notFoundContent="还没有妇女议事会，请点“新建议事会”"
        options={sessions.map((s) => ({ value: s.id, label: `${s.date} ${s.title}（${s.itemCount} 项议题）` }))}
      />
      {creating ? (
        <Space wrap>
          <Input aria-label="议事会名称" value={title} onChange={(e) => setTitle(e.target.value)} style={{ width: 220 }} maxLength={100} />
          <TypedDatePicker fieldLabel="会议日期" aria-label="会议日期" value={date} allowClear={false} onChange={(d) => d && setDate(d)} />
          <Input aria-label="会议地点" placeholder="地点" value={place} onChange={(e) => setPlace(e.target.value)} style={{ width: 200 }} maxLength={100} />
          <Button type="primary" onClick={() => void create()}>
            建立
          </Button>
          <Button onClick={() => setCreating(false)}>取消</Button>
        </Space>
      ) : (
        <Button onClick={() => setCreating(true)}>新建议事会</Button>
      )}
      {error && <span role="alert" style={{ color: '#cf1322' }}>{error}</span>}
    </Space>
  );
}
