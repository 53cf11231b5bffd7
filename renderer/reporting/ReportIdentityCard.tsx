/** 基本信息 → 上报设置: the 社区编码 and the 街道密钥 the 街道妇联 handed out (the key is never shown back). */
import { App, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { api } from '../api';
import { Permitted } from '../operators/access';

export function ReportIdentityCard() {
  const [form] = Form.useForm<{ branchCode: string; districtKey: string }>();
  const [state, setState] = useState<{ branchCode: string; hasDistrictKey: boolean; fingerprint: string | null } | null>(null);
  const { message } = App.useApp();
  const [loadError, setLoadError] = useState<string>();
  const load = () =>
    api.reporting.identity().then(
      (id) => {
        form.setFieldsValue({ branchCode: id.branchCode, districtKey: '' });
        setState(id);
      },
      (e: unknown) => setLoadError(e instanceof Error ? e.message : String(e)),
    );
  useEffect(() => void load(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const save = (values: { branchCode: string; districtKey: string }) =>
    api.reporting.saveIdentity({ branchCode: values.branchCode ?? '', districtKey: values.districtKey || undefined }).then(
      () => (message.success('上报设置已保存'), load()),
      (e: unknown) => message.error(e instanceof Error ? e.message : String(e)),
    );

  return (
    // The form appears once the saved settings are in, so a late answer never overwrites what she typed.
    <Card title="上报设置（向街道妇联报送统计）" style={{ maxWidth: 760, marginTop: 24 }} loading={!state && !loadError}>
      <Form form={form} layout="vertical" onFinish={save} initialValues={{ branchCode: state?.branchCode ?? '', districtKey: '' }}>
        <Form.Item name="branchCode" label="社区编码（由街道妇联分配）">
          <Input size="large" maxLength={20} />
        </Form.Item>
        <Form.Item name="districtKey" label={`街道密钥（用于跨社区查重；${state?.hasDistrictKey ? '已设置，重新填写可更换' : '未设置'}）`}>
          <Input.Password size="large" autoComplete="off" />
        </Form.Item>
        <Typography.Paragraph type="secondary">
          本社区的密钥指纹：{state?.fingerprint ?? '第一次生成上报包时产生'}
        </Typography.Paragraph>
        {loadError && <Typography.Paragraph type="danger">{loadError}</Typography.Paragraph>}
        <Permitted method="reporting.saveIdentity">
          <Button type="primary" size="large" htmlType="submit">
            保存上报设置
          </Button>
        </Permitted>
      </Form>
    </Card>
  );
}
