/**
 * 年度学习计划: planned topics month by month beside what was held; months with no
 * session are flagged; each plan item opens a new session filled from it.
 */
import { PlusOutlined } from '@ant-design/icons';
import { CANNOT_UNDO } from '../records/confirm-texts';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import type { PlanMonth } from '../../core/study/plan';
import { STUDY_FORMS } from '../../core/study/schema';
import { api } from '../api';
import { useAccess } from '../operators/access';

type Plan = Awaited<ReturnType<typeof api.study.planVsHeld>>;
type Item = PlanMonth['planned'][number];

export function PlanPage() {
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const { may } = useAccess();
  const mayWrite = may('study.savePlanItem');
  const thisYear = dayjs().year();
  const [year, setYear] = useState(thisYear);
  const [plan, setPlan] = useState<Plan>();
  const [error, setError] = useState<string>();
  const [editing, setEditing] = useState<{ month: number; item?: Item }>();
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let current = true;
    api.study.planVsHeld({ year }).then(
      (p) => current && setPlan(p),
      (err: unknown) => current && setError(err instanceof Error ? err.message : '读取失败'),
    );
    return () => {
      current = false;
    };
  }, [year, reloads]);

  const remove = (item: Item) =>
    modal.confirm({
      title: `删除计划“${item.topic}”？`,
      content: `${CANNOT_UNDO}已登记的学习记录不受影响。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.study.removePlanItem({ id: item.id });
          setReloads((n) => n + 1);
        } catch (err) {
          message.error(err instanceof Error ? err.message : '删除失败');
        }
      },
    });

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={3} style={{ margin: 0 }}>
          年度学习计划
        </Typography.Title>
        <Select aria-label="计划年度" style={{ width: 130 }} value={year} options={Array.from({ length: 6 }, (_x, i) => ({ value: thisYear + 1 - i, label: `${thisYear + 1 - i}年` }))} onChange={setYear} />
      </Space>
      {error && <Alert type="error" showIcon message={error} />}
      {plan && (
        <Alert
          type={plan.totals.emptyMonths.length ? 'warning' : 'success'}
          showIcon
          data-testid="plan-totals"
          message={`${year}年：计划 ${plan.totals.planned} 项，已按计划完成 ${plan.totals.fulfilled} 项；实际学习 ${plan.totals.held} 次（计划外 ${plan.totals.unplanned} 次）`}
          description={plan.totals.emptyMonths.length ? `未开展学习的月份：${plan.totals.emptyMonths.map((m) => `${m}月`).join('、')}` : '每个月都开展了学习。'}
        />
      )}
      <Card>
        <Table<PlanMonth>
          rowKey="month"
          dataSource={plan?.months}
          loading={!plan && !error}
          pagination={false}
          size="middle"
          columns={[
            { title: '月份', dataIndex: 'month', width: 70, render: (m: number) => <strong>{m}月</strong> },
            {
              title: '计划（主题 / 形式 / 主讲人）',
              render: (_v, m) => (
                <Space direction="vertical" size={4}>
                  {m.planned.map((p) => (
                    <Space key={p.id} wrap data-testid={`plan-item-${p.id}`}>
                      <span>
                        {p.topic}（{p.form}
                        {p.speaker ? `，${p.speaker}` : ''}）
                      </span>
                      {p.sessions.length ? <Tag color="green">已完成</Tag> : <Tag color="orange">未开展</Tag>}
                      {mayWrite && !p.sessions.length && (
                        <Button size="small" type="primary" ghost onClick={() => navigate(`/study/new?plan=${p.id}`)}>
                          按此计划新建学习记录
                        </Button>
                      )}
                      {mayWrite && (
                        <Button size="small" type="link" onClick={() => setEditing({ month: m.month, item: p })}>
                          修改
                        </Button>
                      )}
                      {mayWrite && !p.sessions.length && (
                        <Button size="small" type="link" danger onClick={() => remove(p)}>
                          删除
                        </Button>
                      )}
                    </Space>
                  ))}
                  {mayWrite && (
                    <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing({ month: m.month })} aria-label={`${m.month}月添加计划`}>
                      添加计划
                    </Button>
                  )}
                </Space>
              ),
            },
            {
              title: '实际学习',
              width: 420,
              render: (_v, m) =>
                m.empty ? (
                  <Tag color="red" data-testid={`empty-month-${m.month}`}>
                    本月未开展学习
                  </Tag>
                ) : (
                  <Space direction="vertical" size={2}>
                    {m.held.map((s) => (
                      <a key={s.id} onClick={() => navigate(`/study/${s.id}`)}>
                        {s.date.slice(5)} {s.title}（{s.form}，{s.status}）{s.planItemId === null ? ' · 计划外' : ''}
                      </a>
                    ))}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      {editing && (
        <PlanItemDialog
          year={year}
          month={editing.month}
          item={editing.item}
          onClose={() => setEditing(undefined)}
          onSaved={() => {
            setEditing(undefined);
            setReloads((n) => n + 1);
          }}
        />
      )}
    </Space>
  );
}

function PlanItemDialog({ year, month, item, onClose, onSaved }: { year: number; month: number; item?: Item; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<{ month: number; topic: string; form: (typeof STUDY_FORMS)[number]; speaker?: string; note?: string }>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    try {
      await api.study.savePlanItem({ id: item?.id, year, month: v.month, topic: v.topic, form: v.form, speaker: v.speaker ?? '', note: v.note ?? '' });
      message.success('计划已保存');
      onSaved();
    } catch (err) {
      message.error(err instanceof Error ? err.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`${year}年学习计划`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ month, topic: item?.topic ?? '', form: item?.form ?? '集中学习', speaker: item?.speaker ?? '', note: item?.note ?? '' }}>
        <Form.Item label="月份" name="month" rules={[{ required: true, message: '请填写月份' }]}>
          <InputNumber min={1} max={12} addonAfter="月" />
        </Form.Item>
        <Form.Item label="计划学习主题" name="topic" rules={[{ required: true, whitespace: true, message: '请填写计划学习主题' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item label="计划学习形式" name="form">
          <Select options={STUDY_FORMS.map((f) => ({ value: f, label: f }))} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="计划主讲人" name="speaker">
          <Input maxLength={30} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="备注" name="note">
          <Input maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
