/**
 * 行动事项: 内容, 责任人, 完成时限, 状态. After 定稿 only the 状态 can change
 * (follow-up), and it is saved at once through meetings.setActionStatus.
 */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Input, Select, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { ACTION_STATUSES } from '../../core/meetings/schema';
import { api } from '../api';
import { tabMovesOn } from '../keyboard/next-field';
import { useAccess } from '../operators/access';
import { EditOnly, StillActive } from '../records/read-only';
import type { Draft } from './draft';
import { PersonPicker } from './PersonPicker';

type Action = Draft['actions'][number];

interface Props {
  actions: Action[];
  people: string[];
  locked: boolean;
  today: string;
  onChange(next: Action[]): void;
}

export function ActionItemsCard({ actions, people, locked, today, onChange }: Props) {
  const { message } = App.useApp();
  const { may } = useAccess();
  const set = (i: number, patch: Partial<Action>) => onChange(actions.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  const setStatus = async (i: number, status: Action['status']) => {
    const action = actions[i]!;
    if (locked && action.id) {
      try {
        await api.meetings.setActionStatus({ actionId: action.id, status });
        message.success(`已将“${action.content}”的状态改为${status}`);
      } catch (err) {
        return message.error(err instanceof Error ? err.message : '保存失败');
      }
    }
    set(i, { status });
  };

  return (
    <Card
      title="行动事项"
      extra={
        <EditOnly>
          <Button icon={<PlusOutlined />} onClick={() => onChange([...actions, { content: '', owner: '', dueDate: null, status: '未开始' }])}>
            添加行动事项
          </Button>
        </EditOnly>
      }
    >
      <Table
        size="small"
        pagination={false}
        rowKey={(a) => String(a.id ?? actions.indexOf(a))}
        dataSource={actions}
        locale={{ emptyText: '没有行动事项' }}
        columns={[
          {
            title: '内容',
            render: (_v, a, i) => (
              <>
                <Input aria-label={`行动事项${i + 1}内容`} value={a.content} onChange={(e) => set(i, { content: e.target.value })} />
                {a.carriedFromId ? <Tag style={{ marginTop: 4 }}>上次会议转入</Tag> : null}
              </>
            ),
          },
          {
            title: '责任人',
            width: 160,
            render: (_v, a, i) => (
              <PersonPicker
                aria-label={`行动事项${i + 1}责任人`}
                style={{ width: '100%' }}
                value={a.owner}
                people={people.map((name) => ({ memberId: null, name }))}
                onChange={(owner) => set(i, { owner: owner.name })}
              />
            ),
          },
          {
            title: '完成时限',
            width: 170,
            render: (_v, a, i) => (
              <DatePicker
                aria-label={`行动事项${i + 1}完成时限`}
                value={a.dueDate ? dayjs(a.dueDate) : null}
                status={a.dueDate && a.dueDate < today && a.status !== '已完成' ? 'error' : undefined}
                onChange={(d) => set(i, { dueDate: d ? d.format('YYYY-MM-DD') : null })}
              />
            ),
          },
          {
            title: '状态',
            width: 130,
            render: (_v, a, i) => (
              <StillActive when={may('meetings.setActionStatus')}>
                <Select
                  aria-label={`行动事项${i + 1}状态`}
                  style={{ width: '100%' }}
                  value={a.status}
                  options={ACTION_STATUSES.map((s) => ({ value: s, label: s }))}
                  onChange={(s: Action['status']) => void setStatus(i, s)}
                  onKeyDown={tabMovesOn}
                />
              </StillActive>
            ),
          },
          {
            title: '',
            width: 50,
            render: (_v, _a, i) =>
              <EditOnly>
                <Button aria-label={`删除行动事项${i + 1}`} type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(actions.filter((_x, j) => j !== i))} />
              </EditOnly>,
          },
        ]}
      />
    </Card>
  );
}
