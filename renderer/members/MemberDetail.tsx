/**
 * One member in a drawer: every field (ID and phone masked, an eye to reveal),
 * roles, tags, the status history, and 编辑 / 状态变动 / 删除 (to the 回收站).
 */
import { EyeOutlined } from '@ant-design/icons';
import { Alert, App, Button, DatePicker, Descriptions, Drawer, Form, Input, Modal, Select, Space, Spin, Tag, Timeline, Tooltip } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { MEMBER_STATUSES, type MemberStatus } from '../../core/members/codes';
import type { MemberDetail as Detail } from '../../core/members/roster-detail';
import { api } from '../api';
import { Permitted, useAccess } from '../operators/access';
import { PersonStudyCard } from '../study/PersonStudyCard';
import { MemberItemsCard } from '../deliberation/MemberItemsCard';

export function MemberDetail({ memberId, onClose, onEdit, onChanged }: { memberId?: number; onClose(): void; onEdit(id: number): void; onChanged(): void }) {
  const [detail, setDetail] = useState<Detail | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [revealed, setRevealed] = useState<{ idNumber?: string; phone?: string }>({});
  const [statusOpen, setStatusOpen] = useState(false);
  const [reloads, setReloads] = useState(0);
  const { message, modal } = App.useApp();
  const { why } = useAccess();

  useEffect(() => {
    if (memberId === undefined) return;
    let current = true;
    api.members.get({ id: memberId }).then(
      (d) => {
        if (!current) return;
        setDetail(d);
        setRevealed({});
        setError(null);
      },
      (err: unknown) => current && setError(err instanceof Error ? err.message : String(err)),
    );
    return () => {
      current = false;
    };
  }, [memberId, reloads]);

  const reveal = async (field: 'idNumber' | 'phone') => {
    if (!detail) return;
    try {
      const answer = await api.members.reveal({ id: detail.id, field });
      setRevealed((r) => ({ ...r, [field]: answer.value }));
    } catch (err) {
      message.error(err instanceof Error ? err.message : '查看失败');
    }
  };

  const remove = (member: Detail) =>
    modal.confirm({
      title: `确定删除成员“${member.name}”？`,
      content: '删除后可在 设置 → 回收站 中恢复。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.members.delete({ id: member.id });
          message.success(`已删除“${member.name}”，可在 设置 → 回收站 中恢复`);
          onClose();
          onChanged();
        } catch (err) {
          message.error(err instanceof Error ? err.message : '删除失败');
        }
      },
    });

  const shown = detail && detail.id === memberId ? detail : null;
  // The full 身份证号 is for a 管理员 only (core: requireAdmin); the phone for everyone.
  const eye = (field: 'idNumber' | 'phone', label: string) => {
    const refused = field === 'idNumber' ? why('admin') : undefined;
    return (
      revealed[field] === undefined && (
        <Tooltip title={refused ?? `查看完整${label}（会被记录）`}>
          <span style={{ display: 'inline-block' }}>
            <Button type="link" size="small" icon={<EyeOutlined />} disabled={Boolean(refused)} onClick={() => reveal(field)} aria-label={`查看完整${label}`} />
          </span>
        </Tooltip>
      )
    );
  };

  return (
    <Drawer
      open={memberId !== undefined}
      onClose={onClose}
      size={640}
      title={shown ? `${shown.name}（${shown.status}）` : '成员信息'}
      extra={
        shown && (
          <Space>
            <Permitted method="members.delete">
              <Button danger onClick={() => remove(shown)}>
                删除
              </Button>
            </Permitted>
            <Permitted method="members.changeStatus">
              <Button onClick={() => setStatusOpen(true)}>状态变动</Button>
            </Permitted>
            <Permitted method="members.update">
              <Button type="primary" onClick={() => onEdit(shown.id)}>
                编辑
              </Button>
            </Permitted>
          </Space>
        )
      }
    >
      {error && <Alert type="error" showIcon message={error} />}
      {!shown && !error && <Spin />}
      {shown && (
        <>
          <Descriptions column={2} bordered size="middle" data-testid="member-detail">
            <Descriptions.Item label="姓名">{shown.name}</Descriptions.Item>
            <Descriptions.Item label="性别">{shown.sex}</Descriptions.Item>
            <Descriptions.Item label="身份证号" span={2}>
              <span className="mono" data-testid="detail-id-number">
                {revealed.idNumber ?? shown.idNumberMasked}
              </span>
              {eye('idNumber', '身份证号')}
            </Descriptions.Item>
            <Descriptions.Item label="出生日期">{shown.birthDate}</Descriptions.Item>
            <Descriptions.Item label="年龄">{shown.age}岁</Descriptions.Item>
            <Descriptions.Item label="民族">{shown.ethnicity.name || '未填'}</Descriptions.Item>
            <Descriptions.Item label="文化程度">{shown.education.name || '未填'}</Descriptions.Item>
            <Descriptions.Item label="政治面貌">{shown.political.name || '未填'}</Descriptions.Item>
            <Descriptions.Item label="婚姻状况">{shown.marital.name || '未填'}</Descriptions.Item>
            <Descriptions.Item label="联系电话" span={2}>
              <span data-testid="detail-phone">{revealed.phone ?? (shown.phoneMasked || '未填')}</span>
              {shown.hasPhone && eye('phone', '联系电话')}
            </Descriptions.Item>
            <Descriptions.Item label="片区/网格">{shown.zone?.name ?? '未分片区'}</Descriptions.Item>
            <Descriptions.Item label="楼栋">{shown.building}</Descriptions.Item>
            <Descriptions.Item label="现住址" span={2}>{shown.currentAddress}</Descriptions.Item>
            <Descriptions.Item label="户籍地址" span={2}>{shown.householdAddress}</Descriptions.Item>
            <Descriptions.Item label="就业状况">{shown.employment}</Descriptions.Item>
            <Descriptions.Item label="工作单位">{shown.workplace}</Descriptions.Item>
            <Descriptions.Item label="身份" span={2}>
              {shown.roles.length ? shown.roles.map((r) => <Tag key={r} color="magenta">{r}</Tag>) : '无'}
            </Descriptions.Item>
            <Descriptions.Item label="关爱标签" span={2}>
              {shown.tags.length ? shown.tags.map((t) => <Tag key={t} color="orange">{t}</Tag>) : '无'}
            </Descriptions.Item>
            <Descriptions.Item label="入册日期">{shown.joinedOn ?? '未填'}</Descriptions.Item>
            <Descriptions.Item label="状态">{shown.status}</Descriptions.Item>
            <Descriptions.Item label="备注" span={2}>{shown.note}</Descriptions.Item>
          </Descriptions>
          <h3 style={{ marginTop: 24 }}>状态变动记录</h3>
          <Timeline
            items={shown.statusHistory.map((h) => ({
              color: h.status === '在册' ? 'green' : 'gray',
              content: `${h.date}  ${h.status}${h.reason ? `（${h.reason}）` : ''}`,
            }))}
          />
          <PersonStudyCard memberId={shown.id} />
          {shown.roles.includes('妇女代表') && <MemberItemsCard memberId={shown.id} />}
          <StatusDialog
            open={statusOpen}
            member={shown}
            onClose={() => setStatusOpen(false)}
            onDone={() => {
              setStatusOpen(false);
              setReloads((n) => n + 1);
              onChanged();
            }}
          />
        </>
      )}
    </Drawer>
  );
}

function StatusDialog({ open, member, onClose, onDone }: { open: boolean; member: Detail; onClose(): void; onDone(): void }) {
  const [form] = Form.useForm<{ status: MemberStatus; date: Dayjs; reason: string }>();
  const { message, modal } = App.useApp();
  const options = MEMBER_STATUSES.filter((s) => s !== member.status).map((s) => ({ value: s, label: s === '在册' ? '恢复在册' : s }));

  const submit = async () => {
    const values = await form.validateFields();
    const label = values.status === '在册' ? '恢复在册' : `标记为“${values.status}”`;
    modal.confirm({
      title: `确定将 ${member.name} ${label}？`,
      content: `变动日期 ${values.date.format('YYYY-MM-DD')}${values.reason ? `，原因：${values.reason}` : ''}。变动会记入历史，可随时恢复。`,
      okText: '确定',
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.members.changeStatus({ id: member.id, status: values.status, date: values.date.format('YYYY-MM-DD'), reason: values.reason ?? '' });
          message.success(`${member.name}：已${label}`);
          onDone();
        } catch (err) {
          message.error(err instanceof Error ? err.message : '操作失败');
        }
      },
    });
  };

  return (
    <Modal open={open} title={`状态变动：${member.name}`} onCancel={onClose} onOk={submit} okText="下一步" cancelText="取消" destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ status: options[0]?.value, date: dayjs(), reason: '' }} preserve={false}>
        <Form.Item label="变动为" name="status" rules={[{ required: true, message: '请选择状态' }]}>
          <Select options={options} />
        </Form.Item>
        <Form.Item label="变动日期" name="date" rules={[{ required: true, message: '请选择变动日期' }]}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item label="原因" name="reason" extra="迁出、去世、其他须填写原因">
          <Input.TextArea rows={2} maxLength={200} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
