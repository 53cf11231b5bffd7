/**
 * 补学 on a finalized session: each 缺席/请假 person, with her 补学 (date, how, 心得, hours)
 * or a 登记补学 button. Stays usable after 定稿 (it is follow-up, not the record itself).
 */
import { App, Button, Card, DatePicker, Form, Input, InputNumber, Modal, Table, Tag } from 'antd';
import { CANNOT_UNDO } from '../records/confirm-texts';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { SessionDetail } from '../../core/study/read';
import { api } from '../api';

type Attendee = SessionDetail['attendees'][number];

export function MakeupCard({ session, mayWrite, onChanged }: { session: SessionDetail; mayWrite: boolean; onChanged(): void }) {
  const away = session.attendees.filter((a) => a.attendance === '缺席' || a.attendance === '请假');
  const [target, setTarget] = useState<Attendee>();
  const { modal, message } = App.useApp();
  const remove = (a: Attendee) =>
    modal.confirm({
      title: `删除${a.name}的补学记录？`,
      content: `${CANNOT_UNDO}她在这次学习中仍记为缺席或请假，可重新登记补学。`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.study.removeMakeup({ id: a.makeup!.id });
          onChanged();
        } catch (err) {
          message.error(err instanceof Error ? err.message : '删除失败');
        }
      },
    });
  return (
    <Card title="补学情况" data-testid="makeup-card">
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={away}
        locale={{ emptyText: '本次学习没有缺席或请假人员' }}
        columns={[
          { title: '姓名', dataIndex: 'name', width: 110 },
          { title: '缺席/请假', width: 200, render: (_v, a) => (a.reason ? `${a.attendance}（${a.reason}）` : a.attendance) },
          {
            title: '补学',
            render: (_v, a) =>
              a.makeup ? (
                <span>
                  {a.makeup.date}，{a.makeup.method}，{a.makeup.hours}学时{a.makeup.reflection ? `；心得：${a.makeup.reflection}` : ''}
                </span>
              ) : (
                <Tag color="orange">尚未补学</Tag>
              ),
          },
          {
            title: '',
            width: 120,
            render: (_v, a) =>
              !mayWrite ? null : a.makeup ? (
                <Button type="link" danger onClick={() => remove(a)}>
                  删除补学
                </Button>
              ) : (
                <Button onClick={() => setTarget(a)}>登记补学</Button>
              ),
          },
        ]}
      />
      {target && (
        <MakeupDialog
          session={session}
          attendee={target}
          onClose={() => setTarget(undefined)}
          onSaved={() => {
            setTarget(undefined);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

interface Values {
  date: Dayjs;
  method: string;
  reflection?: string;
  hours: number;
}

function MakeupDialog({ session, attendee, onClose, onSaved }: { session: SessionDetail; attendee: Attendee; onClose(): void; onSaved(): void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    const v = await form.validateFields();
    setSaving(true);
    setError(undefined);
    try {
      await api.study.addMakeup({ attendeeId: attendee.id, date: v.date.format('YYYY-MM-DD'), method: v.method, reflection: v.reflection ?? '', hours: v.hours });
      onSaved();
    } catch (err) {
      setError(err instanceof Error ? err.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal open title={`登记补学：${attendee.name}`} okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} confirmLoading={saving} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ date: dayjs(), hours: session.hours, method: '自学学习材料' }}>
        <Form.Item label="补学日期（应晚于学习日期）" name="date" rules={[{ required: true, message: '请选择补学日期' }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item label="补学方式" name="method" rules={[{ required: true, whitespace: true, message: '请填写补学方式' }]}>
          <Input maxLength={100} placeholder="如：自学材料原文、观看学习视频" />
        </Form.Item>
        <Form.Item label="补学心得" name="reflection">
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item label="补学学时" name="hours" rules={[{ required: true, message: '请填写补学学时' }]}>
          <InputNumber min={0.5} max={24} step={0.5} />
        </Form.Item>
      </Form>
      {error && (
        <div role="alert" style={{ color: '#cf1322' }} data-testid="makeup-error">
          {error}
        </div>
      )}
    </Modal>
  );
}
