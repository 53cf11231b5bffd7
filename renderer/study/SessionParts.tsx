/** The session editor's smaller cards: 学习材料, 个人学时 (partial attendance), 讨论发言 and 心得/小结. */
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { EditOnly } from '../records/read-only';
import { presentOf, type StudyDraft } from './draft';
import { MaterialDialog, type Material } from './MaterialDialog';

export function MaterialsCard({ draft, onChange }: { draft: StudyDraft; onChange(patch: Partial<StudyDraft>): void }) {
  const [library, setLibrary] = useState<Material[]>([]);
  const [adding, setAdding] = useState(false);
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    void api.study.materials({ query: '' }).then(setLibrary);
  }, [reloads]);
  const chosen = draft.materialIds.map((id) => library.find((m) => m.id === id)).filter((m): m is Material => Boolean(m));
  return (
    <Card title="学习材料">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={chosen}
        locale={{ emptyText: '尚未选择学习材料' }}
        columns={[
          { title: '标题', dataIndex: 'title' },
          { title: '发文机关', dataIndex: 'issuer', width: 140 },
          { title: '文号', dataIndex: 'docNumber', width: 180 },
          { title: '类型', dataIndex: 'kind', width: 70 },
          {
            title: '',
            width: 60,
            render: (_v, m) => (
              <EditOnly>
                <Button aria-label={`移除材料${m.title}`} type="text" danger icon={<DeleteOutlined />} onClick={() => onChange({ materialIds: draft.materialIds.filter((id) => id !== m.id) })} />
              </EditOnly>
            ),
          },
        ]}
      />
      <EditOnly>
        <Space style={{ marginTop: 12 }} wrap>
          <Select
            aria-label="从材料库选择"
            showSearch={{ optionFilterProp: 'label' }}
            placeholder="从材料库选择（可按标题或文号查找）"
            style={{ width: 420 }}
            value={null}
            options={library.filter((m) => !draft.materialIds.includes(m.id)).map((m) => ({ value: m.id, label: m.docNumber ? `${m.title}（${m.docNumber}）` : m.title }))}
            onChange={(id: number) => onChange({ materialIds: [...draft.materialIds, id] })}
          />
          <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
            新增材料
          </Button>
        </Space>
      </EditOnly>
      <MaterialDialog
        open={adding}
        onClose={() => setAdding(false)}
        onSaved={(id) => {
          setAdding(false);
          setReloads((n) => n + 1);
          onChange({ materialIds: [...draft.materialIds, id] });
        }}
      />
    </Card>
  );
}

/** Present people earn the session's hours; a different figure here is partial attendance. */
export function PersonalHoursCard({ draft, onChange }: { draft: StudyDraft; onChange(patch: Partial<StudyDraft>): void }) {
  const present = presentOf(draft);
  const set = (name: string, hours: number | null) => onChange({ attendees: draft.attendees.map((a) => (a.name === name ? { ...a, hours } : a)) });
  return (
    <Card title="个人学时" extra={<Typography.Text type="secondary">出席人员默认计本次学时；中途到场或离开的，可单独填写</Typography.Text>}>
      {present.length ? (
        <Space wrap size={[24, 12]}>
          {present.map((a) => (
            <Space key={a.memberId ?? a.name}>
              <span>{a.name}</span>
              <InputNumber
                aria-label={`${a.name}的学时`}
                min={0}
                max={24}
                step={0.5}
                style={{ width: 110 }}
                placeholder={draft.hours === null ? '' : String(draft.hours)}
                value={a.hours}
                onChange={(h) => set(a.name, h ?? null)}
              />
            </Space>
          ))}
        </Space>
      ) : (
        <Typography.Text type="secondary">先在上方登记出席人员</Typography.Text>
      )}
    </Card>
  );
}

export function SpeechesCard({ draft, onChange }: { draft: StudyDraft; onChange(patch: Partial<StudyDraft>): void }) {
  const speakers = presentOf(draft).map((a) => ({ value: a.name, label: a.name }));
  const set = (i: number, patch: Partial<StudyDraft['speeches'][number]>) => onChange({ speeches: draft.speeches.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  return (
    <Card title="讨论发言与心得">
      <Space direction="vertical" style={{ width: '100%' }}>
        {draft.speeches.map((s, i) => (
          <Space key={i} align="start" style={{ width: '100%' }}>
            <Select aria-label={`第${i + 1}条发言人`} style={{ width: 160 }} value={s.speaker || undefined} placeholder="发言人" options={speakers} onChange={(speaker: string) => set(i, { speaker })} />
            <Input.TextArea aria-label={`第${i + 1}条发言内容`} style={{ width: 640 }} autoSize={{ minRows: 1 }} value={s.content} onChange={(e) => set(i, { content: e.target.value })} />
            <EditOnly>
              <Button aria-label={`删除第${i + 1}条发言`} type="text" danger icon={<DeleteOutlined />} onClick={() => onChange({ speeches: draft.speeches.filter((_x, j) => j !== i) })} />
            </EditOnly>
          </Space>
        ))}
        <EditOnly>
          <Button icon={<PlusOutlined />} disabled={!speakers.length} onClick={() => onChange({ speeches: [...draft.speeches, { speaker: '', content: '' }] })}>
            添加发言
          </Button>
        </EditOnly>
        <Typography.Text strong style={{ marginTop: 12 }}>
          心得/小结
        </Typography.Text>
        <Input.TextArea aria-label="心得/小结" autoSize={{ minRows: 3 }} value={draft.summary} onChange={(e) => onChange({ summary: e.target.value })} />
      </Space>
    </Card>
  );
}
