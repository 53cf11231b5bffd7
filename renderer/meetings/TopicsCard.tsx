/** 议题 in order, each with 讨论情况 and speeches by people who were there. */
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Input, Space, Typography } from 'antd';
import { TypedSelect } from '../keyboard/TypedSelect';
import { EditOnly } from '../records/read-only';
import type { Draft } from './draft';

type Topic = Draft['topics'][number];

export function move<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return list;
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

export function TopicsCard({ topics, speakers, onChange }: { topics: Topic[]; speakers: string[]; onChange(next: Topic[]): void }) {
  const set = (i: number, patch: Partial<Topic>) => onChange(topics.map((t, j) => (j === i ? { ...t, ...patch } : t)));

  return (
    <Card title="议题及讨论情况" extra={
        <EditOnly>
          <Button icon={<PlusOutlined />} onClick={() => onChange([...topics, { title: '', notes: '', speeches: [] }])}>
            添加议题
          </Button>
        </EditOnly>
      }>
      {!topics.length && <Empty description="定稿前至少要有一个议题" />}
      {topics.map((t, i) => (
        <div key={i} style={{ borderBottom: '1px solid #f0f0f0', padding: '12px 0' }}>
          <Space.Compact style={{ width: '100%' }}>
            <Space.Addon>议题{i + 1}</Space.Addon>
            <Input aria-label={`议题${i + 1}`} value={t.title} placeholder="议题名称" onChange={(e) => set(i, { title: e.target.value })} />
            <EditOnly>
              <Button aria-label="上移" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => onChange(move(topics, i, i - 1))} />
              <Button aria-label="下移" icon={<ArrowDownOutlined />} disabled={i === topics.length - 1} onClick={() => onChange(move(topics, i, i + 1))} />
              <Button aria-label={`删除议题${i + 1}`} danger icon={<DeleteOutlined />} onClick={() => onChange(topics.filter((_x, j) => j !== i))} />
            </EditOnly>
          </Space.Compact>
          <Input.TextArea
            aria-label={`议题${i + 1}的讨论情况`}
            style={{ marginTop: 8 }}
            autoSize={{ minRows: 2 }}
            placeholder="讨论情况"
            value={t.notes}
            onChange={(e) => set(i, { notes: e.target.value })}
          />
          {t.speeches.map((s, k) => (
            <Space key={k} align="start" style={{ display: 'flex', marginTop: 8 }}>
              <TypedSelect
                fieldLabel={`议题${i + 1}发言人`}
                aria-label={`议题${i + 1}发言人${k + 1}`}
                style={{ width: 200 }}
                placeholder="发言人"
                value={s.speaker || undefined}
                options={speakers.map((name) => ({ value: name, label: name }))}
                status={s.speaker && !speakers.includes(s.speaker) ? 'error' : undefined}
                onChange={(speaker: string) => set(i, { speeches: t.speeches.map((x, j) => (j === k ? { ...x, speaker } : x)) })}
              />
              <Input.TextArea
                aria-label={`议题${i + 1}发言${k + 1}内容`}
                style={{ width: 640 }}
                autoSize
                placeholder="发言要点"
                value={s.content}
                onChange={(e) => set(i, { speeches: t.speeches.map((x, j) => (j === k ? { ...x, content: e.target.value } : x)) })}
              />
              <EditOnly>
                <Button aria-label="删除发言" type="text" danger icon={<DeleteOutlined />} onClick={() => set(i, { speeches: t.speeches.filter((_x, j) => j !== k) })} />
              </EditOnly>
            </Space>
          ))}
          <EditOnly>
            <Button type="dashed" style={{ marginTop: 8 }} icon={<PlusOutlined />} disabled={!speakers.length} onClick={() => set(i, { speeches: [...t.speeches, { speaker: '', content: '' }] })}>
              添加发言
            </Button>
            {!speakers.length && <Typography.Text type="secondary"> 发言人从出席或列席人员中选择，请先登记参会人员。</Typography.Text>}
          </EditOnly>
        </div>
      ))}
    </Card>
  );
}

export function ResolutionsCard({ resolutions, onChange }: { resolutions: string[]; onChange(next: string[]): void }) {
  return (
    <Card title="决议" extra={
        <EditOnly>
          <Button icon={<PlusOutlined />} onClick={() => onChange([...resolutions, ''])}>
            添加决议
          </Button>
        </EditOnly>
      }>
      {!resolutions.length && <Typography.Text type="secondary">本次会议没有形成决议时可不填。</Typography.Text>}
      {resolutions.map((r, i) => (
        <Space key={i} align="start" style={{ display: 'flex', marginBottom: 8 }}>
          <Typography.Text style={{ lineHeight: '32px' }}>{i + 1}.</Typography.Text>
          <Input.TextArea aria-label={`决议${i + 1}`} style={{ width: 860 }} autoSize value={r} onChange={(e) => onChange(resolutions.map((x, j) => (j === i ? e.target.value : x)))} />
          <EditOnly>
            <Button aria-label={`删除决议${i + 1}`} type="text" danger icon={<DeleteOutlined />} onClick={() => onChange(resolutions.filter((_x, j) => j !== i))} />
          </EditOnly>
        </Space>
      ))}
    </Card>
  );
}
