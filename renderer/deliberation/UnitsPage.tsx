/**
 * 承办单位 (the list 交办 picks 主办 / 协办 from: 社区两委, 物业, 网格, 街道科室 …) and the
 * 议事会 settings: 表决规则, default 时限 of 交办 and 二次办理, days of warning, 办结 labels.
 */
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Switch, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { OUTCOME_GRADES } from '../../core/deliberation/codes';
import { VOTE_RULES, type DeliberationSettings } from '../../core/deliberation/settings';
import { api } from '../api';
import { fieldErrors } from '../form';
import { useAccess } from '../operators/access';
import { errorText } from '../records/run';

type Unit = Awaited<ReturnType<typeof api.deliberation.units>>[number];

export function UnitsPage() {
  const { message } = App.useApp();
  const { may } = useAccess();
  const mayEdit = may('deliberation.saveUnit');
  const [units, setUnits] = useState<Unit[]>();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const [reloads, setReloads] = useState(0);
  useEffect(() => {
    void api.deliberation.units().then(setUnits, (err: unknown) => setError(errorText(err)));
  }, [reloads]);

  const save = async (unit: { id?: number; name: string; active: boolean }) => {
    try {
      await api.deliberation.saveUnit(unit);
      message.success(`已保存承办单位“${unit.name}”`);
      setName('');
      setReloads((n) => n + 1);
    } catch (err) {
      message.error(errorText(err));
    }
  };

  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        承办单位与议事设置
      </Typography.Title>
      {error && <Alert type="error" showIcon message={error} />}
      <Card title="承办单位" style={{ maxWidth: 720 }}>
        {mayEdit && (
          <Space style={{ marginBottom: 12 }}>
            <Input aria-label="新承办单位名称" placeholder="如：物业服务中心" value={name} maxLength={30} onChange={(e) => setName(e.target.value)} style={{ width: 260 }} onPressEnter={() => name.trim() && void save({ name: name.trim(), active: true })} />
            <Button type="primary" disabled={!name.trim()} onClick={() => void save({ name: name.trim(), active: true })}>
              添加
            </Button>
          </Space>
        )}
        <Table
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={units}
          loading={!units && !error}
          columns={[
            { title: '名称', dataIndex: 'name' },
            {
              title: '启用',
              width: 100,
              render: (_v, u) => <Switch aria-label={`${u.name}启用`} checked={u.active} disabled={!mayEdit} onChange={(active) => void save({ id: u.id, name: u.name, active })} />,
            },
          ]}
        />
      </Card>
      <SettingsCard mayEdit={may('deliberation.saveSettings')} />
    </Space>
  );
}

function SettingsCard({ mayEdit }: { mayEdit: boolean }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<DeliberationSettings>();
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    void api.deliberation.settings().then(({ voteRules: _rules, ...s }) => {
      form.setFieldsValue(s);
      setLoaded(true);
    });
  }, [form]);
  const save = async () => {
    const values = await form.validateFields();
    try {
      await api.deliberation.saveSettings(values);
      message.success('议事设置已保存');
    } catch (err) {
      form.setFields(fieldErrors(err));
      message.error(errorText(err));
    }
  };
  if (!loaded) return null;
  return (
    <Card title="议事设置" style={{ maxWidth: 720 }}>
      <Form form={form} layout="horizontal" labelCol={{ span: 8 }} disabled={!mayEdit}>
        <Form.Item label="表决规则" name="voteRule">
          <Select options={Object.entries(VOTE_RULES).map(([value, r]) => ({ value, label: r.text }))} />
        </Form.Item>
        <Form.Item label="交办默认时限（天）" name="assignDays" rules={[{ required: true, message: '请填写交办时限' }]}>
          <InputNumber min={1} max={365} precision={0} />
        </Form.Item>
        <Form.Item label="二次办理默认时限（天）" name="redoDays" rules={[{ required: true, message: '请填写二次办理时限' }]}>
          <InputNumber min={1} max={365} precision={0} />
        </Form.Item>
        <Form.Item label="到期前提醒（天）" name="warnDays" rules={[{ required: true, message: '请填写提醒天数' }]}>
          <InputNumber min={1} max={60} precision={0} />
        </Form.Item>
        {OUTCOME_GRADES.map((g) => (
          <Form.Item key={g} label={`${g}类办结标签`} name={['outcomeLabels', g]} rules={[{ required: true, whitespace: true, message: `请填写${g}类办结标签` }]}>
            <Input maxLength={20} />
          </Form.Item>
        ))}
        {mayEdit && (
          <Form.Item wrapperCol={{ offset: 8 }}>
            <Button type="primary" onClick={() => void save()}>
              保存设置
            </Button>
          </Form.Item>
        )}
      </Form>
    </Card>
  );
}
