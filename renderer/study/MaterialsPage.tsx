/** 学习材料库: search by title or 文号, add / edit, 删除 into the 回收站 (refused while a session uses it); 学时计算规则 below. */
import { PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Input, InputNumber, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { useAccess } from '../operators/access';
import { useLinkedId } from '../search/useLinkedId';
import { MaterialDialog, type Material } from './MaterialDialog';

export function MaterialsPage() {
  const { message, modal } = App.useApp();
  const { may } = useAccess();
  const mayWrite = may('study.createMaterial');
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<Material[]>();
  const [editing, setEditing] = useState<{ material?: Material }>();
  const [reloads, setReloads] = useState(0);
  // /study/materials?material=3 (a search hit) lists just that material until she asks for all.
  const [linkedId, clearLinked] = useLinkedId('material');
  useEffect(() => {
    void api.study.materials({ query }).then(setRows);
  }, [query, reloads]);
  const shown = linkedId ? rows?.filter((m) => m.id === linkedId) : rows;

  const remove = (m: Material) =>
    modal.confirm({
      title: `删除学习材料“${m.title}”？`,
      content: '删除后可在回收站中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.study.removeMaterial({ id: m.id });
          setReloads((n) => n + 1);
        } catch (err) {
          message.error(err instanceof Error ? err.message : '删除失败');
        }
      },
    });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          学习材料
        </Typography.Title>
        {mayWrite && (
          <Button type="primary" size="large" icon={<PlusOutlined />} onClick={() => setEditing({})}>
            新增学习材料
          </Button>
        )}
      </Space>
      {linkedId && (
        <Alert
          type="info"
          showIcon
          message="只显示从搜索打开的这份材料。"
          action={
            <Button size="small" onClick={clearLinked}>
              显示全部材料
            </Button>
          }
        />
      )}
      <Input.Search aria-label="搜索学习材料" allowClear placeholder="按标题或文号查找" style={{ width: 360 }} onSearch={(q) => setQuery(q.trim())} enterButton="搜索" />
      <Table
        rowKey="id"
        dataSource={shown}
        loading={!rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: '没有学习材料' }}
        columns={[
          { title: '标题', dataIndex: 'title' },
          { title: '发文机关', dataIndex: 'issuer', width: 140 },
          { title: '文号', dataIndex: 'docNumber', width: 180 },
          { title: '发布日期', dataIndex: 'publishedOn', width: 120 },
          { title: '类型', dataIndex: 'kind', width: 70 },
          { title: '来源', dataIndex: 'source', width: 140 },
          { title: '学习次数', dataIndex: 'sessions', width: 90 },
          {
            title: '',
            width: 130,
            render: (_v, m) =>
              mayWrite && (
                <Space>
                  <Button type="link" onClick={() => setEditing({ material: m })}>
                    编辑
                  </Button>
                  {!m.sessions && (
                    <Button type="link" danger onClick={() => remove(m)}>
                      删除
                    </Button>
                  )}
                </Space>
              ),
          },
        ]}
      />
      <HoursRulesCard mayWrite={may('study.saveHoursRule')} />
      <MaterialDialog
        open={Boolean(editing)}
        material={editing?.material}
        onClose={() => setEditing(undefined)}
        onSaved={() => {
          setEditing(undefined);
          setReloads((n) => n + 1);
        }}
      />
    </Space>
  );
}

type Rule = Awaited<ReturnType<typeof api.study.hoursRules>>[number];

/** 学时计算规则: what 全天 / 半天 … count, filling a new session's 学时. */
function HoursRulesCard({ mayWrite }: { mayWrite: boolean }) {
  const { message } = App.useApp();
  const [rules, setRules] = useState<Rule[]>([]);
  const [reloads, setReloads] = useState(0);
  const [added, setAdded] = useState<{ name: string; hours: number | null }>({ name: '', hours: 2 });
  useEffect(() => {
    void api.study.hoursRules().then(setRules);
  }, [reloads]);
  const save = async (rule: Omit<Rule, 'id'> & { id?: number }) => {
    try {
      await api.study.saveHoursRule(rule);
      message.success('学时计算规则已保存');
      setReloads((n) => n + 1);
    } catch (err) {
      message.error(err instanceof Error ? err.message : '保存失败');
    }
  };
  return (
    <Card title="学时计算规则" extra={<Typography.Text type="secondary">新建学习记录时选择规则，自动填入学时（0.5学时为单位）</Typography.Text>}>
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rules}
        columns={[
          { title: '规则', dataIndex: 'name', width: 160 },
          {
            title: '计算方式',
            render: (_v, r) =>
              r.kind === 'per_hour' ? (
                '按开始、结束时间计算（不足半小时的不计）'
              ) : (
                <Space>
                  固定
                  <InputNumber aria-label={`${r.name}的学时`} disabled={!mayWrite} min={0.5} max={24} step={0.5} defaultValue={r.hours} onBlur={(e) => Number(e.target.value) !== r.hours && void save({ ...r, hours: Number(e.target.value) })} />
                  学时
                </Space>
              ),
          },
        ]}
      />
      {mayWrite && (
        <Space style={{ marginTop: 12 }}>
          <Input aria-label="新规则名称" placeholder="新规则名称，如：两小时" style={{ width: 200 }} value={added.name} onChange={(e) => setAdded({ ...added, name: e.target.value })} />
          <InputNumber aria-label="新规则学时" min={0.5} max={24} step={0.5} value={added.hours} onChange={(hours) => setAdded({ ...added, hours })} />
          <Select aria-label="新规则的计法" disabled value="fixed" options={[{ value: 'fixed', label: '固定学时' }]} style={{ width: 120 }} />
          <Button disabled={!added.name.trim() || !added.hours} onClick={() => void save({ name: added.name, kind: 'fixed', hours: added.hours ?? 0 }).then(() => setAdded({ name: '', hours: 2 }))}>
            添加规则
          </Button>
        </Space>
      )}
    </Card>
  );
}
