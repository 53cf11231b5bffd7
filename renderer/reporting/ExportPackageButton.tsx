/** 统计 → 生成上报包: 填表人 and 审核人, then the signed file and the key fingerprint the 街道 registers. */
import { Alert, App, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../api';
import { saveFile } from '../files';

export function ExportPackageButton({ asOf, disabled }: { asOf: string; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ fileName: string; fingerprint: string; total: number; hashed: number } | null>(null);
  const [form] = Form.useForm<{ filledBy: string; reviewedBy: string }>();
  const { message } = App.useApp();

  const submit = async (values: { filledBy: string; reviewedBy: string }) => {
    setBusy(true);
    try {
      const file = await api.reporting.exportPackage({ asOf, ...values });
      const saved = await saveFile(file.fileName, file.base64);
      if (saved.saved) setDone(file);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="large" disabled={disabled} onClick={() => (setDone(null), setOpen(true))}>
        生成上报包
      </Button>
      <Modal
        open={open}
        title={`生成上报包（统计截止日期 ${asOf}）`}
        onCancel={() => setOpen(false)}
        okText={done ? '关闭' : '生成并保存'}
        confirmLoading={busy}
        onOk={() => (done ? setOpen(false) : form.submit())}
        cancelButtonProps={{ style: done ? { display: 'none' } : undefined }}
      >
        {done ? (
          <Alert
            type="success"
            showIcon
            data-testid="package-done"
            message={`已生成：${done.fileName}（在册妇女${done.total}人）`}
            description={
              <>
                本社区的密钥指纹：
                <Typography.Text strong style={{ fontSize: 18 }} data-testid="package-fingerprint">
                  {done.fingerprint}
                </Typography.Text>
                <br />
                第一次上报时请把指纹告诉街道妇联登记。{done.hashed === 0 && '未填写街道密钥：上报包中没有查重用的信息。'}
              </>
            }
          />
        ) : (
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="filledBy" label="填表人" rules={[{ required: true, message: '请填写填表人' }]}>
              <Input size="large" maxLength={20} />
            </Form.Item>
            <Form.Item name="reviewedBy" label="审核人" rules={[{ required: true, message: '请填写审核人' }]}>
              <Input size="large" maxLength={20} />
            </Form.Item>
          </Form>
        )}
      </Modal>
    </>
  );
}
