/** 设置 → 基本信息: the branch's name and contacts, shown in the header and on every printout. */
import { ReportIdentityCard } from '../reporting/ReportIdentityCard';
import { App, Button, Card, Form, Input, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { branchInfoSchema, type BranchInfoInput } from '../../core/settings/schema';
import { api } from '../api';
import { useBranch } from '../branch';
import { fieldErrors, revalidateWhileWrong, zodRule } from '../form';
import { Permitted, useAccess } from '../operators/access';
import { useLeaveGuard } from '../records/unsaved-guard';
import { OfficersCard } from './OfficersCard';

const field = branchInfoSchema.shape;

export function BasicInfoPage() {
  const { info, setInfo } = useBranch();
  const { may } = useAccess();
  const [form] = Form.useForm<BranchInfoInput>();
  const [saving, setSaving] = useState(false);
  const { message } = App.useApp();
  const [dirty, setDirty] = useState(false);
  useLeaveGuard(dirty);

  useEffect(() => {
    if (info) form.setFieldsValue(info);
  }, [info, form]);

  const save = async (values: BranchInfoInput) => {
    setSaving(true);
    try {
      const saved = await api.settings.saveBranchInfo(values);
      setInfo(saved);
      form.setFieldsValue(saved);
      setDirty(false);
      message.success('基本信息已保存');
    } catch (err) {
      form.setFields(fieldErrors(err));
      message.error(err instanceof Error ? err.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
    <Card title="基本信息" style={{ maxWidth: 760 }}>
      <Form
        form={form}
        disabled={!may('settings.saveBranchInfo')}
        layout="horizontal"
        labelCol={{ span: 5 }}
        wrapperCol={{ span: 17 }}
        onFinish={save}
        validateTrigger={['onBlur', 'onSubmit']}
        onValuesChange={(changed) => {
          setDirty(true);
          revalidateWhileWrong(form)(changed);
        }}
        scrollToFirstError
      >
        <Form.Item label="社区妇联名称" name="name" required rules={[zodRule(field.name)]}>
          <Input placeholder="如：幸福里社区妇联" maxLength={60} autoFocus />
        </Form.Item>
        <Form.Item label="所属街道" name="street" rules={[zodRule(field.street)]}>
          <Input placeholder="如：城关街道" />
        </Form.Item>
        <Form.Item
          label="全宗号"
          name="fondsCode"
          rules={[zodRule(field.fondsCode)]}
          extra="档案室编给本单位的4位全宗号（如 0194），用于档号；不清楚可先不填。"
        >
          <Input placeholder="如：0194" style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label="联系人" name="contact" rules={[zodRule(field.contact)]}>
          <Input style={{ width: 240 }} />
        </Form.Item>
        <Form.Item label="联系电话" name="phone" rules={[zodRule(field.phone)]}>
          <Input placeholder="手机或座机，如 0571-87654321" style={{ width: 240 }} />
        </Form.Item>
        <Form.Item wrapperCol={{ offset: 5 }}>
          <Space>
            <Permitted method="settings.saveBranchInfo">
              <Button type="primary" htmlType="submit" loading={saving} size="large">
                保存
              </Button>
              <Button size="large" onClick={() => info && (form.setFieldsValue(info), setDirty(false))} disabled={saving}>
                撤销修改
              </Button>
            </Permitted>
            {info?.updatedAt && (
              <Typography.Text type="secondary">上次保存：{dayjs(info.updatedAt).format('YYYY年M月D日 HH:mm')}</Typography.Text>
            )}
          </Space>
        </Form.Item>
      </Form>
    </Card>
    <OfficersCard />
    <ReportIdentityCard />
    </>
  );
}
