/**
 * 更正记录 of any finalized record (会议记录, 学习记录 …): the list and the form to add
 * one (what, why, who). The module passes how to store it, e.g.
 *   <CorrectionsCard corrections={saved.corrections} add={(c) => api.study.addCorrection({ id, ...c })} onAdded={reload} />
 * Its form is gone when the operator may not add one (<StillActive when={false}>, see read-only.tsx).
 * They print as an appendix (renderer/print/documents/corrections-appendix.tsx).
 */
import { App, Button, Card, Form, Input, List } from 'antd';
import { useState } from 'react';
import type { Correction } from '../../core/records/corrections';
import { EditOnly } from './read-only';

export interface CorrectionValues {
  what: string;
  why: string;
  by: string;
}

export function CorrectionsCard({ corrections, add, onAdded }: { corrections: Correction[]; add(values: CorrectionValues): Promise<unknown>; onAdded(): void }) {
  const { message } = App.useApp();
  const [form] = Form.useForm<CorrectionValues>();
  const [saving, setSaving] = useState(false);

  const submit = async (values: CorrectionValues) => {
    setSaving(true);
    try {
      await add(values);
      message.success('更正已记录');
      form.resetFields();
      onAdded();
    } catch (err) {
      message.error(err instanceof Error ? err.message : '保存失败');
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card title="更正记录（定稿后的更正，打印在记录之后）">
      <List
        dataSource={corrections}
        locale={{ emptyText: '暂无更正' }}
        renderItem={(c, i) => (
          <List.Item data-testid="correction">
            {i + 1}. {c.on} {c.by} 更正：{c.what}（原因：{c.why}）
          </List.Item>
        )}
      />
      <EditOnly>
      <Form form={form} layout="vertical" onFinish={submit} style={{ marginTop: 12, maxWidth: 760 }}>
        <Form.Item label="更正内容" name="what" rules={[{ required: true, whitespace: true, message: '请填写更正内容' }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} placeholder="如：出席人员漏记赵敏，应补记为出席" />
        </Form.Item>
        <Form.Item label="更正原因" name="why" rules={[{ required: true, whitespace: true, message: '请填写更正原因' }]}>
          <Input placeholder="如：核对签到表发现" />
        </Form.Item>
        <Form.Item label="更正人" name="by" rules={[{ required: true, whitespace: true, message: '请填写更正人' }]}>
          <Input style={{ width: 200 }} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={saving}>
          添加更正
        </Button>
      </Form>
      </EditOnly>
    </Card>
  );
}
