/** 参会人员: each person's 出席 / 缺席 / 请假 / 列席 (请假 needs a reason), with 应到 / 实到 / 出席率 as you go. */
import { DeleteOutlined } from '@ant-design/icons';
import { Button, Card, Input, Radio, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { ATTENDANCE, attendanceFigures, type Attendance } from '../../core/meetings/attendance';
import { api } from '../api';
import { tabMovesOn } from '../keyboard/next-field';
import { EditOnly } from '../records/read-only';
import type { Attendee } from './draft';

interface Props {
  attendees: Attendee[];
  onChange(next: Attendee[]): void;
}

export function AttendeesCard({ attendees, onChange }: Props) {
  const figures = attendanceFigures(attendees);
  const set = (i: number, patch: Partial<Attendee>) => onChange(attendees.map((a, j) => (j === i ? { ...a, ...patch } : a)));

  return (
    <Card
      title="参会人员"
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
        locale={{ emptyText: '尚无参会人员：可从花名册添加，或输入其他人员姓名' }}
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
                value={a.attendance}
                options={ATTENDANCE.map((v) => ({ value: v, label: v }))}
                onChange={(e) => set(i, { attendance: e.target.value as Attendance })}
              />
            ),
          },
          {
            title: '缺席/请假原因',
            render: (_v, a, i) =>
              a.attendance === '请假' || a.attendance === '缺席' ? (
                <Input
                  aria-label={`${a.name}的原因`}
                  value={a.reason}
                  status={a.attendance === '请假' && !a.reason.trim() ? 'error' : undefined}
                  placeholder={a.attendance === '请假' ? '请假须填写原因' : '可填写缺席原因'}
                  onChange={(e) => set(i, { reason: e.target.value })}
                />
              ) : null,
          },
          {
            title: '',
            width: 60,
            render: (_v, a, i) => (
              <EditOnly>
                <Button aria-label={`移除${a.name}`} type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(attendees.filter((_x, j) => j !== i))} />
              </EditOnly>
            ),
          },
        ]}
      />
      <EditOnly>
        <AddAttendee attendees={attendees} onAdd={(a) => onChange([...attendees, a])} />
      </EditOnly>
    </Card>
  );
}

function AddAttendee({ attendees, onAdd }: { attendees: Attendee[]; onAdd(a: Attendee): void }) {
  const [options, setOptions] = useState<Array<{ memberId: number; name: string; roles: string }>>([]);
  const [other, setOther] = useState('');
  const taken = new Set(attendees.map((a) => a.memberId).filter(Boolean));
  const search = async (query: string) => setOptions(await api.meetings.memberOptions({ query }));

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
      <Input aria-label="其他参会人员姓名" placeholder="其他人员（如社区书记）" style={{ width: 220 }} value={other} onChange={(e) => setOther(e.target.value)} />
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
