/** 设置 → 操作员: who uses this computer, their roles and passwords, and the idle lock. 管理员 only (the core refuses others). */
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Radio, Space, Table, Tag, Typography } from 'antd';
import { CANNOT_UNDO } from '../records/confirm-texts';
import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput } from '../../core/api/types';
import type { ApiTable } from '../../core/api';
import { ROLE_HINTS, ROLES } from '../../core/operators/roles';
import { api } from '../api';
import { useSession } from './session';

type Listed = ApiOutput<ApiTable, 'operators', 'list'>;
type Operator = Listed['operators'][number];

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function OperatorsPage() {
  const [list, setList] = useState<Listed | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editing, setEditing] = useState<Operator | 'new' | null>(null);
  const [passwordFor, setPasswordFor] = useState<Operator | null>(null);
  const session = useSession();
  const { message, modal } = App.useApp();

  /** Bumped to read the list again after a change. */
  const [version, setVersion] = useState(0);
  const load = useCallback(async () => setVersion((v) => v + 1), []);
  useEffect(() => {
    let current = true;
    api.operators.list().then(
      (loaded) => {
        if (!current) return;
        setList(loaded);
        setError(null);
      },
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, [version]);

  const changed = async (text: string) => {
    message.success(text);
    await Promise.all([load(), session?.refresh()]);
  };

  const remove = (o: Operator) =>
    modal.confirm({
      title: `删除操作员“${o.name}”？`,
      content: `删除后她不能再用这个名字登录；她以前做过的操作仍保留在操作日志中。${CANNOT_UNDO}`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.operators.remove({ id: o.id });
          await changed(`已删除操作员“${o.name}”`);
        } catch (err) {
          message.error(errorText(err));
        }
      },
    });

  return (
    <Space direction="vertical" size="large" style={{ width: '100%', maxWidth: 980 }}>
      <Card
        title="操作员"
        extra={
          <Button type="primary" size="large" onClick={() => setEditing('new')}>
            添加操作员
          </Button>
        }
      >
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        {list && <NoPasswordWarning operators={list.operators} />}
        {list && !list.operators.length && (
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message="还没有设置操作员，目前任何人打开程序都以管理员身份使用。"
            description="添加操作员并设置密码后，程序启动时和一段时间无人操作后会锁定，需要选择操作员并输入密码才能继续。第一位操作员必须是管理员。"
          />
        )}
        <Table<Operator>
          rowKey="id"
          dataSource={list?.operators ?? []}
          loading={!list && !error}
          pagination={false}
          locale={{ emptyText: '暂无操作员' }}
          columns={[
            { title: '姓名', dataIndex: 'name', render: (name: string, o) => (o.id === session?.state.operator?.id ? <>{name} <Tag color="magenta">当前</Tag></> : name) },
            { title: '角色', dataIndex: 'role', width: 120 },
            { title: '密码', dataIndex: 'hasPassword', width: 110, render: (has: boolean) => (has ? <Tag color="green">已设置</Tag> : <Tag>未设置</Tag>) },
            {
              title: '操作',
              width: 300,
              render: (_v, o) => (
                <Space>
                  <Button onClick={() => setEditing(o)}>修改</Button>
                  <Button onClick={() => setPasswordFor(o)}>{o.hasPassword ? '改密码' : '设密码'}</Button>
                  <Button danger onClick={() => remove(o)}>
                    删除
                  </Button>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      {list && <IdleCard minutes={list.idleMinutes} onSaved={() => changed('自动锁定时间已保存')} />}
      {editing && (
        <OperatorDialog
          operator={editing === 'new' ? null : editing}
          first={!list?.operators.length}
          onClose={() => setEditing(null)}
          onSaved={async (text) => {
            setEditing(null);
            await changed(text);
          }}
        />
      )}
      {passwordFor && (
        <PasswordDialog
          operator={passwordFor}
          onClose={() => setPasswordFor(null)}
          onSaved={async (text) => {
            setPasswordFor(null);
            await changed(text);
          }}
        />
      )}
    </Space>
  );
}

/** A 管理员 without a password can be chosen on the lock screen by anyone, with every right. */
function NoPasswordWarning({ operators }: { operators: Operator[] }) {
  const open = operators.filter((o) => o.role === '管理员' && !o.hasPassword);
  if (!open.length) return null;
  const names = open.map((o) => `“${o.name}”`).join('、');
  const locks = operators.some((o) => o.hasPassword);
  return (
    <Alert
      type="warning"
      showIcon
      style={{ marginBottom: 16 }}
      data-testid="admin-without-password"
      message={`管理员${names}还没有设置密码`}
      description={
        locks
          ? '任何人都可以在锁定画面直接选择她进入程序，不用密码，并拥有管理员的全部权限（包括查看完整身份证号、恢复备份）。请为她点“设密码”。'
          : '没有任何操作员设置密码，程序不会锁定：任何人打开程序都以管理员身份使用。请为管理员点“设密码”。'
      }
    />
  );
}

/** `first`: the first operator must be a 管理员 (core/operators/service.ts), so that is what the form starts with. */
function OperatorDialog({ operator, first, onClose, onSaved }: { operator: Operator | null; first: boolean; onClose(): void; onSaved(text: string): Promise<void> }) {
  const [form] = Form.useForm<{ name: string; role: Operator['role'] }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const role = Form.useWatch('role', form);

  const save = async () => {
    const values = await form.validateFields().catch(() => null); // the form shows what is wrong
    if (!values) return;
    setBusy(true);
    try {
      await api.operators.save({ ...values, id: operator?.id });
      await onSaved(operator ? `已保存操作员“${values.name}”` : `已添加操作员“${values.name}”`);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={operator ? `修改操作员“${operator.name}”` : '添加操作员'} onCancel={onClose} onOk={save} okText="保存" cancelText="取消" confirmLoading={busy} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={operator ?? { name: '', role: first ? '管理员' : '录入员' }} onFinish={save}>
        <Form.Item label="姓名" name="name" rules={[{ required: true, whitespace: true, message: '请填写操作员姓名' }, { max: 20, message: '姓名不能超过20个字' }]}>
          <Input size="large" autoFocus maxLength={20} />
        </Form.Item>
        <Form.Item label="角色" name="role" extra={role ? ROLE_HINTS[role] : undefined}>
          <Radio.Group optionType="button" buttonStyle="solid" size="large" options={ROLES.map((r) => ({ label: r, value: r }))} />
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon message={error} />}
    </Modal>
  );
}

function PasswordDialog({ operator, onClose, onSaved }: { operator: Operator; onClose(): void; onSaved(text: string): Promise<void> }) {
  const [form] = Form.useForm<{ password: string; again: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (password: string | null) => {
    setBusy(true);
    try {
      await api.operators.setPassword({ id: operator.id, password });
      await onSaved(password ? `已为“${operator.name}”设置密码` : `已清除“${operator.name}”的密码`);
    } catch (err) {
      setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };
  const save = async () => {
    const values = await form.validateFields().catch(() => null); // the form shows what is wrong
    if (values) await submit(values.password);
  };

  return (
    <Modal
      open
      title={`为“${operator.name}”设置密码`}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {operator.hasPassword && (
            <Button danger onClick={() => void submit(null)} disabled={busy}>
              清除密码
            </Button>
          )}
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" onClick={save} loading={busy}>
            保存密码
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={save}>
        <Form.Item label="新密码" name="password" rules={[{ required: true, message: '请填写密码' }, { min: 4, message: '密码至少4位' }, { max: 64, message: '密码不能超过64位' }]}>
          <Input.Password size="large" autoFocus />
        </Form.Item>
        <Form.Item
          label="再输一遍"
          name="again"
          dependencies={['password']}
          rules={[
            { required: true, message: '请再输入一遍密码' },
            ({ getFieldValue }) => ({
              validator: async (_r, value) => {
                if (value && value !== getFieldValue('password')) throw new Error('两次输入的密码不一样');
              },
            }),
          ]}
        >
          <Input.Password size="large" onPressEnter={save} />
        </Form.Item>
      </Form>
      <Typography.Text type="secondary">密码只保存加密后的结果，忘记后无法找回，只能由管理员重新设置。</Typography.Text>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Modal>
  );
}

function IdleCard({ minutes, onSaved }: { minutes: number; onSaved(): Promise<void> }) {
  const [value, setValue] = useState<number | null>(minutes);
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await api.operators.saveLockSettings({ idleMinutes: value ?? 0 });
      setError(null);
      await onSaved();
    } catch (err) {
      setError(errorText(err));
    }
  };
  return (
    <Card title="自动锁定">
      <Space size="middle" wrap>
        <label htmlFor="idle-minutes" style={{ fontSize: 15 }}>
          无人操作
        </label>
        <InputNumber id="idle-minutes" min={1} max={240} value={value} onChange={setValue} size="large" style={{ width: 110 }} />
        <span style={{ fontSize: 15 }}>分钟后自动锁定（有操作员设置了密码时生效）</span>
        <Button onClick={save}>保存</Button>
      </Space>
      {error && <Alert type="error" showIcon message={error} style={{ marginTop: 12 }} />}
    </Card>
  );
}
