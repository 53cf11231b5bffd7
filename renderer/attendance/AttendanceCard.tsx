/**
 * The attendance card any record editor uses (会议记录, 学习记录 …): each person's
 * 出席 / 缺席 / 请假 / 列席 with the reason (请假 must give one), and 应到 / 实到 /
 * 出席率 as you go. The module passes its word for the people (`who`), how to find
 * members on the roster (`searchMembers`). Inside a <RecordReadOnly> (renderer/records)
 * of a finalized record it shows the list as it stands (or pass `readOnly`):
 *
 *   <AttendanceCard who="参会人员" attendees={draft.attendees} onChange={…}
 *     searchMembers={(query) => api.meetings.memberOptions({ query })} />
 */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { ATTENDANCE, attendanceFigures, isAway, type Attendance } from '../../core/attendance/attendance';
import { tabMovesOn } from '../keyboard/next-field';
import { useReadOnly } from '../records/read-only';

export interface AttendeeRow {
  memberId: number | null;
  name: string;
  attendance: Attendance;
  reason: string;
}

export interface MemberOption {
  memberId: number;
  name: string;
  /** e.g. '执委、妇女小组长'; shown after the name. */
  roles: string;
}

interface Props {
  /** 参会人员, 参加人员: the card's title and the word in its labels. */
  who: string;
  attendees: AttendeeRow[];
  onChange(next: AttendeeRow[]): void;
  searchMembers(query: string): Promise<MemberOption[]>;
  /** A finalized record: the list as it stands, nothing to change. */
  readOnly?: boolean;
}

export function AttendanceCard({ who, attendees, onChange, searchMembers, readOnly: readOnlyProp }: Props) {
  const readOnly = useReadOnly() || Boolean(readOnlyProp);
  const figures = attendanceFigures(attendees);
  const set = (i: number, patch: Partial<AttendeeRow>) => onChange(attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <Card
      title={who}
      extra={
        <Typography.Text strong data-testid="attendance-figures">
          应到 {figures.expected} 人，实到 {figures.present} 人，出席率 {figures.rate === null ? '—' : `${figures.rate}%`}
          <Typography.Text type="secondary">（列席 {figures.guests} 人不计入应到）</Typography.Text>
        </Typography.Text>
      }
    >
      <Table
        size="small"
        pagination={false}
        rowKey={(a) => (a.memberId ? `m${a.memberId}` : `n${a.name}`)}
        dataSource={attendees}
        locale={{ emptyText: readOnly ? `没有登记${who}` : `尚无${who}：可从花名册添加，或输入其他人员姓名` }}
        columns={[
          { title: '序号', width: 60, render: (_v, _a, i) => i + 1 },
          { title: '姓名', dataIndex: 'name', width: 160, render: (name: string, a) => (a.memberId ? name : `${name}（非花名册）`) },
          {
            title: '出席情况',
            width: 300,
            render: (_v, a, i) => (
              <Radio.Group
                aria-label={`${a.name}的出席情况`}
                optionType="button"
                disabled={readOnly}
                value={a.attendance}
                options={ATTENDANCE.map((v) => ({ value: v, label: v }))}
                onChange={(e) => set(i, { attendance: e.target.value as Attendance })}
              />
            ),
          },
          {
            title: '缺席/请假原因',
            render: (_v, a, i) =>
              !isAway(a) ? null : (
                <Input
                  disabled={readOnly}
                  aria-label={`${a.name}的原因`}
                  value={a.reason}
                  status={a.attendance === '请假' && !a.reason.trim() ? 'error' : undefined}
                  placeholder={a.attendance === '请假' ? '请假须填写原因' : '可填写缺席原因'}
                  onChange={(e) => set(i, { reason: e.target.value })}
                />
              ),
          },
          ...(readOnly
            ? []
            : [
                {
                  title: '',
                  width: 60,
                  render: (_v: unknown, a: AttendeeRow, i: number) => (
                    <Button aria-label={`移除${a.name}`} type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(attendees.filter((_x, j) => j !== i))} />
                  ),
                },
              ]),
        ]}
      />
      {!readOnly && <AddAttendee who={who} attendees={attendees} searchMembers={searchMembers} onAdd={(a) => onChange([...attendees, a])} />}
    </Card>
  );
}

function AddAttendee({ who, attendees, searchMembers, onAdd }: Pick<Props, 'who' | 'attendees' | 'searchMembers'> & { onAdd(a: AttendeeRow): void }) {
  const [options, setOptions] = useState<MemberOption[]>([]);
  const [other, setOther] = useState('');
  const taken = new Set(attendees.map((a) => a.memberId).filter(Boolean));
  // Only the answer to the latest query is shown: a slower earlier answer must not replace the list being clicked.
  const latest = useRef('');
  const search = async (query: string) => {
    latest.current = query;
    const found = await searchMembers(query);
    if (latest.current === query) setOptions(found);
  };

  return (
    <Space style={{ marginTop: 12 }} wrap>
      <Select
        aria-label="从花名册添加"
        showSearch={{ filterOption: false, onSearch: (q) => void search(q) }}
        placeholder="从花名册添加（输入姓名查找）"
        style={{ width: 280 }}
        value={null}
        onFocus={() => void search('')}
        onKeyDown={tabMovesOn}
        options={options.filter((o) => !taken.has(o.memberId)).map((o) => ({ value: o.memberId, label: o.roles ? `${o.name}（${o.roles}）` : o.name }))}
        onChange={(memberId: number) => {
          const m = options.find((o) => o.memberId === memberId);
          if (m) onAdd({ memberId: m.memberId, name: m.name, attendance: '出席', reason: '' });
        }}
      />
      <Input aria-label={`其他${who}姓名`} placeholder="其他人员（如社区书记）" style={{ width: 220 }} value={other} onChange={(e) => setOther(e.target.value)} />
      <Button
        disabled={!other.trim() || attendees.some((a) => a.name === other.trim())}
        onClick={() => {
          onAdd({ memberId: null, name: other.trim(), attendance: '列席', reason: '' });
          setOther('');
        }}
      >
        添加其他人员
      </Button>
    </Space>
  );
}
